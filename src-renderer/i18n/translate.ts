/** Pure translation helpers: no React, so tests and the error boundary can use them. */
import { en } from './en';
import { fr, type MessageKey, type Messages } from './fr';

export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export type Params = Readonly<Record<string, string | number>>;

export const DICTIONARIES: Readonly<Record<Lang, Messages>> = { fr, en };

/** BCP 47 tag used with Intl: French of France, and British English (day before month, like France). */
export const LOCALES: Readonly<Record<Lang, string>> = { fr: 'fr-FR', en: 'en-GB' };

const PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/g;

/** Replaces `{name}` by `params.name`; a placeholder without a value is left visible, never dropped. */
export function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** The sorted, de-duplicated placeholder names of a template. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))].sort();
}

export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  return interpolate(DICTIONARIES[lang][key], params);
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}
