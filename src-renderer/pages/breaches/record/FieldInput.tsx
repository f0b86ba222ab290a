/** One field of a record section, drawn from its spec (section-specs.ts). */
import { Checkbox, MultiSelect, NumberInput, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useLang, useT } from '../../../i18n/I18nProvider';
import { optionsOf } from '../vocabulary-options';
import { TRISTATE, type DraftValue } from './record-draft';
import type { FieldSpec } from './section-specs';

interface Props {
  field: FieldSpec;
  value: DraftValue | undefined;
  error: string | undefined;
  readOnly: boolean;
  onChange: (value: DraftValue) => void;
}

/** Short lists are checkboxes (everything visible at once); long ones a searchable multi-select. */
const CHECKBOX_LIMIT = 6;

export function FieldInput({ field, value, error, readOnly, onChange }: Props) {
  const t = useT();
  const [lang] = useLang();
  const label = t(field.label);
  const description = field.hint ? t(field.hint) : undefined;
  const text = typeof value === 'string' ? value : '';
  const list = Array.isArray(value) ? value : [];
  const options = field.options ? optionsOf(field.options.ids, field.options.labels, lang) : [];
  const common = { label, description, error, className: field.wide ? 'span-2' : undefined };

  switch (field.kind) {
    case 'text':
      return <TextInput {...common} value={text} readOnly={readOnly} onChange={(e) => onChange(e.currentTarget.value)} />;
    case 'textarea':
      return <Textarea {...common} value={text} readOnly={readOnly} autosize minRows={2} maxRows={12} onChange={(e) => onChange(e.currentTarget.value)} />;
    case 'list':
      return <TextInput {...common} value={text} readOnly={readOnly} onChange={(e) => onChange(e.currentTarget.value)} />;
    case 'instant':
      return <TextInput {...common} type="datetime-local" value={text} readOnly={readOnly} onChange={(e) => onChange(e.currentTarget.value)} />;
    case 'number':
      return (
        <NumberInput
          {...common}
          value={text}
          readOnly={readOnly}
          min={0}
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator=" "
          onChange={(v) => onChange(String(v))}
        />
      );
    case 'select':
      return <Select {...common} data={options} value={text || null} readOnly={readOnly} clearable={!readOnly} searchable={options.length > 8} onChange={(v) => onChange(v ?? '')} />;
    case 'tristate':
      return (
        <Select
          {...common}
          data={TRISTATE.map((v) => ({ value: v, label: t(`breaches.tristate.${v}`) }))}
          value={text || 'unknown'}
          readOnly={readOnly}
          allowDeselect={false}
          onChange={(v) => onChange(v ?? 'unknown')}
        />
      );
    case 'bool':
      return <Checkbox label={label} description={description} error={error} checked={value === true} disabled={readOnly} onChange={(e) => onChange(e.currentTarget.checked)} className="checkbox-cell" />;
    case 'multi':
      if (options.length <= CHECKBOX_LIMIT) {
        return (
          <Checkbox.Group {...common} value={list} onChange={(v) => onChange(v)} readOnly={readOnly}>
            <Stack gap={6} mt={6}>
              {options.map((o) => (
                <Checkbox key={o.value} value={o.value} label={o.label} disabled={readOnly} />
              ))}
            </Stack>
          </Checkbox.Group>
        );
      }
      return <MultiSelect {...common} data={options} value={list} readOnly={readOnly} searchable clearable={!readOnly} hidePickedOptions={false} onChange={(v) => onChange(v)} />;
  }
}
