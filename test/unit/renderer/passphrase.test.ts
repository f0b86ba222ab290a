import { describe, expect, it } from 'vitest';
import { checkNewPassphrase } from '../../../src-renderer/components/new-passphrase-check';
import { expandUserInputs, loadStrengthEstimator, MIN_ACCEPTED_SCORE } from '../../../src-renderer/components/passphrase-strength';
import type { MessageKey } from '../../../src-renderer/i18n/fr';
import { translate, type Params } from '../../../src-renderer/i18n/translate';

const t = (key: MessageKey, params?: Params) => translate('fr', key, params);

describe('passphrase strength (zxcvbn-ts, French dictionary)', () => {
  it('splits the user’s own inputs into words', () => {
    expect(expandUserInputs(['Mutuelle Santé Horizon', 'cmartin'])).toEqual(['mutuelle santé horizon', 'cmartin', 'mutuelle', 'santé', 'horizon']);
  });

  it('rates a common French password as too weak', async () => {
    const estimate = await loadStrengthEstimator();
    expect(estimate('motdepasse123', []).score).toBeLessThan(MIN_ACCEPTED_SCORE);
    expect(estimate('soleil123456', []).score).toBeLessThan(MIN_ACCEPTED_SCORE);
  });

  it('rates four unrelated words as strong', async () => {
    const estimate = await loadStrengthEstimator();
    expect(estimate('violon marée granit pelouse', []).score).toBeGreaterThanOrEqual(3);
  });

  it('does not reward the user’s own identifier', async () => {
    const estimate = await loadStrengthEstimator();
    expect(estimate('cmartin2026!', []).score).toBeGreaterThanOrEqual(MIN_ACCEPTED_SCORE);
    expect(estimate('cmartin2026!', ['Claire Martin', 'cmartin']).score).toBeLessThan(MIN_ACCEPTED_SCORE);
  });
});

describe('new passphrase check before sending', () => {
  it('asks for at least 12 characters, as the service does', async () => {
    const errors = checkNewPassphrase('court', 'court', [], await loadStrengthEstimator(), t);
    expect(errors.passphrase).toBe('Encore 7 caractère(s)\u00a0: la phrase secrète doit en compter au moins 12.');
  });

  it('refuses a 12-character passphrase that is easy to guess', async () => {
    const errors = checkNewPassphrase('motdepasse12', 'motdepasse12', [], await loadStrengthEstimator(), t);
    // 12 characters: the service would accept it; the strength floor does not.
    expect(errors.passphrase).toBe(translate('fr', 'pass.weakRefused'));
  });

  it('requires the confirmation to match', async () => {
    const errors = checkNewPassphrase('violon marée granit pelouse', 'violon marée granit', [], await loadStrengthEstimator(), t);
    expect(errors).toEqual({ confirm: 'Les deux saisies ne correspondent pas\u00a0: retapez la confirmation.' });
  });
});
