/** A new passphrase, its confirmation and a live strength estimate (zxcvbn-ts, French dictionary). */
import { Progress, Stack, Text } from '@mantine/core';
import { SecretInput } from './SecretInput';
import { PASSPHRASE_MIN_LENGTH } from '../../src-main/shared/schemas/users';
import type { MessageKey } from '../i18n/fr';
import { useLang, useT } from '../i18n/I18nProvider';
import { usePassphraseStrength } from './use-passphrase-strength';

const SCORE_LABEL: readonly MessageKey[] = ['pass.strength0', 'pass.strength1', 'pass.strength2', 'pass.strength3', 'pass.strength4'];
const SCORE_COLOR = ['red.9', 'red.9', 'yellow.9', 'teal.8', 'green.8'] as const;

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  confirmValue: string;
  onConfirmChange: (value: string) => void;
  error?: string | undefined;
  confirmError?: string | undefined;
  /** Words the estimate must not reward (organisation, username…). */
  userInputs: readonly string[];
}

export function PassphraseFields({ label, value, onChange, confirmValue, onConfirmChange, error, confirmError, userInputs }: Props) {
  const t = useT();
  const [lang] = useLang();
  const estimate = usePassphraseStrength(value, userInputs);
  const score = estimate?.score ?? null;
  const strengthText =
    value === '' ? '' : t('pass.strengthLabel', { label: score === null ? t('pass.strengthPending') : t(SCORE_LABEL[score] ?? 'pass.strength0') });
  // zxcvbn's warnings come from its French dictionary: shown only in French.
  const warning = lang === 'fr' && estimate?.warning ? ` — ${estimate.warning}` : '';

  return (
    <Stack gap="xs">
      <SecretInput
        label={label}
        description={t('pass.hint', { min: PASSPHRASE_MIN_LENGTH })}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        error={error}
        required
        autoComplete="new-password"
      />
      <div aria-live="polite">
        <Progress
          value={value === '' ? 0 : ((score ?? 0) + 1) * 20}
          color={score === null ? 'gray' : SCORE_COLOR[score]}
          size="sm"
          aria-label={strengthText || t('pass.strengthLabel', { label: '—' })}
        />
        <Text size="xs" c="dimmed" mt={4}>
          {strengthText}
          {warning}
        </Text>
      </div>
      <SecretInput
        label={t('pass.confirm')}
        value={confirmValue}
        onChange={(e) => onConfirmChange(e.currentTarget.value)}
        error={confirmError}
        required
        autoComplete="new-password"
      />
    </Stack>
  );
}
