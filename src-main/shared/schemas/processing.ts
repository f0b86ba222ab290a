/**
 * The register of processing activities (GDPR Art. 30(1) and 30(2)) laid out like the CNIL « fiche de
 * registre » (REGULATORY.md §5), with the DPIA screening (Art. 35, WP248, CNIL délibération 2018-327).
 * Vocabularies come from core/ropa-vocabulary.ts and core/dpia-screening.ts.
 */
import { z } from 'zod';
import { DpiaScreeningAnswers } from '../../core/dpia-screening';
import {
  Art9ConditionId,
  DATA_CATEGORIES,
  DataCategoryId,
  FinalFateId,
  LegalBasisId,
  ProcessingRoleId,
  RecipientTypeId,
  SecurityMeasureTypeId,
  SENSITIVE_CATEGORIES,
  SensitiveCategoryId,
} from '../../core/ropa-vocabulary';
import { CalendarDate, Id, NonEmpty, OptionalText } from './common';
import { LinkedBreach, LinkedRequest } from './links';
import { TransferView } from './processor';

const OptionalDate = CalendarDate.nullable().default(null);

/** Every data category of the CNIL fiche: ordinary ones, then sensitive ones (Art. 9, Art. 10, NIR). */
export const AnyDataCategoryId = z.union([DataCategoryId, SensitiveCategoryId]);
export type AnyDataCategoryId = z.infer<typeof AnyDataCategoryId>;
export const ALL_DATA_CATEGORY_IDS: readonly AnyDataCategoryId[] = [...DATA_CATEGORIES.map((c) => c.id), ...SENSITIVE_CATEGORIES.map((c) => c.id)];

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];

/** CNIL « Acteurs » columns: Nom, Adresse, CP, Ville, Pays, Téléphone, Adresse de messagerie. */
export const ActorContact = z.object({
  name: NonEmpty(200),
  address: OptionalText(300),
  postalCode: OptionalText(20),
  city: OptionalText(100),
  country: OptionalText(100),
  phone: OptionalText(40),
  email: OptionalText(200),
});
export type ActorContact = z.output<typeof ActorContact>;

export const Purpose = z.object({
  label: NonEmpty(1000),
  /** Art. 6(1): one or several legal bases for this purpose. */
  legalBases: z.array(LegalBasisId).max(6).default([]).transform(unique),
  justification: OptionalText(2000),
});

export const DataCategoryEntry = z.object({
  category: AnyDataCategoryId,
  description: OptionalText(2000),
  /** Art. 30(1)(f): retention period in words (« 5 ans après la fin du contrat »). */
  retention: OptionalText(500),
  /** What happens at the end of the retention period (Art. 5(1)(e)). */
  finalFate: FinalFateId.nullable().default(null),
});

export const ProcessingInput = z
  .object({
    /** CNIL « N° / REF »; empty → generated (TRT-2026-0001). Unique in the register. */
    reference: z.string().trim().max(40, 'La référence dépasse 40 caractères.').default(''),
    name: NonEmpty(200),
    role: ProcessingRoleId.default('controller'),
    description: OptionalText(5000),
    /** Art. 26 joint controllers. */
    jointControllers: z.array(ActorContact).max(20).default([]),
    /** Art. 30(2)(a)-(b): controllers on whose behalf we act as processor, with the categories of processing for each. */
    controllersServed: z.array(ActorContact.extend({ categoriesOfProcessing: OptionalText(2000) })).max(200).default([]),
    /** First = « Finalité principale », then « Sous-finalité 1..n » (CNIL fiche). */
    purposes: z.array(Purpose).max(20).default([]),
    /** Art. 9(2) condition(s) when special categories are processed. */
    art9Conditions: z.array(Art9ConditionId).max(10).default([]).transform(unique),
    dataCategories: z.array(DataCategoryEntry).max(ALL_DATA_CATEGORY_IDS.length).default([]),
    subjectCategories: z.array(z.object({ label: NonEmpty(200), details: OptionalText(1000) })).max(50).default([]),
    /** Estimated number of people concerned (« environ 250 000 adhérents »). */
    subjectVolume: OptionalText(200),
    /** Where the data come from (the person, employer, health professionals, Assurance maladie…). */
    dataOrigin: OptionalText(1000),
    recipients: z.array(z.object({ type: RecipientTypeId, details: OptionalText(1000) })).max(50).default([]),
    securityMeasures: z.array(z.object({ type: SecurityMeasureTypeId, details: OptionalText(2000) })).max(50).default([]),
    /** Processors used for this processing: its transfers are derived from them (Art. 30(1)(e)). */
    processorIds: z.array(Id).max(200).default([]).transform(unique),
    reviewDate: OptionalDate,
  })
  .superRefine((p, ctx) => {
    const seen = new Set<string>();
    p.dataCategories.forEach((c, i) => {
      if (seen.has(c.category)) {
        ctx.addIssue({ code: 'custom', path: ['dataCategories', i, 'category'], message: 'Cette catégorie de données figure deux fois : regroupez ses descriptions sur une seule ligne.' });
      }
      seen.add(c.category);
    });
    if (p.role !== 'joint_controller' && p.jointControllers.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['jointControllers'], message: 'Des responsables conjoints sont indiqués : choisissez le rôle « Responsable conjoint » (art. 26) ou retirez-les.' });
    }
    if (p.role !== 'processor' && p.controllersServed.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['controllersServed'], message: 'Des responsables pour le compte desquels nous agissons sont indiqués : choisissez le rôle « Sous-traitant » (art. 30(2)) ou retirez-les.' });
    }
  });
export type ProcessingInput = z.input<typeof ProcessingInput>;
export type ProcessingRecord = z.output<typeof ProcessingInput>;

export const ProcessingUpdateInput = z.object({ id: Id, processing: ProcessingInput });
export const ProcessingIdInput = z.object({ id: Id });

export const PROCESSING_STATUSES = ['draft', 'validated'] as const;
export type ProcessingStatus = (typeof PROCESSING_STATUSES)[number];
export const ProcessingStatusInput = z.object({ id: Id, status: z.enum(PROCESSING_STATUSES) });

// ——— DPIA (Art. 35) ———

export const DPIA_STATUSES = ['none', 'planned', 'in_progress', 'done'] as const;
export type DpiaStatus = (typeof DPIA_STATUSES)[number];
export const DPIA_OUTCOMES = ['required', 'recommended', 'not_required'] as const;

export const DpiaFollowUp = z
  .object({
    status: z.enum(DPIA_STATUSES).default('none'),
    plannedFor: OptionalDate,
    doneOn: OptionalDate,
    /** Art. 35(11): reviewed at least when the risk changes. */
    nextReview: OptionalDate,
    /** Where the DPIA document is (PIA tool export, shared drive, reference…). */
    documentLink: OptionalText(1000),
    notes: OptionalText(5000),
  })
  .refine((d) => d.status !== 'done' || d.doneOn !== null, { path: ['doneOn'], message: "AIPD réalisée : indiquez la date à laquelle elle a été achevée." })
  .refine((d) => d.status !== 'planned' || d.plannedFor !== null, { path: ['plannedFor'], message: 'AIPD planifiée : indiquez la date prévue.' });
export type DpiaFollowUp = z.output<typeof DpiaFollowUp>;
export const EMPTY_DPIA: DpiaFollowUp = { status: 'none', plannedFor: null, doneOn: null, nextReview: null, documentLink: '', notes: '' };

export const DpiaUpdateInput = z.object({ id: Id, dpia: DpiaFollowUp });
export const DpiaScreenInput = z.object({
  id: Id,
  answers: DpiaScreeningAnswers.prefault({}),
  /** Why, in the DPO's words (required reading when a recommended DPIA is not carried out). */
  comment: OptionalText(5000),
});

export const DpiaScreening = z.object({
  id: z.string(),
  processingId: z.string(),
  screenedAt: z.string(),
  screenedBy: z.string(),
  answers: DpiaScreeningAnswers,
  outcome: z.enum(DPIA_OUTCOMES),
  reasons: z.array(z.object({ source: z.enum(['art35_3', 'cnil', 'wp248']), id: z.string(), fr: z.string(), citationFr: z.string() })),
  wp248Count: z.number().int(),
  summaryFr: z.string(),
  comment: z.string(),
});
export type DpiaScreening = z.infer<typeof DpiaScreening>;

// ——— Outputs ———

const ActorOut = z.object({
  name: z.string(),
  address: z.string(),
  postalCode: z.string(),
  city: z.string(),
  country: z.string(),
  phone: z.string(),
  email: z.string(),
});

export const Completeness = z.object({
  record: z.enum(['art30_1', 'art30_2']),
  percent: z.number().int(),
  complete: z.boolean(),
  missing: z.array(z.object({ id: z.string(), article: z.string(), messageFr: z.string() })),
});

export const ProcessingDetail = z.object({
  id: z.string(),
  reference: z.string(),
  name: z.string(),
  role: ProcessingRoleId,
  status: z.enum(PROCESSING_STATUSES),
  description: z.string(),
  jointControllers: z.array(ActorOut),
  controllersServed: z.array(ActorOut.extend({ categoriesOfProcessing: z.string() })),
  purposes: z.array(z.object({ label: z.string(), legalBases: z.array(LegalBasisId), justification: z.string() })),
  art9Conditions: z.array(Art9ConditionId),
  dataCategories: z.array(
    z.object({
      category: AnyDataCategoryId,
      description: z.string(),
      retention: z.string(),
      finalFate: FinalFateId.nullable(),
      sensitive: z.boolean(),
    }),
  ),
  subjectCategories: z.array(z.object({ label: z.string(), details: z.string() })),
  subjectVolume: z.string(),
  dataOrigin: z.string(),
  recipients: z.array(z.object({ type: RecipientTypeId, details: z.string() })),
  securityMeasures: z.array(z.object({ type: SecurityMeasureTypeId, details: z.string() })),
  processorIds: z.array(z.string()),
  processors: z.array(z.object({ id: z.string(), reference: z.string(), name: z.string(), country: z.string() })),
  /** Derived from the linked processors' locations and sub-processors, never retyped (Art. 30(1)(e)). */
  transfers: z.array(TransferView),
  reviewDate: z.string().nullable(),
  reviewOverdue: z.boolean(),
  /** Special categories, criminal data or NIR. */
  sensitive: z.boolean(),
  completeness: Completeness,
  dpia: z.object({ screening: DpiaScreening.nullable(), followUp: DpiaFollowUp }),
  /** CNIL « Date de création » of the fiche (YYYY-MM-DD). */
  createdOn: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  validatedAt: z.string().nullable(),
  validatedBy: z.string().nullable(),
  /** Breaches that touched this processing (Art. 33(5) register), 50 most recent first. */
  linkedBreaches: z.array(LinkedBreach),
  linkedBreachCount: z.number().int(),
  /** Rights requests concerning this processing, 50 most recent first. */
  linkedRequests: z.array(LinkedRequest),
  linkedRequestCount: z.number().int(),
});
export type ProcessingDetail = z.infer<typeof ProcessingDetail>;

export const PROCESSING_SORTS = ['reference', 'name', 'completeness', 'reviewDate', 'updatedAt'] as const;

export const ProcessingListInput = z.object({
  /** Reference or name (accents and case ignored). */
  search: z.string().trim().max(100).optional(),
  roles: z.array(ProcessingRoleId).max(3).default([]),
  status: z.enum(PROCESSING_STATUSES).optional(),
  dpiaOutcome: z.enum([...DPIA_OUTCOMES, 'unscreened']).optional(),
  /** Only fiches with something missing (Art. 30). */
  incompleteOnly: z.boolean().default(false),
  /**
   * true: a DPIA is required by the latest screening and its follow-up is not done (Art. 35(1), the
   * row's `dpiaPending`, as the dashboard counts it); false: every other fiche; absent: all.
   */
  dpiaPending: z.boolean().optional(),
  /** Only processings using this processor. */
  processorId: Id.optional(),
  sort: z.enum(PROCESSING_SORTS).default('reference'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(5000).default(100),
});

/** Light row: for the register screen and for pickers in breaches and requests. */
export const ProcessingRow = z.object({
  id: z.string(),
  reference: z.string(),
  name: z.string(),
  role: ProcessingRoleId,
  status: z.enum(PROCESSING_STATUSES),
  /** Main purpose. */
  purpose: z.string(),
  sensitive: z.boolean(),
  completeness: z.number().int(),
  missingCount: z.number().int(),
  dpiaOutcome: z.enum(DPIA_OUTCOMES).nullable(),
  dpiaStatus: z.enum(DPIA_STATUSES),
  /** Screening says « required » and the DPIA is not done. */
  dpiaPending: z.boolean(),
  processorCount: z.number().int(),
  transferCount: z.number().int(),
  transferIssues: z.number().int(),
  reviewDate: z.string().nullable(),
  reviewOverdue: z.boolean(),
  updatedAt: z.string(),
});
export type ProcessingRow = z.infer<typeof ProcessingRow>;

export const ProcessingListOutput = z.object({
  rows: z.array(ProcessingRow),
  total: z.number().int(),
  offset: z.number().int(),
  limit: z.number().int(),
  today: z.string(),
});

/** For pre-filling a breach or a request from the processings concerned. */
export const CategoriesInput = z.object({ ids: z.array(Id).min(1, 'Choisissez au moins un traitement.').max(500) });
const CategoryOut = z.object({ id: AnyDataCategoryId, labelFr: z.string(), sensitive: z.boolean(), regime: z.enum(['ordinary', 'art9', 'art10', 'nir']) });
export const CategoriesOutput = z.object({
  processings: z.array(z.object({ id: z.string(), reference: z.string(), name: z.string(), dataCategories: z.array(CategoryOut), subjectCategories: z.array(z.string()) })),
  /** Union over the processings, in vocabulary order. */
  dataCategories: z.array(CategoryOut),
  subjectCategories: z.array(z.string()),
});

export const TransfersOutput = z.object({ transfers: z.array(TransferView), withIssue: z.number().int() });

export const RegisterExportInput = z.object({
  format: z.enum(['xlsx', 'pdf']).default('xlsx'),
  /** art30_1: activities as controller or joint controller; art30_2: activities carried out as a processor. */
  record: z.enum(['art30_1', 'art30_2']).default('art30_1'),
});

// ——— Import (CNIL template layout) ———

/**
 * 36 MB of XLSX at most (≈ 10 000 fiches: 5 000 make 16 MB): once in base64 it stays under the
 * 50 MB request limit of the web shell (src-main/web/request-body.ts).
 */
export const MAX_IMPORT_BYTES = 36 * 1024 * 1024;
export const ImportInput = z.object({
  base64: z
    .string()
    .min(1, 'Le fichier est vide : choisissez un classeur XLSX.')
    .max(Math.ceil(MAX_IMPORT_BYTES / 3) * 4, 'Le classeur dépasse 36 Mo : découpez le registre en plusieurs fichiers.'),
  /** Existing references: refused (default), or their fiches replaced by the imported ones. */
  replaceExisting: z.boolean().default(false),
});

export const ImportIssue = z.object({
  sheet: z.string(),
  /** Spreadsheet row (1-based), when the issue is on one row. */
  row: z.number().int().nullable(),
  field: z.string(),
  message: z.string(),
});
export type ImportIssue = z.infer<typeof ImportIssue>;

export const ImportPreview = z.object({
  valid: z.boolean(),
  fiches: z.number().int(),
  toCreate: z.number().int(),
  toUpdate: z.number().int(),
  rows: z.array(
    z.object({
      sheet: z.string(),
      reference: z.string(),
      name: z.string(),
      action: z.enum(['create', 'update', 'refused']),
      errors: z.array(ImportIssue),
      warnings: z.array(z.string()),
    }),
  ),
  /** Problems with the file itself (missing sheet, unreadable file). */
  fileErrors: z.array(z.string()),
  errorCount: z.number().int(),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const ImportResult = z.object({ created: z.number().int(), updated: z.number().int(), references: z.array(z.string()) });

// ——— Reference lists for the screens ———

const Entry = z.object({ id: z.string(), fr: z.string(), en: z.string(), article: z.string().optional() });

export const DPIA_STATUS_LABELS: Readonly<Record<DpiaStatus, { fr: string; en: string }>> = {
  none: { fr: 'Non engagée', en: 'Not started' },
  planned: { fr: 'Planifiée', en: 'Planned' },
  in_progress: { fr: 'En cours', en: 'In progress' },
  done: { fr: 'Réalisée', en: 'Done' },
};

export const PROCESSING_STATUS_LABELS: Readonly<Record<ProcessingStatus, { fr: string; en: string }>> = {
  draft: { fr: 'Brouillon', en: 'Draft' },
  validated: { fr: 'Validée', en: 'Validated' },
};

export const ProcessingVocabulary = z.object({
  roles: z.array(Entry),
  legalBases: z.array(Entry),
  art9Conditions: z.array(Entry),
  dataCategories: z.array(Entry),
  sensitiveCategories: z.array(Entry.extend({ regime: z.enum(['art9', 'art10', 'nir']) })),
  securityMeasureTypes: z.array(Entry),
  recipientTypes: z.array(Entry),
  finalFates: z.array(Entry),
  statuses: z.array(Entry),
  dpia: z.object({
    art35_3: z.array(Entry),
    cnil: z.array(Entry),
    wp248: z.array(Entry),
    outcomes: z.array(Entry),
    statuses: z.array(Entry),
  }),
});
