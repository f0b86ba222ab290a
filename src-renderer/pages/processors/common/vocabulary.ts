/**
 * The legal vocabularies of core/ (`{ fr, en }` records and `{ id, fr, en }` lists) as labels and
 * select options in the user's language: each label is written once, next to its rule, never
 * retyped in the UI. Shared by the Sous-traitants and Registre modules.
 */
import type { Lang } from '../../../i18n/translate';

export interface Bilingual {
  readonly fr: string;
  readonly en: string;
}

export interface VocabularyItem<K extends string = string> extends Bilingual {
  readonly id: K;
  readonly article?: string;
}

export interface Option<K extends string = string> {
  value: K;
  label: string;
}

export function labelIn(label: Bilingual | undefined, lang: Lang, fallback = ''): string {
  return label ? label[lang] : fallback;
}

/** Label of an id in a vocabulary list; the id itself when the list does not know it. */
export function itemLabel(list: readonly VocabularyItem[], id: string, lang: Lang): string {
  const found = list.find((e) => e.id === id);
  return found ? found[lang] : id;
}

/** Options of a record, in the order of `ids` (the order of the legal text), not alphabetical. */
export function recordOptions<K extends string>(ids: readonly K[], labels: Readonly<Record<K, Bilingual>>, lang: Lang): Option<K>[] {
  return ids.map((id) => ({ value: id, label: labels[id][lang] }));
}

/** Options of a vocabulary list; `withArticle` appends the article (« Consentement — Art. 6(1)(a) »). */
export function listOptions<K extends string>(list: readonly VocabularyItem<K>[], lang: Lang, withArticle = false): Option<K>[] {
  return list.map((e) => ({ value: e.id, label: withArticle && e.article ? `${e[lang]} — ${e.article}` : e[lang] }));
}

/** The id in `ids` equal to `value` (a Select's string), or null: narrows without a cast. */
export function pick<K extends string>(ids: readonly K[], value: string | null | undefined): K | null {
  return ids.find((id) => id === value) ?? null;
}

/** The ids of `values` that belong to `ids`, in the order of `ids`. */
export function pickAll<K extends string>(ids: readonly K[], values: readonly string[]): K[] {
  return ids.filter((id) => values.includes(id));
}
