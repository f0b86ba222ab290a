/**
 * The legal vocabularies of core/ (`{ fr, en }` records) as select options and labels in the
 * user's language: the labels are written once, next to the rule, never retyped in the UI.
 * Shared by the Violations and Demandes modules.
 */
import type { Lang } from '../../i18n/translate';

export interface Bilingual {
  readonly fr: string;
  readonly en: string;
}

export interface Option<K extends string> {
  value: K;
  label: string;
}

export function labelIn(label: Bilingual, lang: Lang): string {
  return label[lang];
}

/** Options in the order of the legal list (the order of the notification form), not alphabetical. */
export function optionsOf<K extends string>(ids: readonly K[], labels: Readonly<Record<K, Bilingual>>, lang: Lang): Option<K>[] {
  return ids.map((id) => ({ value: id, label: labels[id][lang] }));
}

/** The id in `ids` equal to `value` (a Select's string), or null: narrows without a cast. */
export function pick<K extends string>(ids: readonly K[], value: string | null | undefined): K | null {
  return ids.find((id) => id === value) ?? null;
}

/** The ids of `values` that belong to `ids`, in the order of `ids`. */
export function pickAll<K extends string>(ids: readonly K[], values: readonly string[]): K[] {
  return ids.filter((id) => values.includes(id));
}
