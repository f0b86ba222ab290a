/**
 * Data-subject rights requests (GDPR Art. 12, 15-22; loi 78-17 art. 85): what a shell sends and what
 * it gets back. Types, states, outcomes and deadline profiles come from core/ (single source of truth).
 */
import { z } from 'zod';
import { DEADLINE_PROFILES } from '../../core/request-deadline';
import { REQUEST_OUTCOMES, REQUEST_STATES, REQUEST_TYPES } from '../../core/request-workflow';
import { CalendarDate, Email, Id, Instant, NonEmpty, OptionalText } from './common';
import { LinkedProcessing, LinkIds } from './links';

export { DEADLINE_PROFILE_INFO, DEADLINE_PROFILES } from '../../core/request-deadline';
export type { DeadlineProfile } from '../../core/request-deadline';
export type { RequestOutcome, RequestState, RequestType } from '../../core/request-workflow';
export { REQUEST_OUTCOME_LABELS, REQUEST_OUTCOMES, REQUEST_STATE_LABELS, REQUEST_STATES, REQUEST_TYPE_INFO, REQUEST_TYPES } from '../../core/request-workflow';

/** How a request reached the organisation, or how the answer left it. */
export const REQUEST_CHANNELS = ['letter', 'email', 'phone', 'counter', 'web_form', 'member_portal', 'other'] as const;
export type RequestChannel = (typeof REQUEST_CHANNELS)[number];
export const REQUEST_CHANNEL_LABELS: Record<RequestChannel, { fr: string; en: string }> = {
  letter: { fr: 'Courrier postal', en: 'Letter' },
  email: { fr: 'Courriel', en: 'E-mail' },
  phone: { fr: 'Téléphone', en: 'Phone' },
  counter: { fr: 'Accueil (en agence)', en: 'Counter' },
  web_form: { fr: 'Formulaire web', en: 'Web form' },
  member_portal: { fr: 'Espace adhérent', en: 'Member portal' },
  other: { fr: 'Autre canal', en: 'Other channel' },
};

/** Who the applicant is for the data subject (Art. 12(6) identity; loi 78-17 art. 85 for the deceased). */
export const REPRESENTATION_LINKS = ['self', 'legal_representative', 'mandate', 'heir', 'designated_person', 'other'] as const;
export type RepresentationLink = (typeof REPRESENTATION_LINKS)[number];
export const REPRESENTATION_LINK_LABELS: Record<RepresentationLink, { fr: string; en: string }> = {
  self: { fr: 'La personne concernée elle-même', en: 'The data subject' },
  legal_representative: { fr: 'Représentant légal (parent, tuteur)', en: 'Legal representative' },
  mandate: { fr: 'Mandataire (procuration écrite)', en: 'Authorised agent' },
  heir: { fr: 'Héritier (loi 78-17, art. 85 II)', en: 'Heir (loi 78-17 art. 85 II)' },
  designated_person: { fr: 'Personne désignée par des directives (loi 78-17, art. 85 I)', en: 'Person designated by directives' },
  other: { fr: 'Autre lien', en: 'Other link' },
};

/** Loi 78-17 art. 85: directives left by the deceased, and what heirs may ask absent directives. */
export const POST_MORTEM_DIRECTIVES = ['none', 'general', 'particular', 'unknown'] as const;
export const POST_MORTEM_DIRECTIVE_LABELS: Record<(typeof POST_MORTEM_DIRECTIVES)[number], string> = {
  none: 'Aucune directive',
  general: 'Directives générales (tiers de confiance)',
  particular: 'Directives particulières enregistrées auprès de l’organisme',
  unknown: 'Existence de directives non vérifiée',
};
export const POST_MORTEM_PURPOSES = ['register_directives', 'execute_directives', 'succession', 'death_taken_into_account'] as const;
export type PostMortemPurpose = (typeof POST_MORTEM_PURPOSES)[number];
export const POST_MORTEM_PURPOSE_LABELS: Record<PostMortemPurpose, string> = {
  register_directives: 'Enregistrer, modifier ou révoquer des directives particulières (art. 85 I)',
  execute_directives: 'Exécuter les directives du défunt (art. 85 I)',
  succession: 'Organisation et règlement de la succession (art. 85 II 1°)',
  death_taken_into_account: 'Prise en compte du décès : clôture, opposition, mise à jour (art. 85 II 2°)',
};

/** Art. 19: a recipient may be left uninformed only if informing it is impossible or disproportionate. */
export const RECIPIENT_EXEMPTIONS = ['impossible', 'disproportionate'] as const;

export const LETTER_KINDS = ['acknowledgement', 'identity_request', 'extension_notice', 'answer_cover', 'refusal'] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];
export const LETTER_KIND_LABELS: Record<LetterKind, { fr: string; en: string }> = {
  acknowledgement: { fr: 'Accusé de réception', en: 'Acknowledgement of receipt' },
  identity_request: { fr: "Demande de justificatif d'identité", en: 'Identity verification request' },
  extension_notice: { fr: 'Notification de prolongation', en: 'Extension notice' },
  answer_cover: { fr: 'Lettre de réponse', en: 'Answer cover letter' },
  refusal: { fr: 'Lettre de refus motivé', en: 'Refusal letter' },
};

export const REQUEST_ACTION_TYPES = [
  'start', 'request_identity', 'receive_identity', 'request_clarification', 'receive_clarification', 'extend', 'answer', 'close',
] as const;
export type RequestActionType = (typeof REQUEST_ACTION_TYPES)[number];
export const REQUEST_ACTION_LABELS: Record<RequestActionType | 'create' | 'update', { fr: string; en: string }> = {
  create: { fr: 'Demande enregistrée', en: 'Request recorded' },
  update: { fr: 'Dossier modifié', en: 'File updated' },
  start: { fr: 'Mise en traitement', en: 'Processing started' },
  request_identity: { fr: "Justificatif d'identité demandé", en: 'Proof of identity requested' },
  receive_identity: { fr: "Justificatif d'identité reçu", en: 'Proof of identity received' },
  request_clarification: { fr: 'Précision demandée', en: 'Clarification requested' },
  receive_clarification: { fr: 'Précision reçue', en: 'Clarification received' },
  extend: { fr: 'Prolongation notifiée (art. 12(3))', en: 'Extension notified (Art. 12(3))' },
  answer: { fr: 'Réponse envoyée', en: 'Answer sent' },
  close: { fr: 'Demande close', en: 'Request closed' },
};

const optionalEmail = z.union([z.literal(''), Email]).default('');

export const RequestPerson = z.object({
  name: NonEmpty(200),
  email: optionalEmail,
  phone: OptionalText(40),
  postalAddress: OptionalText(500),
  /** Member or policy number: how the organisation finds the person's data. */
  memberNumber: OptionalText(60),
});
export type RequestPerson = z.infer<typeof RequestPerson>;

export const Representation = z.object({
  link: z.enum(REPRESENTATION_LINKS).default('self'),
  /** The proof of the link: mandate, act of notoriety, judgment of guardianship… (what it is, not a copy). */
  proof: OptionalText(1000),
  proofReceivedAt: Instant.nullable().default(null),
});
export type Representation = z.infer<typeof Representation>;

export const PostMortemInfo = z.object({
  deathDate: CalendarDate.nullable().default(null),
  directives: z.enum(POST_MORTEM_DIRECTIVES).default('unknown'),
  purpose: z.enum(POST_MORTEM_PURPOSES).nullable().default(null),
});
export type PostMortemInfo = z.infer<typeof PostMortemInfo>;

export const Recipient = z.object({
  name: NonEmpty(200),
  /** When the recipient was told of the rectification, erasure or restriction (Art. 19). */
  informedAt: Instant.nullable().default(null),
  exemption: z.enum(RECIPIENT_EXEMPTIONS).nullable().default(null),
  note: OptionalText(1000),
});
export type Recipient = z.infer<typeof Recipient>;

/** Fields a DPO types when recording a request (shared by create, update and batch import). */
const requestFields = {
  type: z.enum(REQUEST_TYPES),
  receivedAt: Instant.describe('Réception par un canal officiel (heure comprise)'),
  channel: z.enum(REQUEST_CHANNELS),
  channelDetail: OptionalText(300),
  applicant: RequestPerson,
  /** Null: the applicant is the data subject. */
  subject: RequestPerson.nullable().default(null),
  representation: Representation.default({ link: 'self', proof: '', proofReceivedAt: null }),
  postMortem: PostMortemInfo.nullable().default(null),
  profile: z.enum(DEADLINE_PROFILES).default('gdpr'),
  /** What the person asks, in their words or summarised. */
  summary: OptionalText(5000),
  /** « Autres traitements (hors registre) »: processings concerned that are not (yet) in the register, as free text. */
  processings: z.array(NonEmpty(300)).max(50, '50 traitements au plus.').default([]),
  /** Processings of the register concerned (Art. 15(1)(a)-(c): purposes, categories, recipients). */
  processingIds: LinkIds.default([]),
  recipients: z.array(Recipient).max(100, '100 destinataires au plus.').default([]),
  notes: OptionalText(5000),
};

/** Applicant and data subject must tell one consistent story (Art. 12(6): who is asking for whom). */
export function representationIssues(subject: RequestPerson | null, link: RepresentationLink): { path: string[]; message: string }[] {
  if (subject && link === 'self') {
    return [{ path: ['representation', 'link'], message: 'Le demandeur agit pour une autre personne : indiquez son lien avec la personne concernée.' }];
  }
  if (subject === null && link !== 'self') {
    return [{ path: ['subject'], message: 'Le demandeur agit pour le compte d’une autre personne : indiquez la personne concernée.' }];
  }
  return [];
}

function checkRepresentation(value: { subject: RequestPerson | null; representation: Representation }, ctx: z.RefinementCtx): void {
  for (const issue of representationIssues(value.subject, value.representation.link)) ctx.addIssue({ code: 'custom', ...issue });
}

export const RequestCreateInput = z.object(requestFields).superRefine(checkRepresentation);
export type RequestCreateInput = z.input<typeof RequestCreateInput>;

/** Every field optional: what is given replaces the stored value (lists are replaced as a whole). */
export const RequestUpdateInput = z
  .object({
    id: Id,
    type: z.enum(REQUEST_TYPES).optional(),
    receivedAt: Instant.optional(),
    channel: z.enum(REQUEST_CHANNELS).optional(),
    channelDetail: z.string().trim().max(300).optional(),
    applicant: RequestPerson.optional(),
    subject: RequestPerson.nullable().optional(),
    representation: Representation.optional(),
    postMortem: PostMortemInfo.nullable().optional(),
    profile: z.enum(DEADLINE_PROFILES).optional(),
    summary: z.string().trim().max(5000).optional(),
    processings: z.array(NonEmpty(300)).max(50, '50 traitements au plus.').optional(),
    /** Replace the whole list of linked processings of the register. */
    processingIds: LinkIds.optional(),
    recipients: z.array(Recipient).max(100, '100 destinataires au plus.').optional(),
    notes: z.string().trim().max(5000).optional(),
  })
  .strict();
export type RequestUpdateInput = z.input<typeof RequestUpdateInput>;

/** Art. 12(4): what the person is told when the request is not (fully) acted on. */
export const RefusalInput = z.object({
  reasons: OptionalText(5000),
  complaintToCnilMentioned: z.boolean().default(false),
  judicialRemedyMentioned: z.boolean().default(false),
  /** Defaults to the day of the answer. */
  informedOn: CalendarDate.optional(),
});

const at = Instant.optional().describe('Par défaut : maintenant');
const note = OptionalText(2000);

export const RequestAction = z.discriminatedUnion('type', [
  z.object({ type: z.literal('start'), at, note }),
  z.object({
    type: z.literal('request_identity'),
    at,
    /** Art. 12(6) and EDPB 01/2022: ask only what is necessary to confirm the identity. */
    documentsRequested: NonEmpty(1000),
    note,
  }),
  z.object({ type: z.literal('receive_identity'), at, note }),
  z.object({ type: z.literal('request_clarification'), at, question: NonEmpty(2000), note }),
  z.object({ type: z.literal('receive_clarification'), at, answer: OptionalText(2000), note }),
  z.object({ type: z.literal('extend'), at, reasons: OptionalText(2000), note }),
  z.object({
    type: z.literal('answer'),
    at,
    outcome: z.enum(REQUEST_OUTCOMES),
    channel: z.enum(REQUEST_CHANNELS),
    /** What was done or sent (copy of data, rectification carried out…). */
    summary: OptionalText(5000),
    refusal: RefusalInput.nullable().default(null),
    /** Art. 12(5): why the request is manifestly unfounded or excessive. */
    justification: OptionalText(5000),
    note,
  }),
  z.object({ type: z.literal('close'), at, note }),
]);
export type RequestAction = z.infer<typeof RequestAction>;

export const RequestActInput = z.object({ id: Id, action: RequestAction });

export const RequestGetInput = z.object({ id: Id });

export const REQUEST_SORTS = ['dueDate', 'receivedAt', 'reference', 'state', 'type', 'applicantName', 'updatedAt'] as const;
export type RequestSort = (typeof REQUEST_SORTS)[number];

export const RequestListInput = z
  .object({
    states: z.array(z.enum(REQUEST_STATES)).max(REQUEST_STATES.length).default([]),
    types: z.array(z.enum(REQUEST_TYPES)).max(REQUEST_TYPES.length).default([]),
    /** Period on the day of receipt (Europe/Paris), both days included. */
    receivedFrom: CalendarDate.optional(),
    receivedTo: CalendarDate.optional(),
    /** true: still awaiting an answer; false: answered, refused or closed. */
    pending: z.boolean().optional(),
    /** true: awaiting an answer and past the due date in force. */
    overdue: z.boolean().optional(),
    /** Awaiting an answer and due between today and today + N days. */
    dueWithinDays: z.number().int().min(0).max(366).optional(),
    /** Reference, applicant or data subject name (accents and case ignored). */
    search: z.string().trim().max(100).optional(),
    /** Only requests linked to this processing of the register. */
    processingId: Id.optional(),
    sort: z.enum(REQUEST_SORTS).default('dueDate'),
    direction: z.enum(['asc', 'desc']).default('asc'),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(50),
  })
  .refine((v) => !v.receivedFrom || !v.receivedTo || v.receivedFrom <= v.receivedTo, {
    path: ['receivedTo'],
    message: 'La fin de la période précède son début : inversez les dates.',
  });
export type RequestListInput = z.input<typeof RequestListInput>;

export const RequestDueSoonInput = z.object({
  days: z.number().int().min(0).max(90).default(7),
  /** Rows returned per list (the totals count everything). */
  limit: z.number().int().min(1).max(500).default(100),
});

export const RegisterInput = z
  .object({ from: CalendarDate, to: CalendarDate, format: z.enum(['xlsx', 'pdf']).default('xlsx') })
  .refine((v) => v.from <= v.to, { path: ['to'], message: 'La fin de la période précède son début : inversez les dates.' });

export const CalendarInput = z.object({
  /** Reminder this many days before each deadline (0: none). */
  alarmDays: z.number().int().min(0).max(30).default(7),
});

export const LetterInput = z.object({
  id: Id,
  kind: z.enum(LETTER_KINDS),
  /** Date printed on the letter; defaults to the date of the fact the letter reports. */
  date: CalendarDate.optional(),
});

export const RequestImportItem = z
  .object({
    ...requestFields,
    /** Steps already taken, replayed in order through the same rules as `request.act`. */
    actions: z.array(RequestAction).max(20).default([]),
  })
  .superRefine(checkRepresentation);

export const RequestImportBatchInput = z.object({
  requests: z.array(RequestImportItem).min(1, 'Le lot est vide.').max(5000, '5 000 demandes au plus par lot : découpez le fichier.'),
});

// ——— Outputs ———

const Label = z.object({ fr: z.string(), en: z.string() });

export const NextStep = z.object({
  fr: z.string(),
  due: z.string(),
  dueAt: z.string(),
  article: z.string(),
  late: z.boolean(),
});

/** One line of a list: everything a table or a dashboard card shows, computed at `today`. */
export const RequestRow = z.object({
  id: z.string(),
  reference: z.string(),
  type: z.enum(REQUEST_TYPES),
  typeLabel: Label,
  state: z.enum(REQUEST_STATES),
  stateLabel: Label,
  profile: z.enum(DEADLINE_PROFILES),
  channel: z.enum(REQUEST_CHANNELS),
  receivedAt: z.string(),
  receivedDate: z.string(),
  applicantName: z.string(),
  subjectName: z.string().nullable(),
  /** Strict due date (never paused). */
  dueDate: z.string(),
  extendedDueDate: z.string().nullable(),
  /** The due date in force: the extended one once an extension is recorded. */
  effectiveDueDate: z.string(),
  /** Awaiting an answer (not answered, refused or closed). */
  pending: z.boolean(),
  /** Calendar days from today to the due date in force; negative once passed; null once answered. */
  daysLeft: z.number().int().nullable(),
  overdue: z.boolean(),
  /** Days late: of the answer once answered, of today while overdue; 0 when on time. */
  lateDays: z.number().int(),
  answeredAt: z.string().nullable(),
  outcome: z.enum(REQUEST_OUTCOMES).nullable(),
  outcomeLabel: Label.nullable(),
  nextStep: NextStep.nullable(),
  updatedAt: z.string(),
});
export type RequestRow = z.infer<typeof RequestRow>;

export const RequestListOutput = z.object({
  rows: z.array(RequestRow),
  total: z.number().int(),
  offset: z.number().int(),
  limit: z.number().int(),
  /** The Europe/Paris day the rows were computed for. */
  today: z.string(),
});

export const RequestDueSoonOutput = z.object({
  today: z.string(),
  days: z.number().int(),
  dueSoon: z.object({ total: z.number().int(), rows: z.array(RequestRow) }),
  overdue: z.object({ total: z.number().int(), rows: z.array(RequestRow) }),
});

const PeriodOut = z.object({
  from: z.string(),
  nominal: z.string(),
  due: z.string(),
  dueAt: z.string(),
  rolledOver: z.boolean(),
  steps: z.array(z.object({ rule: z.string(), date: z.string(), text: z.string() })),
});

export const RequestDeadlinesOut = z.object({
  profileLabel: z.string(),
  source: z.string(),
  /** Art. 12(3) applies by law (Arts. 15-22); otherwise the deadline is a service level. */
  art12Applies: z.boolean(),
  receivedDate: z.string(),
  strict: PeriodOut,
  extension: z
    .object({
      noticeDue: z.string(),
      noticeDueAt: z.string(),
      extended: PeriodOut,
      alternatives: z.array(z.object({ reading: z.string(), fr: z.string(), due: z.string(), dueAt: z.string() })),
      warnAt: z.string(),
    })
    .nullable(),
  pauseAdjusted: z
    .object({ due: z.string(), dueAt: z.string(), pausedDays: z.number().int(), ongoing: z.boolean(), informationOnly: z.literal(true), fr: z.string() })
    .nullable(),
  healthReflectionEndsAt: z.string().nullable(),
  /** Only when the organisation has sites in Alsace-Moselle: the dates with the local holidays, for information. */
  alsaceMoselle: z.object({ due: z.string(), extendedDue: z.string().nullable(), fr: z.string() }).nullable(),
});

export const HistoryEntry = z.object({
  at: z.string(),
  action: z.string(),
  label: z.string(),
  actor: z.string(),
  detail: z.string(),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

export const Clarification = z.object({
  requestedAt: z.string(),
  question: z.string(),
  receivedAt: z.string().nullable(),
  answer: z.string(),
});
export type Clarification = z.infer<typeof Clarification>;

export const StoredRefusal = z.object({
  reasons: z.string(),
  complaintToCnilMentioned: z.boolean(),
  judicialRemedyMentioned: z.boolean(),
  informedOn: z.string(),
});

export const RequestResponseOut = z.object({
  at: z.string(),
  outcome: z.enum(REQUEST_OUTCOMES),
  outcomeLabel: Label,
  channel: z.enum(REQUEST_CHANNELS),
  summary: z.string(),
  refusal: StoredRefusal.nullable(),
  justification: z.string(),
  lateDays: z.number().int(),
});

export const RequestDetail = RequestRow.extend({
  channelDetail: z.string(),
  applicant: RequestPerson,
  subject: RequestPerson.nullable(),
  representation: Representation,
  postMortem: PostMortemInfo.nullable(),
  summary: z.string(),
  /** « Autres traitements (hors registre) » (free text). */
  processings: z.array(z.string()),
  /** Processings of the register concerned, ordered by reference. */
  linkedProcessings: z.array(LinkedProcessing),
  recipients: z.array(Recipient),
  notes: z.string(),
  identity: z.object({ requestedAt: z.string().nullable(), documentsRequested: z.string(), receivedAt: z.string().nullable() }),
  clarifications: z.array(Clarification),
  extension: z.object({ recordedAt: z.string(), reasons: z.string() }).nullable(),
  response: RequestResponseOut.nullable(),
  closedAt: z.string().nullable(),
  deadlines: RequestDeadlinesOut,
  /** Actions the workflow allows now (a UI shows these buttons only). */
  allowedActions: z.array(z.enum(REQUEST_ACTION_TYPES)),
  /** Letters that can be printed now. */
  availableLetters: z.array(z.enum(LETTER_KINDS)),
  /** What the file still lacks or what deserves a second look, in French. */
  warnings: z.array(z.string()),
  history: z.array(HistoryEntry),
  createdAt: z.string(),
});
export type RequestDetail = z.infer<typeof RequestDetail>;

export const RequestImportBatchOutput = z.object({
  count: z.number().int(),
  ids: z.array(z.string()),
  references: z.array(z.string()),
});
