/**
 * Processors (GDPR Art. 28) and where they take the data (Art. 44-49): identity, contacts,
 * certifications, hosting locations, the sub-processor chain, contracts with their Art. 28 checklist.
 * Vocabularies come from core/ (art28.ts, processor-alerts.ts, transfers.ts): one source of truth.
 */
import { z } from 'zod';
import { ART28_KEYS, ART28_STATUSES, Art28Checklist } from '../../core/art28';
import { CERTIFICATION_KINDS, PROCESSOR_ALERT_CODES } from '../../core/processor-alerts';
import { normaliseCountryCode, TransferMechanism } from '../../core/transfers';
import { CalendarDate, Email, Id, NonEmpty, OptionalText, Siren } from './common';
import { LinkedBreach } from './links';

/** A country typed as a name (« Maroc », « États-Unis ») or an ISO code (« MA »), stored as the ISO code. */
export const CountryCode = z
  .string()
  .trim()
  .min(1, 'Indiquez le pays.')
  .max(100)
  .transform((value, ctx) => {
    const code = normaliseCountryCode(value);
    if (code) return code;
    ctx.addIssue({ code: 'custom', message: `Pays inconnu « ${value} » : indiquez son nom en français (« Maroc ») ou son code ISO à deux lettres (« MA »).` });
    return z.NEVER;
  });

const OptionalDate = CalendarDate.nullable().default(null);

export const PersonContact = z.object({
  name: OptionalText(200),
  email: z.union([z.literal(''), Email]).default(''),
  phone: OptionalText(40),
});
export type PersonContact = z.output<typeof PersonContact>;
const EMPTY_PERSON = { name: '', email: '', phone: '' };

/**
 * Art. 44-46: how data reaching a third country are framed. `tiaDate` is the date of the transfer
 * impact assessment (CJEU C-311/18 « Schrems II », EDPB recommendations 01/2020).
 */
const transferFields = {
  mechanism: TransferMechanism.nullable().default(null),
  /** EU-US Data Privacy Framework certification of the recipient (Decision 2023/1795). */
  dpfCertified: z.boolean().default(false),
  tiaDate: OptionalDate,
};

export const CertificationInput = z
  .object({
    id: Id.optional(),
    kind: z.enum(CERTIFICATION_KINDS),
    /** Free label: « HDS — hébergeur infogéreur », « ISO/IEC 27001:2022 ». */
    label: z.string().trim().max(200).default(''),
    certificateNumber: OptionalText(100),
    validFrom: OptionalDate,
    /** Last day of validity; null when the certificate has no end date. */
    validUntil: OptionalDate,
  })
  .refine((c) => !c.validFrom || !c.validUntil || c.validFrom <= c.validUntil, {
    path: ['validUntil'],
    message: 'La fin de validité précède son début : vérifiez les dates du certificat.',
  });

export const HostingLocationInput = z.object({
  id: Id.optional(),
  country: CountryCode,
  /** « Datacenter Paris-Saclay », « support de niveau 2 à Casablanca »… */
  description: OptionalText(500),
  ...transferFields,
});

/** Art. 28(2): specific or general written authorisation; under a general one, a window to object. */
export const AUTHORISATION_KINDS = ['specific', 'general', 'none'] as const;
export const AuthorisationInput = z
  .object({
    kind: z.enum(AUTHORISATION_KINDS).default('none'),
    date: OptionalDate,
    /** Days the controller has to object after being informed (general authorisation only). */
    objectionWindowDays: z.number().int().min(1).max(365).nullable().default(null),
  })
  .refine((a) => a.kind !== 'general' || a.objectionWindowDays !== null, {
    path: ['objectionWindowDays'],
    message: "Autorisation générale (art. 28(2)) : indiquez le délai dont vous disposez pour vous opposer à un nouveau sous-traitant, en jours.",
  });

type AuthorisationKind = (typeof AUTHORISATION_KINDS)[number];
type Mechanism = z.output<typeof TransferMechanism>;

/** A sub-processor as stored and returned (ids assigned by the store). */
export interface SubProcessorRecord {
  id?: string | undefined;
  name: string;
  country: string;
  service: string;
  authorisation: { kind: AuthorisationKind; date: string | null; objectionWindowDays: number | null };
  flowDown: boolean;
  mechanism: Mechanism | null;
  dpfCertified: boolean;
  tiaDate: string | null;
  subProcessors: SubProcessorRecord[];
}

/** What a caller may send: everything but the name and the country has a default. */
export interface SubProcessorInputShape {
  id?: string | undefined;
  name: string;
  country: string;
  service?: string | undefined;
  authorisation?: z.input<typeof AuthorisationInput> | undefined;
  flowDown?: boolean | undefined;
  mechanism?: z.input<typeof TransferMechanism> | null | undefined;
  dpfCertified?: boolean | undefined;
  tiaDate?: string | null | undefined;
  subProcessors?: SubProcessorInputShape[] | undefined;
}

/** One link of the chain processor → sub-processor → …; `subProcessors` are its own sub-processors. */
export const SubProcessorInput: z.ZodType<SubProcessorRecord, SubProcessorInputShape> = z.lazy(() =>
  z.object({
    id: Id.optional(),
    name: NonEmpty(200),
    country: CountryCode,
    service: OptionalText(500),
    authorisation: AuthorisationInput.prefault({}),
    /** Art. 28(4): the same data protection obligations are imposed on it by contract. */
    flowDown: z.boolean().default(false),
    ...transferFields,
    subProcessors: z.array(SubProcessorInput).max(100).default([]),
  }),
);

/** Depth of a chain: processor → sub-processor is 1. */
export const MAX_CHAIN_DEPTH = 5;

function chainDepth(list: readonly { subProcessors: readonly unknown[] }[]): number {
  let max = 0;
  for (const s of list) max = Math.max(max, 1 + chainDepth(s.subProcessors as { subProcessors: unknown[] }[]));
  return max;
}

/** France and its overseas departments, collectivities and territories (ISO codes of their own): SIREN exists there. */
const SIREN_COUNTRIES: ReadonlySet<string> = new Set(['FR', 'GP', 'MQ', 'GF', 'RE', 'YT', 'MF', 'BL', 'PM', 'NC', 'PF', 'WF', 'TF']);

export const ProcessorInput = z
  .object({
    name: NonEmpty(200),
    siren: z.union([z.literal(''), Siren]).default(''),
    /** Identifier outside France: VAT number, company number, EIN… */
    foreignIdentifier: OptionalText(100),
    address: z
      .object({ street: OptionalText(200), postalCode: OptionalText(20), city: OptionalText(100) })
      .prefault({}),
    /** Country of establishment: remote access from there is a transfer when outside the EEA. */
    country: CountryCode,
    /** Transfer framing for the establishment country (used only when it is outside the EEA). */
    establishment: z.object(transferFields).prefault({}),
    /** What the processor does for us. */
    service: OptionalText(2000),
    contacts: z
      .object({ business: PersonContact.prefault(EMPTY_PERSON), legal: PersonContact.prefault(EMPTY_PERSON), dpo: PersonContact.prefault(EMPTY_PERSON) })
      .prefault({}),
    /** Hosts health data on our behalf: HDS certification required (code de la santé publique, L1111-8). */
    hostsHealthData: z.boolean().default(false),
    certifications: z.array(CertificationInput).max(50).default([]),
    hostingLocations: z.array(HostingLocationInput).max(50).default([]),
    subProcessors: z.array(SubProcessorInput).max(100).default([]),
    notes: OptionalText(5000),
  })
  .refine((p) => p.siren === '' || SIREN_COUNTRIES.has(p.country), {
    path: ['siren'],
    message: 'Le SIREN ne concerne que les entreprises françaises : pour un sous-traitant étranger, utilisez « identifiant étranger ».',
  })
  .refine((p) => chainDepth(p.subProcessors) <= MAX_CHAIN_DEPTH, {
    path: ['subProcessors'],
    message: `La chaîne de sous-traitance dépasse ${MAX_CHAIN_DEPTH} niveaux : vérifiez la saisie.`,
  });
export type ProcessorInput = z.input<typeof ProcessorInput>;
export type ProcessorRecord = z.output<typeof ProcessorInput>;

export const ProcessorUpdateInput = z.object({ id: Id, processor: ProcessorInput });
export const ProcessorIdInput = z.object({ id: Id });

// ——— Contracts (Art. 28(3) and (9)) ———

export const ContractInput = z.object({
  title: NonEmpty(200),
  signedOn: OptionalDate,
  /** Duration in months; null = open-ended. */
  durationMonths: z.number().int().min(1).max(1200).nullable().default(null),
  tacitRenewal: z.boolean().default(false),
  /** Next review agreed or planned (Art. 28(1), 24(1): guarantees are re-examined). */
  reviewDate: OptionalDate,
  checklist: Art28Checklist.default({}),
  notes: OptionalText(5000),
});
export type ContractInput = z.input<typeof ContractInput>;
export type ContractRecord = z.output<typeof ContractInput>;

export const ContractAddInput = z.object({ processorId: Id, contract: ContractInput });
export const ContractUpdateInput = z.object({ id: Id, contract: ContractInput });

/** Documents: PDF or DOCX, checked by content (magic bytes), at most 20 MB, stored encrypted in the vault. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
const MAX_DOCUMENT_BASE64 = Math.ceil(MAX_DOCUMENT_BYTES / 3) * 4;

export const DocumentAttachInput = z.object({
  contractId: Id,
  filename: NonEmpty(255),
  base64: z
    .string()
    .min(1, 'Le document est vide : choisissez un fichier PDF ou DOCX.')
    .max(MAX_DOCUMENT_BASE64, 'Le document dépasse 20 Mo : joignez une version compressée ou sans annexes volumineuses.'),
});

export const DocumentMeta = z.object({
  filename: z.string(),
  mime: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  uploadedAt: z.string(),
  uploadedBy: z.string(),
});
export type DocumentMeta = z.infer<typeof DocumentMeta>;

// ——— Outputs ———

export const AlertView = z.object({
  key: z.string(),
  code: z.enum(PROCESSOR_ALERT_CODES),
  severity: z.enum(['low', 'medium', 'high', 'critical']),
  processorId: z.string(),
  processorName: z.string(),
  entity: z.object({ kind: z.enum(['processor', 'contract', 'certification', 'subprocessor', 'transfer']), id: z.string() }),
  article: z.string(),
  messageFr: z.string(),
});
export type AlertView = z.infer<typeof AlertView>;

export const AlertCounts = z.object({ critical: z.number().int(), high: z.number().int(), medium: z.number().int(), low: z.number().int() });

export const TransferView = z.object({
  key: z.string(),
  processorId: z.string(),
  processorName: z.string(),
  via: z.enum(['establishment', 'hosting', 'subprocessor']),
  recipientName: z.string(),
  country: z.string(),
  countryNameFr: z.string(),
  mechanism: TransferMechanism,
  mechanismFr: z.string(),
  mechanismSource: z.enum(['documented', 'adequacy_decision', 'none']),
  issue: z.enum(['no_mechanism', 'adequacy_not_available', 'dpf_not_certified', 'art49_undocumented']).nullable(),
  issueFr: z.string().nullable(),
  /** Date of the transfer impact assessment recorded for this destination, if any. */
  tiaDate: z.string().nullable(),
  processingIds: z.array(z.string()),
});
export type TransferView = z.infer<typeof TransferView>;

export const ClauseView = z.object({
  key: z.enum(ART28_KEYS),
  article: z.string(),
  labelFr: z.string(),
  kind: z.enum(['mandatory', 'optional_evidence', 'recommended', 'risk_flag']),
  status: z.enum([...ART28_STATUSES, 'unanswered']),
  section: z.string(),
  comment: z.string(),
  gap: z.boolean(),
  noteFr: z.string().nullable(),
});

export const ContractView = z.object({
  id: z.string(),
  processorId: z.string(),
  title: z.string(),
  signedOn: z.string().nullable(),
  durationMonths: z.number().int().nullable(),
  tacitRenewal: z.boolean(),
  /** signedOn + durationMonths (Reg. 1182/71 month arithmetic), null when open-ended or unsigned. */
  endsOn: z.string().nullable(),
  reviewDate: z.string().nullable(),
  /** The date the alerts use: the review date, else the end date of a contract that does not renew itself. */
  effectiveReviewDate: z.string().nullable(),
  notes: z.string(),
  checklist: Art28Checklist,
  clauses: z.array(ClauseView),
  /** Mandatory clauses present / applicable, 0-100 (rounded down). */
  completeness: z.number().int(),
  compliant: z.boolean(),
  missingMandatory: z.array(z.string()),
  partialMandatory: z.array(z.string()),
  riskFlags: z.array(z.string()),
  document: DocumentMeta.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ContractView = z.infer<typeof ContractView>;

const TransferFieldsOut = { mechanism: TransferMechanism.nullable(), dpfCertified: z.boolean(), tiaDate: z.string().nullable() };

export interface SubProcessorView {
  id: string;
  name: string;
  country: string;
  countryNameFr: string;
  service: string;
  authorisation: { kind: (typeof AUTHORISATION_KINDS)[number]; date: string | null; objectionWindowDays: number | null };
  flowDown: boolean;
  mechanism: z.output<typeof TransferMechanism> | null;
  dpfCertified: boolean;
  tiaDate: string | null;
  subProcessors: SubProcessorView[];
}
export const SubProcessorView: z.ZodType<SubProcessorView> = z.object({
  id: z.string(),
  name: z.string(),
  country: z.string(),
  countryNameFr: z.string(),
  service: z.string(),
  authorisation: z.object({ kind: z.enum(AUTHORISATION_KINDS), date: z.string().nullable(), objectionWindowDays: z.number().int().nullable() }),
  flowDown: z.boolean(),
  ...TransferFieldsOut,
  get subProcessors() {
    return z.array(SubProcessorView);
  },
});

export const ProcessorDetail = z.object({
  id: z.string(),
  reference: z.string(),
  name: z.string(),
  siren: z.string(),
  foreignIdentifier: z.string(),
  address: z.object({ street: z.string(), postalCode: z.string(), city: z.string() }),
  country: z.string(),
  countryNameFr: z.string(),
  establishment: z.object(TransferFieldsOut),
  service: z.string(),
  contacts: z.object({ business: PersonContact, legal: PersonContact, dpo: PersonContact }),
  hostsHealthData: z.boolean(),
  certifications: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(CERTIFICATION_KINDS),
      label: z.string(),
      certificateNumber: z.string(),
      validFrom: z.string().nullable(),
      validUntil: z.string().nullable(),
      /** valid, expiring (≤ 30 days), expired, or no end date recorded. */
      state: z.enum(['valid', 'expiring', 'expired', 'no_end_date']),
    }),
  ),
  hostingLocations: z.array(z.object({ id: z.string(), country: z.string(), countryNameFr: z.string(), description: z.string(), ...TransferFieldsOut })),
  subProcessors: z.array(SubProcessorView),
  notes: z.string(),
  contracts: z.array(ContractView),
  alerts: z.array(AlertView),
  transfers: z.array(TransferView),
  processings: z.array(z.object({ id: z.string(), reference: z.string(), name: z.string() })),
  /** Breaches this processor was involved in (Art. 33(2)), 50 most recent first. */
  linkedBreaches: z.array(LinkedBreach),
  linkedBreachCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ProcessorDetail = z.infer<typeof ProcessorDetail>;

export const PROCESSOR_SORTS = ['name', 'reference', 'alerts', 'completeness', 'nextReview', 'updatedAt'] as const;

export const ProcessorListInput = z.object({
  /** Name, reference, SIREN or identifier (accents and case ignored). */
  search: z.string().trim().max(100).optional(),
  country: CountryCode.optional(),
  /** Only processors with at least one alert (of this severity or worse when given). */
  withAlerts: z.enum(['any', 'critical', 'high', 'medium']).optional(),
  /** Processors taking data outside the EEA. */
  outsideEea: z.boolean().optional(),
  hostsHealthData: z.boolean().optional(),
  sort: z.enum(PROCESSOR_SORTS).default('name'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(5000).default(100),
});

export const ProcessorRow = z.object({
  id: z.string(),
  reference: z.string(),
  name: z.string(),
  country: z.string(),
  countryNameFr: z.string(),
  hostsHealthData: z.boolean(),
  /** A valid HDS certificate today. */
  hdsValid: z.boolean(),
  contractCount: z.number().int(),
  /** Lowest Art. 28 completeness among its contracts (0-100); null when there is no contract. */
  completeness: z.number().int().nullable(),
  documentsAttached: z.number().int(),
  alertCount: z.number().int(),
  alerts: AlertCounts,
  /** The most severe alert's message, for a tooltip. */
  topAlert: z.string().nullable(),
  alertCodes: z.array(z.enum(PROCESSOR_ALERT_CODES)),
  nextReview: z.string().nullable(),
  transfersOutsideEea: z.number().int(),
  subProcessorCount: z.number().int(),
  processingCount: z.number().int(),
  updatedAt: z.string(),
});
export type ProcessorRow = z.infer<typeof ProcessorRow>;

export const ProcessorListOutput = z.object({
  rows: z.array(ProcessorRow),
  total: z.number().int(),
  offset: z.number().int(),
  limit: z.number().int(),
  /** Europe/Paris day the alerts were computed for. */
  today: z.string(),
});

export const AlertListInput = z.object({
  severity: z.enum(['critical', 'high', 'medium', 'low']).optional(),
  limit: z.number().int().min(1).max(5000).default(500),
});
export const AlertListOutput = z.object({ today: z.string(), total: z.number().int(), counts: AlertCounts, alerts: z.array(AlertView) });

export const ExportInput = z.object({ format: z.enum(['xlsx', 'pdf']).default('xlsx') });

// ——— Reference lists for the screens ———

const Label = z.object({ id: z.string(), fr: z.string(), en: z.string() });

export const AUTHORISATION_LABELS: Readonly<Record<(typeof AUTHORISATION_KINDS)[number], { fr: string; en: string }>> = {
  specific: { fr: 'Autorisation écrite spécifique', en: 'Specific written authorisation' },
  general: { fr: 'Autorisation écrite générale (avec droit d’opposition)', en: 'General written authorisation (with right to object)' },
  none: { fr: 'Non autorisé', en: 'Not authorised' },
};

export const ProcessorVocabulary = z.object({
  art28: z.array(
    z.object({
      key: z.enum(ART28_KEYS),
      article: z.string(),
      labelFr: z.string(),
      labelEn: z.string(),
      kind: z.enum(['mandatory', 'optional_evidence', 'recommended', 'risk_flag']),
      notApplicableAllowed: z.boolean(),
    }),
  ),
  art28Statuses: z.array(Label),
  certificationKinds: z.array(Label),
  authorisationKinds: z.array(Label),
  mechanisms: z.array(Label.extend({ article: z.string() })),
  sccModules: z.array(z.object({ id: z.number().int(), fr: z.string(), en: z.string() })),
  art49Points: z.array(Label),
  eeaCountries: z.array(z.object({ code: z.string(), nameFr: z.string() })),
  adequacy: z.object({
    asOf: z.string(),
    decisions: z.array(z.object({ code: z.string(), nameFr: z.string(), decision: z.string(), scopeFr: z.string(), requiresCertification: z.boolean() })),
  }),
});
