/**
 * The risk-assessment questionnaire as typed, and the answers `breach.assess` takes
 * (core/breach-risk.ts: ENISA 2013 severity + EDPB Guidelines 01/2021 rules). A question left
 * unanswered is reported, never answered for the user: the recommendation depends on every one.
 */
import {
  AVAILABILITY_CIRCUMSTANCES,
  BACKUP_STATES,
  CONFIDENTIALITY_CIRCUMSTANCES,
  EXFILTRATION_STATES,
  IDENTIFICATION_LEVELS,
  INTEGRITY_CIRCUMSTANCES,
  PERMANENCE_STATES,
  RiskAnswersSchema,
  type RiskAnswers,
  type RiskAnswersInput,
} from '../../../../src-main/core/breach-risk';
import { DATA_TYPES } from '../../../../src-main/core/breach-vocabulary';
import type { MessageKey } from '../../../i18n/fr';
import { pickAll } from '../vocabulary-options';

export const RISK_CHOICES = {
  identification: IDENTIFICATION_LEVELS,
  confidentiality: CONFIDENTIALITY_CIRCUMSTANCES,
  integrity: INTEGRITY_CIRCUMSTANCES,
  availability: AVAILABILITY_CIRCUMSTANCES,
  backup: BACKUP_STATES,
  exfiltration: EXFILTRATION_STATES,
  permanence: PERMANENCE_STATES,
} as const;
export type RiskChoice = keyof typeof RISK_CHOICES;
export const RISK_CHOICE_IDS: readonly RiskChoice[] = ['identification', 'confidentiality', 'integrity', 'availability', 'backup', 'exfiltration', 'permanence'];

export const RISK_FLAGS = ['maliciousIntent', 'specialCategories', 'vulnerableSubjects', 'dataUnintelligible'] as const;
export type RiskFlag = (typeof RISK_FLAGS)[number];

export interface AdjustmentDraft {
  delta: string;
  reason: string;
}

export interface RiskDraft {
  dataTypes: string[];
  /** 'auto' (from the data types) or '1'…'4'. */
  dpcBase: string;
  adjustments: AdjustmentDraft[];
  choices: Record<RiskChoice, string>;
  flags: Record<RiskFlag, boolean>;
  subjectCount: string;
}

export function riskDraftFrom(answers: Partial<RiskAnswersInput>): RiskDraft {
  return {
    dataTypes: [...(answers.dataTypes ?? [])],
    dpcBase: answers.dpcBase ? String(answers.dpcBase) : 'auto',
    adjustments: (answers.dpcAdjustments ?? []).map((a) => ({ delta: String(a.delta), reason: a.reason })),
    choices: {
      identification: answers.identification ?? '',
      confidentiality: answers.confidentiality ?? '',
      integrity: answers.integrity ?? '',
      availability: answers.availability ?? '',
      backup: answers.backup ?? '',
      exfiltration: answers.exfiltration ?? '',
      permanence: answers.permanence ?? '',
    },
    flags: {
      maliciousIntent: answers.maliciousIntent ?? false,
      specialCategories: answers.specialCategories ?? false,
      vulnerableSubjects: answers.vulnerableSubjects ?? false,
      dataUnintelligible: answers.dataUnintelligible ?? false,
    },
    subjectCount: answers.subjectCount === null || answers.subjectCount === undefined ? '' : String(answers.subjectCount),
  };
}

const DPC_BASES = [1, 2, 3, 4] as const;

export interface RiskAnswersResult {
  answers: RiskAnswers | null;
  errors: Record<string, MessageKey>;
}

/** The answers, or which questions still need one. */
export function riskAnswersOf(draft: RiskDraft): RiskAnswersResult {
  const errors: Record<string, MessageKey> = {};
  const dataTypes = pickAll(DATA_TYPES, draft.dataTypes);
  if (dataTypes.length === 0) errors.dataTypes = 'breaches.risk.dataTypesRequired';
  for (const key of RISK_CHOICE_IDS) {
    const ids: readonly string[] = RISK_CHOICES[key];
    if (!ids.includes(draft.choices[key])) errors[key] = 'breaches.risk.answerRequired';
  }
  const count = draft.subjectCount.trim().replace(/\s/g, '');
  if (count !== '' && !/^\d+$/.test(count)) errors.subjectCount = 'breaches.form.numberInvalid';
  draft.adjustments.forEach((a, i) => {
    if (a.reason.trim() === '') errors[`dpcAdjustments.${i}.reason`] = 'breaches.risk.adjustmentReasonRequired';
  });
  if (Object.keys(errors).length > 0) return { answers: null, errors };
  const base = DPC_BASES.find((b) => String(b) === draft.dpcBase);
  const parsed = RiskAnswersSchema.safeParse({
    dataTypes,
    ...(base ? { dpcBase: base } : {}),
    dpcAdjustments: draft.adjustments.map((a) => ({ delta: Number(a.delta), reason: a.reason.trim() })),
    ...draft.choices,
    ...draft.flags,
    subjectCount: count === '' ? null : Number(count),
  });
  return parsed.success ? { answers: parsed.data, errors } : { answers: null, errors: { form: 'breaches.risk.incomplete' } };
}
