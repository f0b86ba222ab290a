/**
 * The DPIA screening questionnaire (Art. 35(3), CNIL list délibération 2018-327, WP248 criteria) as
 * form state: which boxes are ticked, and the outcome core/dpia-screening.ts gives for them.
 */
import { ART35_3_CASES, CNIL_AIPD_LIST, WP248_CRITERIA, type DpiaScreeningAnswers } from '../../../src-main/core/dpia-screening';

export const SCREENING_GROUPS = ['art35_3', 'cnil', 'wp248'] as const;
export type ScreeningGroup = (typeof SCREENING_GROUPS)[number];

export interface ScreeningQuestion {
  id: string;
  fr: string;
  en: string;
  citationFr: string;
}

export const SCREENING_QUESTIONS: Readonly<Record<ScreeningGroup, readonly ScreeningQuestion[]>> = {
  art35_3: ART35_3_CASES,
  cnil: CNIL_AIPD_LIST,
  wp248: WP248_CRITERIA,
};

/** Ticked ids per group; unticked = « no » (the service reads an absent answer as no). */
export type TickedAnswers = Readonly<Record<ScreeningGroup, readonly string[]>>;

export const NO_ANSWERS: TickedAnswers = { art35_3: [], cnil: [], wp248: [] };

export function tickedFromAnswers(answers: DpiaScreeningAnswers | null | undefined): TickedAnswers {
  if (!answers) return NO_ANSWERS;
  const ticked = (group: Partial<Record<string, boolean>>) => Object.entries(group).filter(([, yes]) => yes === true).map(([id]) => id);
  return { art35_3: ticked(answers.art35_3), cnil: ticked(answers.cnil), wp248: ticked(answers.wp248) };
}

export function toggleTicked(answers: TickedAnswers, group: ScreeningGroup, id: string, on: boolean): TickedAnswers {
  const current = answers[group].filter((x) => x !== id);
  return { ...answers, [group]: on ? [...current, id] : current };
}

/** Only ids the questionnaire knows, each `true`: the shape of `DpiaScreeningAnswers`. */
export function answersFromTicked(ticked: TickedAnswers): DpiaScreeningAnswers {
  const pick = <Id extends string>(list: readonly { id: Id }[], ids: readonly string[]): Partial<Record<Id, boolean>> => {
    const out: Partial<Record<Id, boolean>> = {};
    for (const item of list) if (ids.includes(item.id)) out[item.id] = true;
    return out;
  };
  return { art35_3: pick(ART35_3_CASES, ticked.art35_3), cnil: pick(CNIL_AIPD_LIST, ticked.cnil), wp248: pick(WP248_CRITERIA, ticked.wp248) };
}
