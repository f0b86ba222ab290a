/**
 * Searchable multi-select of the processings of the register (« REF — Nom »), for forms that send
 * `processingIds` (new breach, rights requests). The register is read when the field is shown.
 */
import { MultiSelect } from '@mantine/core';
import { useMethod } from '../../../api/hooks';
import { useT } from '../../../i18n/I18nProvider';
import { linkOptions, type LinkTarget } from './link-options';

interface Props {
  label: string;
  description?: string;
  value: string[];
  onChange: (ids: string[]) => void;
  /** Items already linked (shown even before the register is loaded). */
  linked?: readonly LinkTarget[];
  readOnly?: boolean;
  error?: string;
  className?: string;
}

export function ProcessingMultiSelect({ label, description, value, onChange, linked = [], readOnly = false, error, className }: Props) {
  const t = useT();
  const register = useMethod('processing.list', { limit: 5000 });
  return (
    <MultiSelect
      className={className}
      label={label}
      description={description}
      data={linkOptions(register.data?.rows ?? [], linked)}
      value={value}
      onChange={onChange}
      readOnly={readOnly}
      searchable
      clearable={!readOnly}
      hidePickedOptions={false}
      limit={200}
      maxValues={100}
      nothingFoundMessage={t('links.picker.nothingFound')}
      error={error ?? (register.isError ? t('links.breach.listError') : undefined)}
    />
  );
}
