/**
 * Checks a new passphrase before it is sent: the service's minimum length (shared/schemas/users.ts),
 * a strength floor on zxcvbn's scale, and the confirmation. Returns a message per field, in the
 * user's language.
 */
import { PASSPHRASE_MIN_LENGTH } from '../../src-main/shared/schemas/users';
import type { TFunction } from '../i18n/I18nProvider';
import { MIN_ACCEPTED_SCORE, type StrengthEstimator } from './passphrase-strength';

export interface PassphraseErrors {
  passphrase?: string;
  confirm?: string;
}

export function checkNewPassphrase(
  passphrase: string,
  confirm: string,
  userInputs: readonly string[],
  estimate: StrengthEstimator,
  t: TFunction,
): PassphraseErrors {
  const errors: PassphraseErrors = {};
  const length = [...passphrase].length;
  if (length < PASSPHRASE_MIN_LENGTH) {
    errors.passphrase = t('pass.tooShort', { missing: PASSPHRASE_MIN_LENGTH - length, min: PASSPHRASE_MIN_LENGTH });
  } else if (estimate(passphrase, userInputs).score < MIN_ACCEPTED_SCORE) {
    errors.passphrase = t('pass.weakRefused');
  }
  if (confirm !== passphrase) errors.confirm = t('pass.mismatch');
  return errors;
}
