/**
 * Permanent controls (GDPR Art. 24(1), 32(1)(d): measures « reviewed and updated where necessary »,
 * regularly tested): recurring checks with their frequency, next due date and overdue badge, and
 * the recording of each execution, compliant or not.
 */
import { Button, Checkbox, Loader, MultiSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { CONTROL_STATE_LABELS, CONTROL_STATES, type Check } from '../../../../src-main/shared/schemas/control';
import { useMethod } from '../../../api/hooks';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useLang, useT } from '../../../i18n/I18nProvider';
import { canCall } from '../../../navigation';
import { useUnlockedSession } from '../../../session/SessionUserContext';
import { parisToday } from '../common/calendar-day';
import { pickKeys, vocabularyOptions } from '../common/labels';
import { CheckFormModal } from './CheckFormModal';
import { CheckTable } from './CheckTable';
import { RecordExecutionModal } from './RecordExecutionModal';

type State = (typeof CONTROL_STATES)[number];

export function ChecksSection() {
  const t = useT();
  const [lang] = useLang();
  const { user } = useUnlockedSession();
  const [states, setStates] = useState<State[]>([]);
  const [includeInactive, setIncludeInactive] = useState(false);
  const [creating, setCreating] = useState(false);
  const [recording, setRecording] = useState<Check | null>(null);
  const list = useMethod('check.list', { states, includeInactive });
  const canCreate = canCall(user.role, 'check.create');
  const canRecord = canCall(user.role, 'check.record');
  const overdue = list.data?.rows.filter((c) => c.active && c.state === 'overdue').length ?? 0;

  return (
    <Stack gap="md">
      <Text size="sm">{t('control.checks.intro')}</Text>
      <div className="ctl-toolbar" role="search" aria-label={t('control.checks.filters')}>
        <MultiSelect
          label={t('control.check.state')}
          placeholder={states.length === 0 ? t('control.common.all') : undefined}
          value={states}
          onChange={(v) => setStates(pickKeys(CONTROL_STATES, v))}
          data={vocabularyOptions(CONTROL_STATES, CONTROL_STATE_LABELS, lang)}
          clearable
          w={320}
        />
        <Checkbox label={t('control.checks.includeInactive')} checked={includeInactive} onChange={(e) => setIncludeInactive(e.currentTarget.checked)} mb={8} />
        {canCreate && (
          <Button onClick={() => setCreating(true)} ml="auto">
            {t('control.check.new')}
          </Button>
        )}
      </div>
      {list.isPending && <Loader size="sm" aria-label={t('app.loading')} />}
      {list.isError && <ErrorAlert error={list.error} />}
      {list.data && overdue > 0 && (
        <Text size="sm" fw={600} c="red.9">
          {t('control.checks.overdueCount', { n: overdue })}
        </Text>
      )}
      {list.data && list.data.rows.length === 0 && <Text size="sm">{t('control.checks.empty')}</Text>}
      {list.data && list.data.rows.length > 0 && <CheckTable rows={list.data.rows} canRecord={canRecord} onRecord={setRecording} />}
      {creating && <CheckFormModal check={null} onClose={() => setCreating(false)} />}
      {recording && <RecordExecutionModal check={recording} today={list.data?.today ?? parisToday()} onClose={() => setRecording(null)} />}
    </Stack>
  );
}
