/**
 * A country typed as a French or English name or an ISO code. The hint below says which country was
 * recognised and whether it is outside the EEA, where every transfer needs a Chapter V mechanism (Art. 44).
 */
import { TextInput } from '@mantine/core';
import { countryNameFr, isTransfer, normaliseCountryCode } from '../../../src-main/core/transfers';
import { useT } from '../../i18n/I18nProvider';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  readOnly?: boolean;
}

/** `null` while empty; otherwise whether the text names a known country and if it leaves the EEA. */
export function countryStatus(value: string): { code: string; outside: boolean } | 'unknown' | null {
  if (value.trim() === '') return null;
  const code = normaliseCountryCode(value);
  return code ? { code, outside: isTransfer(code) } : 'unknown';
}

export function CountryField({ label, value, onChange, error, readOnly = false }: Props) {
  const t = useT();
  const status = countryStatus(value);
  const hint =
    status === null
      ? t('processors.country.hint')
      : status === 'unknown'
        ? t('processors.country.unknown')
        : t(status.outside ? 'processors.country.outside' : 'processors.country.inside', { name: countryNameFr(status.code), code: status.code });
  return (
    <TextInput
      label={label}
      description={hint}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={error}
      readOnly={readOnly}
      required
      maxLength={100}
    />
  );
}
