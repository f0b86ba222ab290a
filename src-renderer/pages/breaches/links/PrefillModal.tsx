/**
 * Confirms the categories the linked processings would add to the record (Art. 33(3)(a)): every box
 * ticked, the user unticks what the breach did not touch. « Annuler » (or Esc) changes nothing.
 */
import { Alert, Badge, Button, Checkbox, Group, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useLang, useT } from '../../../i18n/I18nProvider';
import { PlainModal } from '../PlainModal';
import { prefillRows, type PrefillProposal, type PrefillRow } from './prefill-rows';

interface Props {
  proposal: PrefillProposal;
  loading: boolean;
  onConfirm: (ticked: { dataTypes: string[]; subjectCategories: string[] }) => void;
  onCancel: () => void;
}

function RowGroup<K extends string>({ label, rows, value, onChange, flag }: { label: string; rows: PrefillRow<K>[]; value: string[]; onChange: (v: string[]) => void; flag: string }) {
  if (rows.length === 0) return null;
  return (
    <Checkbox.Group label={label} value={value} onChange={onChange}>
      <Stack gap={6} mt={6}>
        {rows.map((row) => (
          <Group key={row.value} gap="xs" wrap="nowrap">
            <Checkbox value={row.value} label={row.label} />
            {row.flagged && (
              <Badge color="red.9" variant="outline" size="xs" className="status-badge">
                {flag}
              </Badge>
            )}
          </Group>
        ))}
      </Stack>
    </Checkbox.Group>
  );
}

export function PrefillModal({ proposal, loading, onConfirm, onCancel }: Props) {
  const t = useT();
  const [lang] = useLang();
  const rows = prefillRows(proposal, lang);
  const [dataTypes, setDataTypes] = useState<string[]>(() => rows.dataTypes.map((r) => r.value));
  const [subjects, setSubjects] = useState<string[]>(() => rows.subjects.map((r) => r.value));
  const nothing = dataTypes.length === 0 && subjects.length === 0;

  return (
    <PlainModal opened onClose={onCancel} title={t('links.prefill.title')} size="lg">
      <Stack>
        <Text size="sm">{t('links.prefill.intro')}</Text>
        <RowGroup label={t('links.prefill.dataTypes')} rows={rows.dataTypes} value={dataTypes} onChange={setDataTypes} flag={t('links.prefill.art9')} />
        <RowGroup label={t('links.prefill.subjects')} rows={rows.subjects} value={subjects} onChange={setSubjects} flag={t('links.prefill.vulnerable')} />
        {proposal.unmatchedSubjects.length > 0 && (
          <Alert color="gray" variant="light" title={t('links.prefill.unmatchedTitle')}>
            <Stack gap={4}>
              <List size="sm" spacing={2}>
                {proposal.unmatchedSubjects.map((label) => (
                  <List.Item key={label}>{label}</List.Item>
                ))}
              </List>
              <Text size="sm">{t('links.prefill.unmatchedHint')}</Text>
            </Stack>
          </Alert>
        )}
        {nothing && (
          <Text size="sm" c="dimmed" role="status">
            {t('links.prefill.nothingChecked')}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={loading}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => onConfirm({ dataTypes, subjectCategories: subjects })} loading={loading} disabled={nothing} data-autofocus>
            {t('links.prefill.confirm')}
          </Button>
        </Group>
      </Stack>
    </PlainModal>
  );
}
