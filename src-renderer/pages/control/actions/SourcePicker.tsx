/**
 * Why a new action exists: a finding, a breach (measures planned, Art. 33(3)(d)) or a processor
 * alert (Art. 28). Each list is read only when its kind is chosen, and only if the role may read it.
 * Breaches: the latest 500 are listed, words typed are searched by the service (older breaches too),
 * and the chosen breach is read by its id when neither holds it, so the picker never shows empty.
 */
import { Group, Radio, Select, Stack, type OptionsFilter } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { ACTION_SOURCE_LABELS, ACTION_SOURCE_TYPES, type ActionSourceInput, type ActionSourceType } from '../../../../src-main/shared/schemas/control';
import type { MethodName } from '../../../../src-main/shared/contract';
import { useMethod } from '../../../api/hooks';
import { useLang, useT } from '../../../i18n/I18nProvider';
import { canCall } from '../../../navigation';
import { useUnlockedSession } from '../../../session/SessionUserContext';
import { searchTermOf, withSelected, type SourceOption } from './source-options';

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
  const selected = value === null ? null : value.type === 'processor' ? `${value.id}${SEP}${value.alert}` : value.id;
  const selectedBreach = value?.type === 'breach' ? value.id : null;
  // The breach last picked from a search result: still shown once the search is gone.
  const [picked, setPicked] = useState<SourceOption | null>(null);
  const [typed, setTyped] = useState('');
  const [debounced] = useDebouncedValue(typed, 250);
  const findings = useMethod('finding.list', { limit: 500 }, { enabled: type === 'finding' && allowed('finding') });
  const breachLabel = picked !== null && picked.value === selectedBreach ? picked.label : null;
  const term = type === 'breach' ? searchTermOf(debounced, breachLabel) : undefined;
  const breaches = useMethod(
    'breach.list',
    { filter: 'all', limit: 500, sort: 'discoveredAt', direction: 'desc', ...(term === undefined ? {} : { search: term }) },
    { enabled: type === 'breach' && allowed('breach') },
  );
  const breachRows = (breaches.data?.rows ?? []).map((b) => ({ value: b.id, label: `${b.reference} — ${b.title}` }));
  const listed = selectedBreach === null || breachRows.some((o) => o.value === selectedBreach) || breachLabel !== null;
  // Older than the latest 500 (opened from an old breach's planned measures): read by its id.
  const chosen = useMethod('breach.get', { id: selectedBreach ?? '' }, { enabled: type === 'breach' && !listed && canCall(user.role, 'breach.get') });
  const chosenOption: SourceOption | null =
    breachLabel !== null && picked !== null ? picked : chosen.data && chosen.data.id === selectedBreach ? { value: chosen.data.id, label: `${chosen.data.reference} — ${chosen.data.facts.title}` } : null;
  const alerts = useMethod('processor.alerts', { limit: 5000 }, { enabled: type === 'processor' && allowed('processor') });

  const data =
    type === 'finding'
      ? (findings.data?.rows ?? []).map((f) => ({ value: f.id, label: `${f.reference} — ${f.title}` }))
      : type === 'breach'
        ? withSelected(breachRows, chosenOption)
        : (alerts.data?.alerts ?? []).map((a) => ({ value: `${a.processorId}${SEP}${a.key}`, label: `${a.processorName} — ${a.messageFr}` }));
  const loading =
    (type === 'finding' && findings.isFetching) || (type === 'breach' && (breaches.isFetching || chosen.isFetching)) || (type === 'processor' && alerts.isFetching);
  // Searched by the service (reference, title, description, accents ignored): its rows are shown as they come.
  const found = term !== undefined && breaches.data ? new Set(breaches.data.rows.map((b) => b.id)) : null;
  const filter: OptionsFilter | undefined = found ? ({ options }) => options.filter((o) => 'value' in o && found.has(o.value)) : undefined;

  const pick = (v: string | null) => {
    if (v === null) return onChange(null);
    if (type === 'breach') setPicked(data.find((o) => o.value === v) ?? null);
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
        onSearchChange={setTyped}
        filter={filter}
        nothingFoundMessage={loading ? t('app.loading') : t('control.action.sourceNone')}
        error={error}
        required
      />
    </Stack>
  );
}
