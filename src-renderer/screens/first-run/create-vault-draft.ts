/** The first-run form as typed, and the `vault.create` input it becomes. */
import type { Input } from '../../../src-main/shared/contract';
import { draftToOrganisationInput, EMPTY_ORGANISATION, type OrganisationDraft } from '../../components/organisation-draft';

export interface CreateVaultDraft {
  organisation: OrganisationDraft;
  username: string;
  displayName: string;
  passphrase: string;
  confirm: string;
}

export const EMPTY_CREATE_VAULT: CreateVaultDraft = {
  organisation: EMPTY_ORGANISATION,
  username: '',
  displayName: '',
  passphrase: '',
  confirm: '',
};

export function toVaultCreateInput(d: CreateVaultDraft): Input<'vault.create'> {
  return {
    organisation: draftToOrganisationInput(d.organisation),
    user: { username: d.username, displayName: d.displayName },
    passphrase: d.passphrase,
  };
}

/** Words a passphrase must not lean on: they are the first an attacker tries. */
export function passphraseUserInputs(d: CreateVaultDraft): string[] {
  return [d.organisation.name, d.organisation.dpoName, d.username, d.displayName, d.organisation.city].filter((s) => s.trim() !== '');
}
