/**
 * Findings made during audits of the plan or by failed permanent controls, by severity and by
 * treatment (no action yet, being treated, treated) — what is still open (Art. 5(2), 24(1)).
 */
import { Loader, MultiSelect, Pagination, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { FINDING_SEVERITIES, FINDING_SEVERITY_LABELS, FINDING_STATE_LABELS, FINDING_STATES, type FindingState } from '../../../../src-main/shared/schemas/control';
import type { FindingSeverity } from '../../../../src-main/core/audit-plan';
import { useMethod } from '../../../api/hooks';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useLang, useT } from '../../../i18n/I18nProvider';
import { pickKey, pickKeys, vocabularyOptions } from '../common/labels';
import { FindingTable } from './FindingTable';

const PAGE_SIZE = 100;
const SOURCE_TYPES = ['audit', 'check'] as const;

export function FindingsSection() {
  const t = useT();
  const [lang] = useLang();
  const [severities, setSeverities] = useState<FindingSeverity[]>([]);
  const [states, setStates] = useState<FindingState[]>([]);
  const [sourceType, setSourceType] = useState<(typeof SOURCE_TYPES)[number] | null>(null);
  const [page, setPage] = useState(1);
  const list = useMethod('finding.list', {
    severities,
    states,
    ...(sourceType ? { sourceType } : {}),
    offset: (page - 1) * PAGE_SIZE,
    limit: PAGE_SIZE,
  });
  const reset = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setPage(1);
  };

  return (
    <Stack gap="md">
      <Text size="sm">{t('control.findings.intro')}</Text>
      <div className="ctl-toolbar" role="search" aria-label={t('control.findings.filters')}>
        <MultiSelect
          label={t('control.finding.severity')}
          placeholder={severities.length === 0 ? t('control.common.all') : undefined}
          value={severities}
          onChange={(v) => reset(setSeverities)(pickKeys(FINDING_SEVERITIES, v))}
          data={vocabularyOptions(FINDING_SEVERITIES, FINDING_SEVERITY_LABELS, lang)}
          clearable
          w={260}
        />
        <MultiSelect
          label={t('control.finding.state')}
          placeholder={states.length === 0 ? t('control.common.all') : undefined}
          value={states}
          onChange={(v) => reset(setStates)(pickKeys(FINDING_STATES, v))}
          data={vocabularyOptions(FINDING_STATES, FINDING_STATE_LABELS, lang)}
          clearable
          w={260}
        />
        <Select
          label={t('control.finding.source')}
          placeholder={t('control.common.all')}
          value={sourceType}
          onChange={(v) => reset(setSourceType)(pickKey(SOURCE_TYPES, v))}
          data={SOURCE_TYPES.map((s) => ({ value: s, label: t(`control.findingSource.${s}`) }))}
          clearable
        />
      </div>
      {list.isPending && <Loader size="sm" aria-label={t('app.loading')} />}
      {list.isError && <ErrorAlert error={list.error} />}
      {list.data && list.data.rows.length === 0 && <Text size="sm">{t('control.findings.empty')}</Text>}
      {list.data && list.data.rows.length > 0 && <FindingTable rows={list.data.rows} total={list.data.total} />}
      {list.data && list.data.total > PAGE_SIZE && (
        <Pagination
          total={Math.ceil(list.data.total / PAGE_SIZE)}
          value={page}
          onChange={setPage}
          getControlProps={(control) => ({ 'aria-label': t(`control.page.${control}`) })}
          getItemProps={(p) => ({ 'aria-label': t('control.page.n', { page: p }) })}
        />
      )}
    </Stack>
  );
}
