/** The processor form's state, filled from a stored processor and turned into `ProcessorInput` (GDPR Art. 28). */
import type { CertificationKind } from '../../../src-main/core/processor-alerts';
import type { AUTHORISATION_KINDS, ProcessorDetail, ProcessorInput, SubProcessorInputShape, SubProcessorView } from '../../../src-main/shared/schemas/processor';
import { draftToTransfer, EMPTY_TRANSFER, transferToDraft, type TransferDraft } from './mechanism-draft';

export type AuthorisationKind = (typeof AUTHORISATION_KINDS)[number];

export interface ContactDraft {
  name: string;
  email: string;
  phone: string;
}

export interface CertificationDraft {
  id?: string;
  kind: CertificationKind;
  label: string;
  certificateNumber: string;
  validFrom: string | null;
  validUntil: string | null;
}

export interface HostingDraft extends TransferDraft {
  id?: string;
  country: string;
  description: string;
}

export interface SubProcessorDraft extends TransferDraft {
  id?: string;
  name: string;
  country: string;
  service: string;
  authorisationKind: AuthorisationKind;
  authorisationDate: string | null;
  objectionWindowDays: number | '';
  flowDown: boolean;
  subProcessors: SubProcessorDraft[];
}

export interface ProcessorDraft {
  name: string;
  siren: string;
  foreignIdentifier: string;
  street: string;
  postalCode: string;
  city: string;
  country: string;
  establishment: TransferDraft;
  service: string;
  contacts: { business: ContactDraft; legal: ContactDraft; dpo: ContactDraft };
  hostsHealthData: boolean;
  certifications: CertificationDraft[];
  hostingLocations: HostingDraft[];
  subProcessors: SubProcessorDraft[];
  notes: string;
}

const EMPTY_CONTACT: ContactDraft = { name: '', email: '', phone: '' };

export const EMPTY_PROCESSOR: ProcessorDraft = {
  name: '',
  siren: '',
  foreignIdentifier: '',
  street: '',
  postalCode: '',
  city: '',
  country: 'FR',
  establishment: EMPTY_TRANSFER,
  service: '',
  contacts: { business: EMPTY_CONTACT, legal: EMPTY_CONTACT, dpo: EMPTY_CONTACT },
  hostsHealthData: false,
  certifications: [],
  hostingLocations: [],
  subProcessors: [],
  notes: '',
};

export const newCertification = (): CertificationDraft => ({ kind: 'iso27001', label: '', certificateNumber: '', validFrom: null, validUntil: null });
export const newHosting = (): HostingDraft => ({ ...EMPTY_TRANSFER, country: 'FR', description: '' });
export const newSubProcessor = (): SubProcessorDraft => ({
  ...EMPTY_TRANSFER,
  name: '',
  country: 'FR',
  service: '',
  authorisationKind: 'specific',
  authorisationDate: null,
  objectionWindowDays: '',
  flowDown: false,
  subProcessors: [],
});

function subToDraft(s: SubProcessorView): SubProcessorDraft {
  return {
    ...transferToDraft(s),
    id: s.id,
    name: s.name,
    country: s.country,
    service: s.service,
    authorisationKind: s.authorisation.kind,
    authorisationDate: s.authorisation.date,
    objectionWindowDays: s.authorisation.objectionWindowDays ?? '',
    flowDown: s.flowDown,
    subProcessors: s.subProcessors.map(subToDraft),
  };
}

export function processorToDraft(p: ProcessorDetail): ProcessorDraft {
  return {
    name: p.name,
    siren: p.siren,
    foreignIdentifier: p.foreignIdentifier,
    street: p.address.street,
    postalCode: p.address.postalCode,
    city: p.address.city,
    country: p.country,
    establishment: transferToDraft(p.establishment),
    service: p.service,
    contacts: { business: { ...p.contacts.business }, legal: { ...p.contacts.legal }, dpo: { ...p.contacts.dpo } },
    hostsHealthData: p.hostsHealthData,
    certifications: p.certifications.map((c) => ({
      id: c.id,
      kind: c.kind,
      label: c.label,
      certificateNumber: c.certificateNumber,
      validFrom: c.validFrom,
      validUntil: c.validUntil,
    })),
    hostingLocations: p.hostingLocations.map((h) => ({ ...transferToDraft(h), id: h.id, country: h.country, description: h.description })),
    subProcessors: p.subProcessors.map(subToDraft),
    notes: p.notes,
  };
}

function subToInput(s: SubProcessorDraft): SubProcessorInputShape {
  return {
    ...(s.id ? { id: s.id } : {}),
    name: s.name,
    country: s.country,
    service: s.service,
    authorisation: {
      kind: s.authorisationKind,
      date: s.authorisationDate,
      // Art. 28(2): the window to object only exists under a general authorisation.
      objectionWindowDays: s.authorisationKind === 'general' && s.objectionWindowDays !== '' ? s.objectionWindowDays : null,
    },
    flowDown: s.flowDown,
    ...draftToTransfer(s),
    subProcessors: s.subProcessors.map(subToInput),
  };
}

export function draftToProcessorInput(d: ProcessorDraft): ProcessorInput {
  return {
    name: d.name,
    siren: d.siren.replace(/\s+/g, ''),
    foreignIdentifier: d.foreignIdentifier,
    address: { street: d.street, postalCode: d.postalCode, city: d.city },
    country: d.country,
    establishment: draftToTransfer(d.establishment),
    service: d.service,
    contacts: {
      business: { ...d.contacts.business, email: d.contacts.business.email.trim() },
      legal: { ...d.contacts.legal, email: d.contacts.legal.email.trim() },
      dpo: { ...d.contacts.dpo, email: d.contacts.dpo.email.trim() },
    },
    hostsHealthData: d.hostsHealthData,
    certifications: d.certifications.map((c) => ({ ...c })),
    hostingLocations: d.hostingLocations.map((h) => ({
      ...(h.id ? { id: h.id } : {}),
      country: h.country,
      description: h.description,
      ...draftToTransfer(h),
    })),
    subProcessors: d.subProcessors.map(subToInput),
    notes: d.notes,
  };
}
