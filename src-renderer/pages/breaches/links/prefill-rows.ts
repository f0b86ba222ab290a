/**
 * « Pré-remplir depuis le registre »: what the linked processings would add to the breach record
 * (Art. 33(3)(a): categories of data and of people concerned), as rows of the confirmation modal,
 * and the `breach.update` lists once the user has confirmed. The mapping itself is core/breach-prefill;
 * here only what the UI shows and sends. Pure, unit-tested.
 */
import { breachCategoriesFromProcessings, prefillAdditions } from '../../../../src-main/core/breach-prefill';
import {
  DATA_TYPES,
  DATA_TYPE_LABELS,
  SUBJECT_CATEGORIES,
  SUBJECT_CATEGORY_LABELS,
  type DataType,
  type SubjectCategory,
} from '../../../../src-main/core/breach-vocabulary';
import type { Lang } from '../../../i18n/translate';

type Regime = 'ordinary' | 'art9' | 'art10' | 'nir';

/** What `processing.categories` returns, reduced to what the mapping reads. */
export interface RegisterCategories {
  readonly dataCategories: readonly { readonly id: string; readonly regime: Regime }[];
  readonly subjectCategories: readonly string[];
}

/** What the record holds today (data.types, subjects.categories). */
export interface CurrentCategories {
  readonly dataTypes: readonly DataType[];
  readonly subjectCategories: readonly SubjectCategory[];
}

export interface PrefillProposal {
  /** Not yet in the record: offered, ticked by default. */
  dataTypes: DataType[];
  subjectCategories: SubjectCategory[];
  /** Register labels that match no box of the notification form (to describe under « Autres »). */
  unmatchedSubjects: string[];
}

export interface PrefillRow<K extends string> {
  value: K;
  label: string;
  /** Data: GDPR Art. 9 special category. People: vulnerable (EDPB 9/2022: higher risk). */
  flagged: boolean;
}

export function proposePrefill(register: RegisterCategories, current: CurrentCategories): PrefillProposal {
  const proposed = breachCategoriesFromProcessings({ dataCategories: register.dataCategories, subjectCategories: register.subjectCategories });
  const additions = prefillAdditions(current, proposed);
  return {
    dataTypes: additions.dataTypes,
    subjectCategories: additions.subjectCategories,
    unmatchedSubjects: [...new Set(proposed.unmatchedSubjects)],
  };
}

/** Nothing to tick: the modal is not opened, a sentence says so. */
export function isEmptyProposal(p: PrefillProposal): boolean {
  return p.dataTypes.length === 0 && p.subjectCategories.length === 0;
}

export function prefillRows(p: PrefillProposal, lang: Lang): { dataTypes: PrefillRow<DataType>[]; subjects: PrefillRow<SubjectCategory>[] } {
  return {
    dataTypes: DATA_TYPES.filter((id) => p.dataTypes.includes(id)).map((id) => ({
      value: id,
      label: DATA_TYPE_LABELS[id][lang],
      flagged: DATA_TYPE_LABELS[id].special === true,
    })),
    subjects: SUBJECT_CATEGORIES.filter((id) => p.subjectCategories.includes(id)).map((id) => ({
      value: id,
      label: SUBJECT_CATEGORY_LABELS[id][lang],
      flagged: SUBJECT_CATEGORY_LABELS[id].vulnerable === true,
    })),
  };
}

/**
 * One list after confirmation: what was there plus what was offered and left ticked, in the order of
 * the notification form. « Pas encore connues » goes once something known is added (the two
 * contradict each other in a notification).
 */
function union<K extends string>(order: readonly K[], current: readonly K[], offered: readonly K[], ticked: readonly string[]): { list: K[]; added: number } {
  const added = offered.filter((id) => ticked.includes(id));
  const keep = added.length > 0 ? current.filter((id) => id !== 'not_yet_known') : current;
  return { list: order.filter((id) => keep.includes(id) || added.includes(id)), added: added.length };
}

export interface PrefillResult {
  dataTypes: DataType[];
  subjectCategories: SubjectCategory[];
  /** How many boxes are added (0: nothing to send). */
  added: number;
}

export function prefillResult(current: CurrentCategories, proposal: PrefillProposal, ticked: { dataTypes: readonly string[]; subjectCategories: readonly string[] }): PrefillResult {
  const data = union(DATA_TYPES, current.dataTypes, proposal.dataTypes, ticked.dataTypes);
  const subjects = union(SUBJECT_CATEGORIES, current.subjectCategories, proposal.subjectCategories, ticked.subjectCategories);
  return { dataTypes: data.list, subjectCategories: subjects.list, added: data.added + subjects.added };
}
