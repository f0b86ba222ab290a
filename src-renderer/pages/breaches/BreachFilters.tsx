/** Toolbar of the breach list: quick filter, statuses, discovery period, severity, notified, search. */
import { Group, MultiSelect, Select, TextInput } from '@mantine/core';
import { BREACH_STATUSES, BREACH_STATUS_LABELS } from '../../../src-main/core/breach-workflow';
import { SEVERITY_BANDS, SEVERITY_BAND_LABELS } from '../../../src-main/core/breach-risk';
import { BREACH_LIST_FILTERS, BREACH_LIST_FILTER_LABELS } from '../../../src-main/shared/schemas/breach';
import { useLang, useT } from '../../i18n/I18nProvider';
import { NOTIFIED_FILTERS, type BreachFilterState } from './breach-list-query';
import { optionsOf, pick, pickAll } from './vocabulary-options';

interface Props {
  value: BreachFilterState;
  /** Search as typed (the list follows it after a short pause). */
  search: string;
  onSearch: (search: string) => void;
  onChange: (patch: Partial<BreachFilterState>) => void;
}

export function BreachFilters({ value, search, onSearch, onChange }: Props) {
  const t = useT();
  const [lang] = useLang();
  const severityOptions = [
    { value: 'any', label: t('breaches.filter.anySeverity') },
    { value: 'none', label: t('breaches.severity.none') },
    ...optionsOf(SEVERITY_BANDS, SEVERITY_BAND_LABELS, lang),
  ];
  const notifiedOptions = NOTIFIED_FILTERS.map((n) => ({ value: n, label: t(`breaches.filter.notified.${n}`) }));
  return (
    <div role="search" aria-label={t('breaches.filter.label')} className="toolbar">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select
          label={t('breaches.filter.quick')}
          data={optionsOf(BREACH_LIST_FILTERS, BREACH_LIST_FILTER_LABELS, lang)}
          value={value.filter}
          allowDeselect={false}
          onChange={(v) => onChange({ filter: pick(BREACH_LIST_FILTERS, v) ?? 'all', page: 0 })}
          className="toolbar-wide"
        />
        <MultiSelect
          label={t('breaches.filter.statuses')}
          placeholder={t('breaches.filter.anyStatus')}
          data={optionsOf(BREACH_STATUSES, BREACH_STATUS_LABELS, lang)}
          value={value.statuses}
          onChange={(v) => onChange({ statuses: pickAll(BREACH_STATUSES, v), page: 0 })}
          clearable
          className="toolbar-wide"
        />
        <TextInput
          type="date"
          label={t('breaches.filter.from')}
          value={value.from}
          onChange={(e) => onChange({ from: e.currentTarget.value, page: 0 })}
        />
        <TextInput
          type="date"
          label={t('breaches.filter.to')}
          value={value.to}
          onChange={(e) => onChange({ to: e.currentTarget.value, page: 0 })}
        />
        <Select
          label={t('breaches.filter.severity')}
          data={severityOptions}
          value={value.severity}
          allowDeselect={false}
          onChange={(v) => onChange({ severity: v === 'none' ? 'none' : (pick(SEVERITY_BANDS, v) ?? 'any') })}
        />
        <Select
          label={t('breaches.filter.notified')}
          data={notifiedOptions}
          value={value.notified}
          allowDeselect={false}
          onChange={(v) => onChange({ notified: pick(NOTIFIED_FILTERS, v) ?? 'all' })}
        />
        <TextInput
          type="search"
          label={t('breaches.filter.search')}
          placeholder={t('breaches.filter.searchHint')}
          value={search}
          onChange={(e) => onSearch(e.currentTarget.value)}
        />
      </Group>
    </div>
  );
}
