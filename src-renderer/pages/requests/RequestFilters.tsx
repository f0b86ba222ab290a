/** Toolbar of the request list: view (pending, overdue, due within 7 days…), states, types, receipt period, search. */
import { Group, MultiSelect, Select, TextInput } from '@mantine/core';
import { REQUEST_STATES, REQUEST_STATE_LABELS, REQUEST_TYPES, REQUEST_TYPE_INFO } from '../../../src-main/shared/schemas/request';
import { useLang, useT } from '../../i18n/I18nProvider';
import { optionsOf, pick, pickAll } from '../breaches/vocabulary-options';
import { DUE_SOON_DAYS, REQUEST_VIEWS, type RequestFilterState, type RequestView } from './request-list-query';

interface Props {
  value: RequestFilterState;
  search: string;
  onSearch: (search: string) => void;
  onChange: (patch: Partial<RequestFilterState>) => void;
}

export function RequestFilters({ value, search, onSearch, onChange }: Props) {
  const t = useT();
  const [lang] = useLang();
  // A link may ask for another horizon than the week (`echeance=30`): the view says which.
  const viewLabel = (v: RequestView) =>
    v === 'due_soon' && value.dueWithinDays !== DUE_SOON_DAYS ? t('listUrl.dueWithin', { days: value.dueWithinDays }) : t(`requests.view.${v}`);
  return (
    <div role="search" aria-label={t('requests.filter.label')} className="toolbar">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select
          label={t('requests.filter.view')}
          data={REQUEST_VIEWS.map((v) => ({ value: v, label: viewLabel(v) }))}
          value={value.view}
          allowDeselect={false}
          onChange={(v) => onChange({ view: pick(REQUEST_VIEWS, v) ?? 'all', dueWithinDays: DUE_SOON_DAYS })}
        />
        <MultiSelect
          label={t('requests.filter.states')}
          placeholder={t('requests.filter.anyState')}
          data={optionsOf(REQUEST_STATES, REQUEST_STATE_LABELS, lang)}
          value={value.states}
          onChange={(v) => onChange({ states: pickAll(REQUEST_STATES, v) })}
          clearable
          className="toolbar-wide"
        />
        <MultiSelect
          label={t('requests.filter.types')}
          placeholder={t('requests.filter.anyType')}
          data={optionsOf(REQUEST_TYPES, REQUEST_TYPE_INFO, lang)}
          value={value.types}
          onChange={(v) => onChange({ types: pickAll(REQUEST_TYPES, v) })}
          clearable
          className="toolbar-wide"
        />
        <TextInput type="date" label={t('requests.filter.from')} value={value.from} onChange={(e) => onChange({ from: e.currentTarget.value })} />
        <TextInput type="date" label={t('requests.filter.to')} value={value.to} onChange={(e) => onChange({ to: e.currentTarget.value })} />
        <TextInput
          type="search"
          label={t('requests.filter.search')}
          placeholder={t('requests.filter.searchHint')}
          value={search}
          onChange={(e) => onSearch(e.currentTarget.value)}
        />
      </Group>
    </div>
  );
}
