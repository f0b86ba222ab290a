import { describe, expect, it } from 'vitest';
import { errorLine, errorText } from '../../../src-renderer/i18n/error-text';

const wrongPassphrase = {
  code: 'WRONG_PASSPHRASE' as const,
  message: 'Phrase secrète incorrecte pour « cmartin » : vérifiez la disposition du clavier.',
};

describe('errors shown to the user', () => {
  it('shows the service’s own French sentence in French', () => {
    expect(errorText(wrongPassphrase, 'fr').message).toBe(wrongPassphrase.message);
  });

  it('shows the translated sentence of the error code in English', () => {
    expect(errorText(wrongPassphrase, 'en').message).toMatch(/^Wrong username or passphrase/);
  });

  it('keeps the field issues in both languages', () => {
    const error = { code: 'VALIDATION' as const, message: 'Invalide.', issues: [{ path: 'organisation.siren', message: 'SIREN invalide.' }] };
    expect(errorText(error, 'en').issues).toEqual(error.issues);
    expect(errorLine(error, 'fr')).toBe('Invalide.\norganisation.siren : SIREN invalide.');
  });
});
