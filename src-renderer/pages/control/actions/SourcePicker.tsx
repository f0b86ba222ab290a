/**
 * Why a new action exists: a finding, a breach (measures planned, Art. 33(3)(d)) or a processor
 * alert (Art. 28). Each list is read only when its kind is chosen, and only if the role may read it.
 */
import { Group, Radio, Select, Stack } from '@mantine/core';
import { ACTION_SOURCE_LABELS, ACTION_SOURCE_TYPES, type ActionSourceInput, type ActionSourceType } from '../../../../src-main/shared/schemas/control';
import type { MethodName } from '../../../../src-main/shared/contract';
import { useMethod } from '../../../api/hooks';
import { useLang, useT } from '../../../i18n/I18nProvider';
import { canCall } from '../../../navigation';
import { useUnlockedSession } from '../../../session/SessionUserContext';

interface Props {
  type: ActionSourceType;
  value: ActionSourceInput | null;
  error: string | undefined;
  onType: (type: ActionSourceType) => void;
  onChange: (source: ActionSourceInput | null) => void;
}

const LIST_METHOD: Readonly<Record<ActionSourceType, MethodName>> = { finding: 'finding.list', breach: 'breach.list', processor: 'processor.alerts' };
const SEP = '\u001f';

export function SourcePicker({ type, value, error, onType, onChange }: Props) {
  const t = useT();
  const [lang] = useLang();
  const { user } = useUnlockedSession();
  const allowed = (k: ActionSourceType) => canCall(user.role, LIST_METHOD[k]);
  const findings = useMethod('finding.list', { limit: 500 }, { enabled: type === 'finding' && allowed('finding') });
  const breaches = useMethod('breach.list', { filter: 'all', limit: 500, sort: 'discoveredAt', direction: 'desc' }, { enabled: type === 'breach' && allowed('breach') });
  const alerts = useMethod('processor.alerts', { limit: 5000 }, { enabled: type === 'processor' && allowed('processor') });

  const data =
    type === 'finding'
      ? (findings.data?.rows ?? []).map((f) => ({ value: f.id, label: `${f.reference} — ${f.title}` }))
      : type === 'breach'
        ? (breaches.data?.rows ?? []).map((b) => ({ value: b.id, label: `${b.reference} — ${b.title}` }))
        : (alerts.data?.alerts ?? []).map((a) => ({ value: `${a.processorId}${SEP}${a.key}`, label: `${a.processorName} — ${a.messageFr}` }));
  const selected = value === null ? null : value.type === 'processor' ? `${value.id}${SEP}${value.alert}` : value.id;
  const loading = (type === 'finding' && findings.isFetching) || (type === 'breach' && breaches.isFetching) || (type === 'processor' && alerts.isFetching);

  const pick = (v: string | null) => {
    if (v === null) return onChange(null);
    if (type === 'processor') {
      const [id = '', alert = ''] = v.split(SEP);
      return onChange({ type: 'processor', id, alert });
    }
    onChange({ type, id: v });
  };

  return (
    <Stack gap={6}>
      {/* Radios rather than a segmented control: the three long labels wrap in the modal. */}
      <Radio.Group label={t('control.action.source')} value={type} onChange={(v) => onType(v as ActionSourceType)}>
        <Group gap="md" mt={4}>
          {ACTION_SOURCE_TYPES.map((k) => (
            <Radio key={k} value={k} label={ACTION_SOURCE_LABELS[k][lang]} disabled={!allowed(k)} />
          ))}
        </Group>
      </Radio.Group>
      <Select
        label={t(`control.action.sourcePick.${type}`)}
        value={selected}
        onChange={pick}
        data={data}
        searchable
        nothingFoundMessage={loading ? t('app.loading') : t('control.action.sourceNone')}
        error={error}
        required
      />
    </Stack>
  );
}
