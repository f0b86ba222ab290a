/** Toolbar of the processor list: search, alert level, transfers outside the EEA, health data. */
import { Button, Checkbox, Select, TextInput } from '@mantine/core';
import { useT } from '../../i18n/I18nProvider';
import { pick } from './common/vocabulary';
import { activeProcessorFilters, ALERT_FILTERS, EMPTY_PROCESSOR_FILTERS, type ProcessorFilters } from './processor-list-state';

interface Props {
  value: ProcessorFilters;
  onChange: (next: ProcessorFilters) => void;
}

export function ProcessorFiltersBar({ value, onChange }: Props) {
  const t = useT();
  const patch = (p: Partial<ProcessorFilters>) => onChange({ ...value, ...p });
  return (
    <div className="wb-toolbar" role="search" aria-label={t('processors.filters.label')}>
      <TextInput
        label={t('processors.filters.search')}
        placeholder={t('processors.filters.searchPlaceholder')}
        value={value.search}
        onChange={(e) => patch({ search: e.currentTarget.value })}
        type="search"
      />
      <Select
        label={t('processors.filters.alerts')}
        placeholder={t('processors.filters.alertsAll')}
        value={value.alerts}
        onChange={(v) => patch({ alerts: pick(ALERT_FILTERS, v) })}
        data={ALERT_FILTERS.map((a) => ({ value: a, label: t(`processors.filters.alerts.${a}`) }))}
        clearable
        clearButtonProps={{ 'aria-label': t('processors.filters.clear') }}
      />
      <Checkbox label={t('processors.filters.outsideEea')} checked={value.outsideEea} onChange={(e) => patch({ outsideEea: e.currentTarget.checked })} mb={8} />
      <Checkbox label={t('processors.filters.healthData')} checked={value.healthData} onChange={(e) => patch({ healthData: e.currentTarget.checked })} mb={8} />
      {activeProcessorFilters(value) > 0 && (
        <Button variant="subtle" size="xs" onClick={() => onChange(EMPTY_PROCESSOR_FILTERS)} mb={6}>
          {t('processors.filters.reset')}
        </Button>
      )}
    </div>
  );
}
