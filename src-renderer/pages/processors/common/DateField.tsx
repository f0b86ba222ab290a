/** A calendar date (`YYYY-MM-DD`) typed in the browser's date input; empty means « no date ». */
import { TextInput } from '@mantine/core';

interface Props {
  label: string;
  value: string | null | undefined;
  onChange: (value: string | null) => void;
  error?: string | undefined;
  description?: string;
  readOnly?: boolean;
  required?: boolean;
  className?: string;
}

export function DateField({ label, value, onChange, error, description, readOnly = false, required = false, className }: Props) {
  return (
    <TextInput
      type="date"
      label={label}
      description={description}
      value={value ?? ''}
      onChange={(e) => onChange(e.currentTarget.value === '' ? null : e.currentTarget.value)}
      error={error}
      readOnly={readOnly}
      required={required}
      className={className}
    />
  );
}
