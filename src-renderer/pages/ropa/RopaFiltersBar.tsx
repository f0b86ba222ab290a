/** Toolbar of the register: search, role (Art. 30(1) or 30(2)), status, DPIA outcome, processor, incomplete fiches. */
import { Button, Checkbox, MultiSelect, Select, TextInput } from '@mantine/core';
import { DPIA_OUTCOME_LABELS } from '../../../src-main/core/dpia-screening';
import { PROCESSING_ROLES } from '../../../src-main/core/ropa-vocabulary';
import { PROCESSING_STATUS_LABELS, PROCESSING_STATUSES } from '../../../src-main/shared/schemas/processing';
import { useMethod } from '../../api/hooks';
import { useLang, useT } from '../../i18n/I18nProvider';
import { listOptions, pick, pickAll, recordOptions } from '../processors/common/vocabulary';
import { activeRopaFilters, DPIA_FILTERS, EMPTY_ROPA_FILTERS, type RopaFilters } from './ropa-list-state';

const ROLE_IDS = PROCESSING_ROLES.map((r) => r.id);

export function RopaFiltersBar({ value, onChange }: { value: RopaFilters; onChange: (next: RopaFilters) => void }) {
  const t = useT();
  const [lang] = useLang();
  const processors = useMethod('processor.list', { limit: 5000, sort: 'name' });
  const patch = (p: Partial<RopaFilters>) => onChange({ ...value, ...p });
  const clear = { clearable: true, clearButtonProps: { 'aria-label': t('processors.filters.clear') } };
  return (
    <div className="wb-toolbar" role="search" aria-label={t('ropa.filters.label')}>
      <TextInput
        label={t('ropa.filters.search')}
        placeholder={t('ropa.filters.searchPlaceholder')}
        type="search"
        value={value.search}
        onChange={(e) => patch({ search: e.currentTarget.value })}
      />
      <MultiSelect
        label={t('ropa.filters.roles')}
        placeholder={value.roles.length === 0 ? t('ropa.filters.all') : undefined}
        data={listOptions(PROCESSING_ROLES, lang)}
        value={value.roles}
        onChange={(v) => patch({ roles: pickAll(ROLE_IDS, v) })}
        {...clear}
      />
      <Select
        label={t('ropa.filters.status')}
        placeholder={t('ropa.filters.all')}
        data={recordOptions(PROCESSING_STATUSES, PROCESSING_STATUS_LABELS, lang)}
        value={value.status}
        onChange={(v) => patch({ status: pick(PROCESSING_STATUSES, v) })}
        {...clear}
      />
      <Select
        label={t('ropa.filters.dpia')}
        placeholder={t('ropa.filters.all')}
        data={DPIA_FILTERS.map((d) => ({ value: d, label: d === 'pending' ? t('listUrl.dpiaPending') : d === 'unscreened' ? t('ropa.dpia.unscreened') : DPIA_OUTCOME_LABELS[d][lang] }))}
        value={value.dpia}
        onChange={(v) => patch({ dpia: pick(DPIA_FILTERS, v) })}
        {...clear}
      />
      <Select
        label={t('ropa.filters.processor')}
        placeholder={t('ropa.filters.all')}
        data={(processors.data?.rows ?? []).map((p) => ({ value: p.id, label: `${p.name} (${p.reference})` }))}
        value={value.processorId}
        onChange={(v) => patch({ processorId: v })}
        searchable
        nothingFoundMessage={t('ropa.filters.noProcessor')}
        {...clear}
      />
      <Checkbox label={t('ropa.filters.incomplete')} checked={value.incompleteOnly} onChange={(e) => patch({ incompleteOnly: e.currentTarget.checked })} mb={8} />
      {activeRopaFilters(value) > 0 && (
        <Button variant="subtle" size="xs" onClick={() => onChange(EMPTY_ROPA_FILTERS)} mb={6}>
          {t('processors.filters.reset')}
        </Button>
      )}
    </div>
  );
}
