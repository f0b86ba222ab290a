/**
 * The legal vocabularies of core/ and shared/schemas (`{ fr, en }` records) shown in the user's
 * language: each label is written once, next to its rule (core/audit-plan.ts, schemas/control.ts),
 * never retyped in the UI.
 */
import { useCallback } from 'react';
import { useLang } from '../../../i18n/I18nProvider';
import type { Lang } from '../../../i18n/translate';

export interface Bilingual {
  readonly fr: string;
  readonly en: string;
}

export interface Option<K extends string = string> {
  value: K;
  label: string;
}

/** `label(record)` in the current language. */
export function useLabel(): (label: Bilingual) => string {
  const [lang] = useLang();
  return useCallback((label: Bilingual) => label[lang], [lang]);
}

/** Select options for the keys of a vocabulary, in its own order. */
export function vocabularyOptions<K extends string>(keys: readonly K[], labels: Readonly<Record<K, Bilingual>>, lang: Lang): Option<K>[] {
  return keys.map((key) => ({ value: key, label: labels[key][lang] }));
}

/** A select's string value narrowed to the vocabulary, null for anything else. */
export function pickKey<K extends string>(keys: readonly K[], value: string | null | undefined): K | null {
  return value !== null && value !== undefined && (keys as readonly string[]).includes(value) ? (value as K) : null;
}

/** Every value of a multi-select that belongs to the vocabulary. */
export function pickKeys<K extends string>(keys: readonly K[], values: readonly string[]): K[] {
  return values.filter((v): v is K => (keys as readonly string[]).includes(v));
}
