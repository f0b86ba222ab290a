/** The register fiche form's state, filled from a stored fiche and turned into `ProcessingInput` (GDPR Art. 30). */
import {
  DATA_CATEGORIES,
  SENSITIVE_CATEGORIES,
  type Art9ConditionId,
  type FinalFateId,
  type LegalBasisId,
  type ProcessingRoleId,
  type RecipientTypeId,
  type SecurityMeasureTypeId,
} from '../../../src-main/core/ropa-vocabulary';
import type { AnyDataCategoryId, ProcessingDetail, ProcessingInput } from '../../../src-main/shared/schemas/processing';

export interface ActorDraft {
  name: string;
  address: string;
  postalCode: string;
  city: string;
  country: string;
  phone: string;
  email: string;
}

export interface ServedDraft extends ActorDraft {
  categoriesOfProcessing: string;
}

export interface PurposeDraft {
  label: string;
  legalBases: LegalBasisId[];
  justification: string;
}

export interface DataCategoryDraft {
  category: AnyDataCategoryId;
  description: string;
  retention: string;
  finalFate: FinalFateId | null;
}

export interface ProcessingDraft {
  reference: string;
  name: string;
  role: ProcessingRoleId;
  description: string;
  /** Same shape as the controllers served; the categories are dropped for joint controllers. */
  jointControllers: ServedDraft[];
  controllersServed: ServedDraft[];
  purposes: PurposeDraft[];
  art9Conditions: Art9ConditionId[];
  dataCategories: DataCategoryDraft[];
  subjectCategories: { label: string; details: string }[];
  subjectVolume: string;
  dataOrigin: string;
  recipients: { type: RecipientTypeId; details: string }[];
  securityMeasures: { type: SecurityMeasureTypeId; details: string }[];
  processorIds: string[];
  reviewDate: string | null;
}

export const EMPTY_ACTOR: ActorDraft = { name: '', address: '', postalCode: '', city: '', country: '', phone: '', email: '' };
export const newServed = (): ServedDraft => ({ ...EMPTY_ACTOR, categoriesOfProcessing: '' });
export const newPurpose = (): PurposeDraft => ({ label: '', legalBases: [], justification: '' });

/** A new data-category row takes the first category not used yet (each category once per fiche). */
export function newDataCategory(used: readonly DataCategoryDraft[]): DataCategoryDraft {
  const all: AnyDataCategoryId[] = [...DATA_CATEGORIES.map((c) => c.id), ...SENSITIVE_CATEGORIES.map((c) => c.id)];
  const free = all.find((id) => !used.some((u) => u.category === id)) ?? 'cnil_cat_autres';
  return { category: free, description: '', retention: '', finalFate: null };
}

export function isSensitiveCategory(id: string): boolean {
  return SENSITIVE_CATEGORIES.some((c) => c.id === id);
}

/** Art. 9(2) applies to special categories (Art. 9(1)); criminal data (Art. 10) and the NIR have their own rules. */
export function needsArt9Condition(categories: readonly { category: string }[]): boolean {
  return categories.some((c) => SENSITIVE_CATEGORIES.some((s) => s.id === c.category && s.regime === 'art9'));
}

export const EMPTY_PROCESSING: ProcessingDraft = {
  reference: '',
  name: '',
  role: 'controller',
  description: '',
  jointControllers: [],
  controllersServed: [],
  purposes: [newPurpose()],
  art9Conditions: [],
  dataCategories: [],
  subjectCategories: [],
  subjectVolume: '',
  dataOrigin: '',
  recipients: [],
  securityMeasures: [],
  processorIds: [],
  reviewDate: null,
};

export function processingToDraft(p: ProcessingDetail): ProcessingDraft {
  return {
    reference: p.reference,
    name: p.name,
    role: p.role,
    description: p.description,
    jointControllers: p.jointControllers.map((a) => ({ ...a, categoriesOfProcessing: '' })),
    controllersServed: p.controllersServed.map((a) => ({ ...a })),
    purposes: p.purposes.map((x) => ({ label: x.label, legalBases: [...x.legalBases], justification: x.justification })),
    art9Conditions: [...p.art9Conditions],
    dataCategories: p.dataCategories.map((c) => ({ category: c.category, description: c.description, retention: c.retention, finalFate: c.finalFate })),
    subjectCategories: p.subjectCategories.map((s) => ({ ...s })),
    subjectVolume: p.subjectVolume,
    dataOrigin: p.dataOrigin,
    recipients: p.recipients.map((r) => ({ ...r })),
    securityMeasures: p.securityMeasures.map((m) => ({ ...m })),
    processorIds: [...p.processorIds],
    reviewDate: p.reviewDate,
  };
}

/**
 * Actors apply to one role only (Art. 26 joint controllers, Art. 30(2) controllers served): those
 * of the other roles are left out rather than refused, so switching the role back and forth in the
 * form loses nothing until the fiche is saved.
 */
export function draftToProcessingInput(d: ProcessingDraft): ProcessingInput {
  return {
    reference: d.reference,
    name: d.name,
    role: d.role,
    description: d.description,
    jointControllers: d.role === 'joint_controller' ? d.jointControllers.map(({ categoriesOfProcessing: _unused, ...actor }) => actor) : [],
    controllersServed: d.role === 'processor' ? d.controllersServed : [],
    purposes: d.purposes,
    art9Conditions: d.art9Conditions,
    dataCategories: d.dataCategories,
    subjectCategories: d.subjectCategories,
    subjectVolume: d.subjectVolume,
    dataOrigin: d.dataOrigin,
    recipients: d.recipients,
    securityMeasures: d.securityMeasures,
    processorIds: d.processorIds,
    reviewDate: d.reviewDate,
  };
}
