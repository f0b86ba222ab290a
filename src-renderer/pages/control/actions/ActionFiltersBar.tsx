/** Toolbar of the action plan: status, priority, origin (finding, breach, processor alert), overdue, search. */
import { Button, Checkbox, MultiSelect, Select, TextInput } from '@mantine/core';
import { ACTION_STATUS_LABELS, ACTION_STATUSES } from '../../../../src-main/core/audit-plan';
import { ACTION_PRIORITIES, ACTION_PRIORITY_LABELS, ACTION_SOURCE_LABELS, ACTION_SOURCE_TYPES } from '../../../../src-main/shared/schemas/control';
import { useLang, useT } from '../../../i18n/I18nProvider';
import { pickKey, pickKeys, vocabularyOptions } from '../common/labels';
import { DEFAULT_ACTION_FILTERS, type ActionFilters } from './action-list-state';

interface Props {
  value: ActionFilters;
  onChange: (next: ActionFilters) => void;
}

export function ActionFiltersBar({ value, onChange }: Props) {
  const t = useT();
  const [lang] = useLang();
  const patch = (p: Partial<ActionFilters>) => onChange({ ...value, ...p, page: 1 });
  return (
    <div className="ctl-toolbar" role="search" aria-label={t('control.actions.filters')}>
      <MultiSelect
        label={t('control.action.status')}
        placeholder={value.statuses.length === 0 ? t('control.common.all') : undefined}
        value={value.statuses}
        onChange={(v) => patch({ statuses: pickKeys(ACTION_STATUSES, v) })}
        data={vocabularyOptions(ACTION_STATUSES, ACTION_STATUS_LABELS, lang)}
        clearable
        w={280}
      />
      <MultiSelect
        label={t('control.action.priority')}
        placeholder={value.priorities.length === 0 ? t('control.common.all') : undefined}
        value={value.priorities}
        onChange={(v) => patch({ priorities: pickKeys(ACTION_PRIORITIES, v) })}
        data={vocabularyOptions(ACTION_PRIORITIES, ACTION_PRIORITY_LABELS, lang)}
        clearable
        w={220}
      />
      <Select
        label={t('control.action.source')}
        placeholder={t('control.common.all')}
        value={value.sourceType}
        onChange={(v) => patch({ sourceType: pickKey(ACTION_SOURCE_TYPES, v) })}
        data={vocabularyOptions(ACTION_SOURCE_TYPES, ACTION_SOURCE_LABELS, lang)}
        clearable
        w={280}
      />
      <TextInput label={t('control.actions.search')} type="search" value={value.search} onChange={(e) => patch({ search: e.currentTarget.value })} />
      <Checkbox label={t('control.actions.overdueOnly')} checked={value.overdue} onChange={(e) => patch({ overdue: e.currentTarget.checked })} mb={8} />
      <Button variant="subtle" size="xs" mb={6} onClick={() => onChange(DEFAULT_ACTION_FILTERS)}>
        {t('control.actions.reset')}
      </Button>
    </div>
  );
}
