/** The organisation form as typed (all strings), and its conversion to the contract's input. */
import type { Input, Output } from '../../src-main/shared/contract';
import { isValidSiren } from '../../src-main/shared/schemas/common';

export interface OrganisationDraft {
  name: string;
  siren: string;
  street: string;
  postalCode: string;
  city: string;
  country: string;
  dpoName: string;
  dpoEmail: string;
  dpoPhone: string;
  alsaceMoselle: boolean;
}

export const EMPTY_ORGANISATION: OrganisationDraft = {
  name: '',
  siren: '',
  street: '',
  postalCode: '',
  city: '',
  country: 'France',
  dpoName: '',
  dpoEmail: '',
  dpoPhone: '',
  alsaceMoselle: false,
};

export function organisationToDraft(org: Output<'organisation.get'>): OrganisationDraft {
  return {
    name: org.name,
    siren: org.siren,
    street: org.address.street,
    postalCode: org.address.postalCode,
    city: org.address.city,
    country: org.address.country,
    dpoName: org.dpoName,
    dpoEmail: org.dpoEmail,
    dpoPhone: org.dpoPhone,
    alsaceMoselle: org.alsaceMoselle,
  };
}

export function draftToOrganisationInput(d: OrganisationDraft): Input<'organisation.update'> {
  return {
    name: d.name,
    siren: d.siren,
    address: { street: d.street, postalCode: d.postalCode, city: d.city, country: d.country },
    dpoName: d.dpoName,
    dpoEmail: d.dpoEmail.trim(),
    dpoPhone: d.dpoPhone,
    alsaceMoselle: d.alsaceMoselle,
  };
}

/** The form's field for each input path (the address is nested in the contract, flat in the form). */
export function organisationFieldOf(path: string): keyof OrganisationDraft | null {
  const map: Record<string, keyof OrganisationDraft> = {
    name: 'name',
    siren: 'siren',
    'address.street': 'street',
    'address.postalCode': 'postalCode',
    'address.city': 'city',
    'address.country': 'country',
    dpoName: 'dpoName',
    dpoEmail: 'dpoEmail',
    dpoPhone: 'dpoPhone',
    alsaceMoselle: 'alsaceMoselle',
  };
  return map[path] ?? null;
}

/**
 * SIREN key check while typing (INSEE Luhn key, shared/schemas/common.ts): once nine digits are
 * there, a wrong key is flagged at once rather than at submission.
 */
export function sirenLooksWrong(value: string): boolean {
  const digits = value.replace(/\s+/g, '');
  return /^\d{9}$/.test(digits) && !isValidSiren(digits);
}
