/** File sizes in the user's language (1 Ko = 1024 octets, as file managers show them). */
import { LOCALES, translate, type Lang } from '../i18n/translate';

export function formatBytes(bytes: number, lang: Lang): string {
  const number = (value: number, digits: number) =>
    new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: digits }).format(value);
  if (bytes < 1024) return translate(lang, 'common.bytes', { value: number(bytes, 0) });
  if (bytes < 1024 * 1024) return translate(lang, 'common.kilobytes', { value: number(bytes / 1024, 1) });
  return translate(lang, 'common.megabytes', { value: number(bytes / (1024 * 1024), 1) });
}
