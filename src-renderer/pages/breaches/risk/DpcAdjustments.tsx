/**
 * ENISA context adjustments of the DPC score (volume of data per person, the controller's field,
 * public or outdated data…): each one a delta and its reason, printed in the analysis.
 */
import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import type { MessageKey } from '../../../i18n/fr';
import { useT } from '../../../i18n/I18nProvider';
import type { AdjustmentDraft } from './risk-draft';

const DELTAS = ['-3', '-2', '-1', '1', '2', '3'];

interface Props {
  value: readonly AdjustmentDraft[];
  errors: Readonly<Record<string, MessageKey>>;
  editable: boolean;
  onChange: (value: AdjustmentDraft[]) => void;
}

export function DpcAdjustments({ value, errors, editable, onChange }: Props) {
  const t = useT();
  const set = (index: number, patch: Partial<AdjustmentDraft>) => onChange(value.map((a, i) => (i === index ? { ...a, ...patch } : a)));
  return (
    <Stack gap="xs">
      <Text size="sm" fw={600}>
        {t('breaches.risk.adjustments')}
      </Text>
      {value.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('breaches.risk.adjustmentsNone')}
        </Text>
      )}
      {value.map((a, i) => {
        const error = errors[`dpcAdjustments.${i}.reason`];
        return (
          <Group key={i} align="flex-end" gap="sm" wrap="nowrap">
            <Select
              label={t('breaches.risk.adjustmentDelta', { n: i + 1 })}
              data={DELTAS.map((d) => ({ value: d, label: d.startsWith('-') ? d : `+${d}` }))}
              value={a.delta}
              onChange={(v) => set(i, { delta: v ?? '1' })}
              allowDeselect={false}
              readOnly={!editable}
              w={110}
            />
            <TextInput
              className="grow"
              label={t('breaches.risk.adjustmentReason', { n: i + 1 })}
              value={a.reason}
              onChange={(e) => set(i, { reason: e.currentTarget.value })}
              error={error ? t(error) : undefined}
              readOnly={!editable}
              required
            />
            {editable && (
              <Button variant="subtle" color="red.9" onClick={() => onChange(value.filter((_, j) => j !== i))}>
                {t('breaches.risk.adjustmentRemove')}
              </Button>
            )}
          </Group>
        );
      })}
      {editable && (
        <Group>
          <Button size="xs" variant="default" onClick={() => onChange([...value, { delta: '1', reason: '' }])}>
            {t('breaches.risk.adjustmentAdd')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
