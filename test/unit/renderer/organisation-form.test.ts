import { describe, expect, it } from 'vitest';
import { OrganisationInput } from '../../../src-main/shared/schemas/organisation';
import { VaultCreateInput } from '../../../src-main/shared/schemas/vault';
import { zodFieldErrors } from '../../../src-renderer/components/form-errors';
import { draftToOrganisationInput, EMPTY_ORGANISATION, organisationFieldOf, sirenLooksWrong } from '../../../src-renderer/components/organisation-draft';
import { EMPTY_CREATE_VAULT, toVaultCreateInput } from '../../../src-renderer/screens/first-run/create-vault-draft';

const filled = {
  ...EMPTY_ORGANISATION,
  name: 'Mutuelle Santé Horizon',
  siren: '732 829 320',
  street: '12 rue de la République',
  postalCode: '69002',
  city: 'Lyon',
  dpoName: 'Claire Martin',
  dpoEmail: ' dpo@mutuelle-horizon.fr ',
};

describe('SIREN check while typing', () => {
  it('flags nine digits whose INSEE key is wrong', () => {
    expect(sirenLooksWrong('732829321')).toBe(true);
  });

  it('accepts a valid SIREN, with or without spaces', () => {
    expect(sirenLooksWrong('732829320')).toBe(false);
    expect(sirenLooksWrong('732 829 320')).toBe(false);
  });

  it('waits for the ninth digit before judging', () => {
    expect(sirenLooksWrong('73282932')).toBe(false);
  });
});

describe('organisation form → contract input', () => {
  it('produces an input the contract accepts', () => {
    const parsed = OrganisationInput.safeParse(draftToOrganisationInput(filled));
    expect(parsed.success).toBe(true);
    if (parsed.success) expect(parsed.data.siren).toBe('732829320');
  });

  it('maps the contract’s field paths back to the form’s fields', () => {
    const parsed = OrganisationInput.safeParse(draftToOrganisationInput({ ...filled, city: '', siren: '732829321' }));
    expect(parsed.success).toBe(false);
    if (!parsed.success) {
      const paths = Object.keys(zodFieldErrors(parsed.error)).sort();
      expect(paths).toEqual(['address.city', 'siren']);
      expect(paths.map(organisationFieldOf)).toEqual(['city', 'siren']);
    }
  });

  it('builds the vault.create input with the first user and the passphrase', () => {
    const input = toVaultCreateInput({
      ...EMPTY_CREATE_VAULT,
      organisation: filled,
      username: 'cmartin',
      displayName: 'Claire Martin',
      passphrase: 'violon marée granit pelouse',
    });
    expect(VaultCreateInput.safeParse(input).success).toBe(true);
  });
});
