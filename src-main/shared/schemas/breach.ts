/**
 * Personal-data breaches (GDPR Art. 33, 34, 33(5) register): what a shell sends and what it gets back.
 *
 * The record follows the sections of the EDPB draft common notification template (REGULATORY.md §2b,
 * field numbers in comments), the best verifiable proxy for the CNIL téléservice [U]. Every list comes
 * from core/ (single source of truth); statuses, decisions and the clock from core/breach-*.
 */
import { z } from 'zod';
import { CLOCK_STATES } from '../../core/breach-clock';
import {
  AVAILABILITY_CONSEQUENCES,
  AVAILABILITY_TYPES,
  BREACH_CAUSES,
  CONFIDENTIALITY_CONSEQUENCES,
  CONFIDENTIALITY_TYPES,
  COMMUNICATION_STATUSES,
  DISCOVERY_SOURCES,
  IMPACT_SEVERITIES,
  IMPACT_TYPES,
  INTEGRITY_CONSEQUENCES,
  INTEGRITY_TYPES,
  MEASURES_IN_PLACE,
  UNINTELLIGIBILITY_STATES,
  BreachNatureSchema,
  DataTypeSchema,
  IncidentTypeSchema,
  NumberPrecisionSchema,
  SubjectCategorySchema,
} from '../../core/breach-vocabulary';
import { RECOMMENDATIONS, RiskAnswersSchema, SEVERITY_BANDS } from '../../core/breach-risk';
import { ART34_EXEMPTIONS, BREACH_DECISIONS, BREACH_STATUSES } from '../../core/breach-workflow';
import { CalendarDate, Id, Instant, NonEmpty } from './common';
import { LinkedProcessing, LinkedProcessor, LinkIds } from './links';

export * from '../../core/breach-vocabulary';
export { BREACH_STATUSES, BREACH_STATUS_LABELS, BREACH_DECISIONS, BREACH_DECISION_LABELS, ART34_EXEMPTIONS, ART34_EXEMPTION_LABELS } from '../../core/breach-workflow';
export { CLOCK_STATES, CLOCK_STATE_LABELS } from '../../core/breach-clock';
export {
  AVAILABILITY_CIRCUMSTANCES, BACKUP_STATES, CONFIDENTIALITY_CIRCUMSTANCES, EXFILTRATION_STATES, IDENTIFICATION_LEVELS, INTEGRITY_CIRCUMSTANCES,
  PERMANENCE_STATES, RECOMMENDATION_LABELS, SEVERITY_BAND_LABELS, RiskAnswersSchema,
} from '../../core/breach-risk';

type Labels<K extends string> = Record<K, { fr: string; en: string }>;

/** Free text without a default (patches must tell "absent" from "empty"). */
const Text = (max = 5000) => z.string().trim().max(max, `Ce champ dépasse ${max} caractères.`);
const Count = z.number().int('Indiquez un nombre entier.').min(0, 'Un nombre ne peut pas être négatif.').max(1_000_000_000, 'Nombre trop grand.');
/** A list without duplicates (a UI sending the same option twice is a bug, not an answer). */
const UniqueList = <T extends z.ZodType<string>>(item: T, max = 50) =>
  z
    .array(item)
    .max(max, `${max} éléments au plus.`)
    .refine((items) => new Set(items).size === items.length, 'Chaque option ne peut être choisie qu’une fois.');
const Country = z.string().trim().min(2, 'Pays invalide.').max(100);

/** Field 44 — when the breach occurred. */
export const OCCURRENCE_KINDS = ['specific', 'range', 'ongoing', 'unknown', 'to_be_determined'] as const;
export type OccurrenceKind = (typeof OCCURRENCE_KINDS)[number];
export const OCCURRENCE_KIND_LABELS: Labels<OccurrenceKind> = {
  specific: { fr: 'À une date précise', en: 'On a specific date' },
  range: { fr: 'Sur une période (du … au …)', en: 'Over a period (from … to …)' },
  ongoing: { fr: 'En cours', en: 'Ongoing' },
  unknown: { fr: 'Impossible à déterminer', en: 'Cannot be determined' },
  to_be_determined: { fr: 'À déterminer', en: 'To be determined' },
};

/** Fields 38-41 — other parties involved (Art. 33(2) processors, Art. 26 joint controllers). */
export const PARTY_ROLES = ['processor', 'sub_processor', 'joint_controller', 'other'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];
export const PARTY_ROLE_LABELS: Labels<PartyRole> = {
  processor: { fr: 'Sous-traitant (art. 28)', en: 'Processor (Art. 28)' },
  sub_processor: { fr: 'Sous-traitant ultérieur', en: 'Sub-processor' },
  joint_controller: { fr: 'Responsable conjoint (art. 26)', en: 'Joint controller (Art. 26)' },
  other: { fr: 'Autre partie', en: 'Other party' },
};

/** Field 104 — how the people were informed (Art. 34; 34(3)(c) public communication). */
export const COMMUNICATION_CHANNELS = ['letter', 'email', 'sms', 'member_portal', 'phone', 'public_announcement', 'other'] as const;
export type CommunicationChannel = (typeof COMMUNICATION_CHANNELS)[number];
export const COMMUNICATION_CHANNEL_LABELS: Labels<CommunicationChannel> = {
  letter: { fr: 'Courrier individuel', en: 'Individual letter' },
  email: { fr: 'Courriel individuel', en: 'Individual e-mail' },
  sms: { fr: 'SMS', en: 'Text message' },
  member_portal: { fr: 'Message dans l’espace adhérent', en: 'Member portal message' },
  phone: { fr: 'Appel téléphonique', en: 'Phone call' },
  public_announcement: { fr: 'Communication publique (art. 34(3)(c))', en: 'Public announcement (Art. 34(3)(c))' },
  other: { fr: 'Autre moyen', en: 'Other means' },
};

export const NOTIFICATION_KINDS = ['initial', 'complementary'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
export const NOTIFICATION_KIND_LABELS: Labels<NotificationKind> = {
  initial: { fr: 'Notification initiale', en: 'Initial notification' },
  complementary: { fr: 'Notification complémentaire (art. 33(4))', en: 'Complementary notification (Art. 33(4))' },
};

// ---------------------------------------------------------------------------------------------
// The record, section by section. Each section has its full shape (stored) and a patch (update).
// ---------------------------------------------------------------------------------------------

/** 3.1 Timeline (fields 44-53). */
const timelineShape = {
  occurrence: z.enum(OCCURRENCE_KINDS),
  occurredFrom: Instant.nullable(),
  occurredTo: Instant.nullable(),
  /** Field 45: dates are estimates. */
  estimated: z.boolean(),
  discoveredAt: Instant,
  discoverySource: z.enum(DISCOVERY_SOURCES).nullable(),
  /** Who discovered it (person, team, processor's name). */
  discoveredBy: Text(300),
  /** Field 51: how it was discovered. */
  discoveryDescription: Text(),
  /** Field 52: when a processor (Art. 33(2)) or another party alerted the controller. */
  processorAlertAt: Instant.nullable(),
  /** Field 49, Art. 33(1): reasons for a notification later than 72 hours. */
  delayReasons: Text(),
  comments: Text(),
};
export const BreachTimeline = z.object(timelineShape);
export type BreachTimeline = z.infer<typeof BreachTimeline>;

/** 3.2 Nature (fields 55-63). */
const natureShape = {
  natures: UniqueList(BreachNatureSchema, 3),
  confidentialityType: z.enum(CONFIDENTIALITY_TYPES).nullable(),
  unintelligibility: z.enum(UNINTELLIGIBILITY_STATES).nullable(),
  integrityType: z.enum(INTEGRITY_TYPES).nullable(),
  availabilityType: z.enum(AVAILABILITY_TYPES).nullable(),
  incidentTypes: UniqueList(IncidentTypeSchema, 25),
  /** Precision when the incident type is « other ». */
  incidentDetail: Text(1000),
  cause: z.enum(BREACH_CAUSES).nullable(),
  /** Field 63: systems involved and their location. */
  systems: Text(),
};
export const BreachNatureSection = z.object(natureShape);
export type BreachNatureSection = z.infer<typeof BreachNatureSection>;

/** 3.3 Data subjects (fields 65-68). */
const subjectsShape = {
  categories: UniqueList(SubjectCategorySchema, 20),
  description: Text(),
  precision: NumberPrecisionSchema.nullable(),
  count: Count.nullable(),
};
export const BreachSubjects = z.object(subjectsShape);
export type BreachSubjects = z.infer<typeof BreachSubjects>;

/** 3.4 Personal data (fields 70-73). */
const dataShape = {
  types: UniqueList(DataTypeSchema, 30),
  description: Text(),
  precision: NumberPrecisionSchema.nullable(),
  recordCount: Count.nullable(),
};
export const BreachData = z.object(dataShape);
export type BreachData = z.infer<typeof BreachData>;

/** 3.5 Measures in place before the breach (fields 75-76, Art. 32). */
const measuresInPlaceShape = {
  measures: UniqueList(z.enum(MEASURES_IN_PLACE), 20),
  description: Text(),
};
export const BreachMeasuresInPlace = z.object(measuresInPlaceShape);
export type BreachMeasuresInPlace = z.infer<typeof BreachMeasuresInPlace>;

/** 4.1 Likely consequences (fields 79-87, Art. 33(3)(c)). */
const consequencesShape = {
  confidentiality: UniqueList(z.enum(CONFIDENTIALITY_CONSEQUENCES), 10),
  integrity: UniqueList(z.enum(INTEGRITY_CONSEQUENCES), 10),
  availability: UniqueList(z.enum(AVAILABILITY_CONSEQUENCES), 10),
  impacts: UniqueList(z.enum(IMPACT_TYPES), 20),
  severity: z.enum(IMPACT_SEVERITIES).nullable(),
  description: Text(),
};
export const BreachConsequences = z.object(consequencesShape);
export type BreachConsequences = z.infer<typeof BreachConsequences>;

/** 4.3-4.4 Measures taken and planned (fields 92-95, Art. 33(3)(d)); advice printed in the Art. 34 letter. */
const remediationShape = {
  taken: Text(),
  planned: Text(),
  preventive: UniqueList(z.enum(MEASURES_IN_PLACE), 20),
  preventiveDescription: Text(),
  /** What people can do to protect themselves (Art. 34(2) via 33(3)(d): « mitigate its possible adverse effects »). */
  adviceToSubjects: Text(),
};
export const BreachRemediation = z.object(remediationShape);
export type BreachRemediation = z.infer<typeof BreachRemediation>;

/** 6.1 Other authorities (fields 109-111): police or public prosecutor, ANSSI, others. */
const authoritiesShape = {
  police: z.boolean().nullable(),
  anssi: z.boolean().nullable(),
  others: Text(1000),
  details: Text(),
};
export const BreachAuthorities = z.object(authoritiesShape);
export type BreachAuthorities = z.infer<typeof BreachAuthorities>;

/** 6.2-6.3 Cross-border aspects (fields 113-120, Art. 56). */
const crossBorderShape = {
  crossBorder: z.boolean().nullable(),
  leadAuthority: Text(300),
  establishmentCountries: z.array(Country).max(40),
  subjectCountries: z.array(Country).max(40),
  /** Field 117: numbers of people per country, as free text. */
  subjectsPerCountry: Text(2000),
  otherAuthoritiesNotified: Text(2000),
};
export const BreachCrossBorder = z.object(crossBorderShape);
export type BreachCrossBorder = z.infer<typeof BreachCrossBorder>;

/** 2.3.1 Other parties involved (fields 38-41). */
export const BreachParty = z.object({
  name: NonEmpty(200),
  role: z.enum(PARTY_ROLES),
  contact: Text(500),
  /** Art. 33(2): when this processor alerted the controller. */
  alertedAt: Instant.nullable(),
  note: Text(2000),
});
export type BreachParty = z.infer<typeof BreachParty>;

/** 2.3.1 Where more information can be obtained (field 33, Art. 33(3)(b)); empty = the DPO. */
const contactShape = {
  name: Text(200),
  email: Text(200),
  phone: Text(40),
};
export const BreachContact = z.object(contactShape);
export type BreachContact = z.infer<typeof BreachContact>;

/** Everything known about a breach: the Art. 33(5) documentation and the notification content. */
export const BreachFacts = z.object({
  title: NonEmpty(200),
  /** Field 62: what happened. */
  description: Text(20_000),
  timeline: BreachTimeline,
  nature: BreachNatureSection,
  subjects: BreachSubjects,
  data: BreachData,
  measuresInPlace: BreachMeasuresInPlace,
  consequences: BreachConsequences,
  remediation: BreachRemediation,
  authorities: BreachAuthorities,
  crossBorder: BreachCrossBorder,
  parties: z.array(BreachParty).max(30, '30 parties au plus.'),
  contact: BreachContact,
});
export type BreachFacts = z.infer<typeof BreachFacts>;

const patch = <S extends z.ZodRawShape>(shape: S) => z.object(shape).partial().strict();

// ---------------------------------------------------------------------------------------------
// Inputs.
// ---------------------------------------------------------------------------------------------

/** Fast capture (the security officer, in under a minute): a title, the discovery instant, perhaps a line. */
export const BreachCreateInput = z.object({
  title: NonEmpty(200).describe('Intitulé court de l’incident'),
  discoveredAt: Instant.describe('Découverte de l’incident (heure comprise)'),
  description: Text(20_000).default(''),
  natures: UniqueList(BreachNatureSchema, 3).default([]),
  discoverySource: z.enum(DISCOVERY_SOURCES).nullable().default(null),
  discoveredBy: Text(300).default(''),
  /** Processings of the register touched by the breach (Art. 33(3)(a): data and people concerned). */
  processingIds: LinkIds.default([]),
});
export type BreachCreateInput = z.input<typeof BreachCreateInput>;

/** Completion, section by section; a section's absent fields keep their value, lists are replaced. */
export const BreachUpdateInput = z
  .object({
    id: Id,
    title: NonEmpty(200).optional(),
    description: Text(20_000).optional(),
    timeline: patch(timelineShape).optional(),
    nature: patch(natureShape).optional(),
    subjects: patch(subjectsShape).optional(),
    data: patch(dataShape).optional(),
    measuresInPlace: patch(measuresInPlaceShape).optional(),
    consequences: patch(consequencesShape).optional(),
    remediation: patch(remediationShape).optional(),
    authorities: patch(authoritiesShape).optional(),
    crossBorder: patch(crossBorderShape).optional(),
    parties: z.array(BreachParty).max(30, '30 parties au plus.').optional(),
    contact: patch(contactShape).optional(),
    /** Replace the whole list of linked processings. */
    processingIds: LinkIds.optional(),
    /** Replace the whole list of linked processors (Art. 33(2): the processor that alerted us). */
    processorIds: LinkIds.optional(),
  })
  .strict();
export type BreachUpdateInput = z.input<typeof BreachUpdateInput>;

export const BreachIdInput = z.object({ id: Id });
export const BreachConfirmInput = z.object({
  id: Id,
  /** EDPB 9/2022: the instant the controller had a reasonable degree of certainty that personal data were compromised. */
  awareAt: Instant.describe('Prise de connaissance (certitude raisonnable)'),
});
export const BreachReasonInput = z.object({ id: Id, reason: NonEmpty(5000) });
export const BreachAssessInput = z.object({ id: Id, answers: RiskAnswersSchema });
export const BreachDecideInput = z.object({
  id: Id,
  kind: z.enum(BREACH_DECISIONS),
  justification: Text().default(''),
  art34Exemption: z
    .object({ condition: z.enum(ART34_EXEMPTIONS), reason: Text(), publicCommunication: Text().default('') })
    .nullable()
    .default(null),
});
export const BreachNotifyInput = z.object({
  id: Id,
  kind: z.enum(NOTIFICATION_KINDS),
  /** When the notification was submitted on the CNIL téléservice. */
  at: Instant,
  /** Number the CNIL gives on submission. */
  reference: Text(100).default(''),
  /** Art. 33(1); defaults to the reasons recorded in the timeline. */
  delayReasons: Text().optional(),
});
export const BreachCommunicateInput = z.object({
  id: Id,
  at: Instant,
  channel: z.enum(COMMUNICATION_CHANNELS),
  numberInformed: Count.nullable().default(null),
  /** Field 102: all the people concerned were informed. */
  allInformed: z.boolean().default(true),
  /** Field 103: why not all. */
  notAllReason: Text().default(''),
  /** Field 106: what was said (or the letter's reference). */
  content: NonEmpty(20_000),
});
export const BreachNotificationInput = z.object({ id: Id, notificationId: Id });
export const BreachDossierInput = z.object({
  id: Id,
  /** A recorded notification: rendered from its frozen copy. Absent: the draft of the next one. */
  notificationId: Id.optional(),
});
export const BreachLetterInput = z.object({
  id: Id,
  recipient: z.object({ name: Text(200), address: Text(500) }).default({ name: '', address: '' }),
});

export const BREACH_SORTS = ['dueAt', 'discoveredAt', 'reference', 'status', 'updatedAt', 'severity'] as const;
export const BREACH_LIST_FILTERS = ['open', 'clock_running', 'late', 'to_notify', 'all'] as const;
export const BREACH_LIST_FILTER_LABELS: Labels<(typeof BREACH_LIST_FILTERS)[number]> = {
  open: { fr: 'En cours (ni close ni écartée)', en: 'Open (neither closed nor dismissed)' },
  clock_running: { fr: 'Délai de 72 h en cours', en: '72-hour clock running' },
  late: { fr: 'Notification en retard ou faite en retard', en: 'Notification late or made late' },
  to_notify: { fr: 'À notifier (décision prise, notification non faite)', en: 'To notify (decided, not yet notified)' },
  all: { fr: 'Toutes', en: 'All' },
};

export const BreachListInput = z
  .object({
    filter: z.enum(BREACH_LIST_FILTERS).default('all'),
    statuses: z.array(z.enum(BREACH_STATUSES)).max(7).default([]),
    /** ENISA severity bands of the latest assessment (empty: any, assessed or not). */
    severities: z.array(z.enum(SEVERITY_BANDS)).max(4).default([]),
    /** true: at least one notification to the CNIL recorded; false: none; absent: both. */
    notified: z.boolean().optional(),
    /** Europe/Paris calendar days bounding the discovery, both included. */
    discoveredFrom: CalendarDate.optional(),
    discoveredTo: CalendarDate.optional(),
    search: Text(200).optional(),
    /** Only breaches linked to this processing of the register. */
    processingId: Id.optional(),
    /** Only breaches linked to this processor. */
    processorId: Id.optional(),
    sort: z.enum(BREACH_SORTS).default('dueAt'),
    direction: z.enum(['asc', 'desc']).default('asc'),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(50),
  })
  .refine((q) => !q.discoveredFrom || !q.discoveredTo || q.discoveredFrom <= q.discoveredTo, {
    message: 'La date de début doit précéder la date de fin.',
    path: ['discoveredTo'],
  });

export const BreachRegisterInput = z
  .object({ from: CalendarDate, to: CalendarDate, format: z.enum(['xlsx', 'pdf']).default('xlsx') })
  .refine((q) => q.from <= q.to, { message: 'La date de début doit précéder la date de fin.', path: ['to'] });

// ---------------------------------------------------------------------------------------------
// Outputs.
// ---------------------------------------------------------------------------------------------

/** Where the Art. 33(1) clock stands (core/breach-clock `ClockState`). */
export const BreachClock = z.object({
  state: z.enum(CLOCK_STATES),
  awareAt: z.string(),
  dueAt: z.string(),
  dueAtParis: z.string(),
  remainingMs: z.number(),
  lateByMs: z.number(),
  requiresDelayReasons: z.boolean(),
});
export type BreachClock = z.infer<typeof BreachClock>;

export const BreachListRow = z.object({
  id: z.string(),
  reference: z.string(),
  title: z.string(),
  status: z.enum(BREACH_STATUSES),
  discoveredAt: z.string(),
  awareAt: z.string().nullable(),
  /** awareAt + 72 h (UTC), null until awareness is recorded. */
  dueAt: z.string().nullable(),
  clock: BreachClock.nullable(),
  /** ENISA band of the latest risk assessment. */
  severity: z.enum(SEVERITY_BANDS).nullable(),
  recommendation: z.enum(RECOMMENDATIONS).nullable(),
  decision: z.enum(BREACH_DECISIONS).nullable(),
  notified: z.boolean(),
  notifiedAt: z.string().nullable(),
  notificationCount: z.number(),
  subjectsInformedAt: z.string().nullable(),
  natures: z.array(BreachNatureSchema),
  specialCategories: z.boolean(),
  subjectCount: z.number().nullable(),
  updatedAt: z.string(),
});
export type BreachListRow = z.infer<typeof BreachListRow>;

export const BreachListOutput = z.object({
  rows: z.array(BreachListRow),
  total: z.number(),
  /** The instant the clocks were computed at: a UI counts down from it. */
  now: z.string(),
});

export const RiskResult = z.object({
  enisa: z.object({ dpcBase: z.number(), dpc: z.number(), ei: z.number(), cb: z.number(), se: z.number(), band: z.enum(SEVERITY_BANDS) }),
  effective: z.object({ confidentiality: z.boolean(), integrity: z.boolean(), availability: z.boolean() }),
  recommendation: z.enum(RECOMMENDATIONS),
  reasons: z.array(z.string()),
});
export type RiskResult = z.infer<typeof RiskResult>;

export const BreachAssessment = z.object({
  id: z.string(),
  at: z.string(),
  by: z.string(),
  answers: RiskAnswersSchema,
  result: RiskResult,
});
export type BreachAssessment = z.infer<typeof BreachAssessment>;

export const BreachDecisionView = z.object({
  kind: z.enum(BREACH_DECISIONS),
  decidedAt: z.string(),
  recommendation: z.enum(RECOMMENDATIONS).nullable(),
  justification: z.string().nullable(),
  art34Exemption: z.object({ condition: z.enum(ART34_EXEMPTIONS), reason: z.string(), publicCommunication: z.string().nullable() }).nullable(),
});

export const BreachNotificationView = z.object({
  id: z.string(),
  sequence: z.number(),
  kind: z.enum(NOTIFICATION_KINDS),
  at: z.string(),
  reference: z.string().nullable(),
  delayReasons: z.string().nullable(),
  /** Made more than 72 h after awareness (Art. 33(1)). */
  late: z.boolean(),
  snapshotSha256: z.string(),
  recordedAt: z.string(),
  recordedBy: z.string(),
});
export type BreachNotificationView = z.infer<typeof BreachNotificationView>;

export const BreachCommunicationView = z.object({
  id: z.string(),
  at: z.string(),
  channel: z.enum(COMMUNICATION_CHANNELS),
  numberInformed: z.number().nullable(),
  allInformed: z.boolean(),
  notAllReason: z.string(),
  content: z.string(),
  recordedAt: z.string(),
  recordedBy: z.string(),
});
export type BreachCommunicationView = z.infer<typeof BreachCommunicationView>;

/** One answer the next notification still lacks: its template section, and what to fill in. */
export const MissingItem = z.object({ section: z.string(), message: z.string() });
export type MissingItem = z.infer<typeof MissingItem>;

export const BREACH_ACTIONS = ['update', 'startAssessment', 'confirm', 'dismiss', 'reopen', 'assess', 'decide', 'notify', 'communicate', 'close'] as const;
export type BreachActionName = (typeof BREACH_ACTIONS)[number];

export const BreachWorkflowView = z.object({
  reportedAt: z.string(),
  awareAt: z.string().nullable(),
  dueAt: z.string().nullable(),
  dismissal: z.object({ at: z.string(), reason: z.string() }).nullable(),
  reopenings: z.array(z.object({ at: z.string(), reason: z.string() })),
  decision: BreachDecisionView.nullable(),
  subjectsInformedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
});

export const BreachDetail = z.object({
  id: z.string(),
  reference: z.string(),
  status: z.enum(BREACH_STATUSES),
  facts: BreachFacts,
  /** Processings of the register concerned, ordered by reference. */
  processings: z.array(LinkedProcessing),
  /** Processors involved, ordered by reference. */
  processors: z.array(LinkedProcessor),
  /** Art. 9 data and the NIR flagged; vulnerable people among the subjects. */
  flags: z.object({ specialCategories: z.boolean(), nir: z.boolean(), vulnerableSubjects: z.boolean() }),
  workflow: BreachWorkflowView,
  clock: BreachClock.nullable(),
  assessments: z.array(BreachAssessment),
  /** Pre-filled answers for a new assessment, from the facts already recorded. */
  suggestedAnswers: RiskAnswersSchema.partial(),
  notifications: z.array(BreachNotificationView),
  communications: z.array(BreachCommunicationView),
  /** Field 97, derived from the decision and the communications. */
  communicationStatus: z.enum(COMMUNICATION_STATUSES),
  /** What the next notification to the CNIL still lacks (Art. 33(3)). */
  missing: z.array(MissingItem),
  /** Which methods the workflow allows now (the caller's role is checked separately by the contract). */
  allowedActions: z.array(z.enum(BREACH_ACTIONS)),
  history: z.array(z.object({ seq: z.number(), at: z.string(), actor: z.string(), action: z.string() })),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
});
export type BreachDetail = z.infer<typeof BreachDetail>;

/**
 * What a notification to the CNIL contained, in the order of the notification form: built from the
 * breach when the DPO records the notification, stored frozen with its SHA-256, and rendered again as
 * the dossier PDF of that notification. Also the shape of the draft dossier.
 */
export const NotificationContent = z.object({
  schemaVersion: z.literal(1),
  draft: z.boolean(),
  notification: z.object({
    kind: z.enum(NOTIFICATION_KINDS),
    sequence: z.number(),
    at: z.string(),
    reference: z.string().nullable(),
    /** The CNIL reference of the initial notification (field 6), for a complementary one. */
    initialReference: z.string().nullable(),
    delayReasons: z.string().nullable(),
    late: z.boolean(),
  }),
  organisation: z.object({
    name: z.string(),
    siren: z.string(),
    address: z.object({ street: z.string(), postalCode: z.string(), city: z.string(), country: z.string() }),
    dpoName: z.string(),
    dpoEmail: z.string(),
    dpoPhone: z.string(),
  }),
  breach: z.object({ id: z.string(), reference: z.string(), status: z.enum(BREACH_STATUSES), facts: BreachFacts }),
  flags: z.object({ specialCategories: z.boolean(), nir: z.boolean(), vulnerableSubjects: z.boolean() }),
  awareAt: z.string().nullable(),
  dueAt: z.string().nullable(),
  assessment: BreachAssessment.nullable(),
  decision: BreachDecisionView.nullable(),
  communicationStatus: z.enum(COMMUNICATION_STATUSES),
  communications: z.array(BreachCommunicationView),
  missing: z.array(MissingItem),
  preparedAt: z.string(),
  preparedBy: z.string(),
});
export type NotificationContent = z.infer<typeof NotificationContent>;

export const BreachNotificationOutput = z.object({
  notification: BreachNotificationView,
  content: NotificationContent,
  /** The stored SHA-256 matches the stored copy (canonical JSON). */
  verified: z.boolean(),
});
