/**
 * Compares two dictionaries key by key: a key missing on either side, or a placeholder set that
 * differs, is a problem (a missing `{date}` would print a deadline without its date).
 */
import { placeholdersOf } from './translate';

export interface DictionaryProblem {
  key: string;
  problem: 'missing-in-reference' | 'missing-in-translation' | 'placeholders-differ' | 'empty';
  detail?: string;
}

export function compareDictionaries(
  reference: Readonly<Record<string, string>>,
  translation: Readonly<Record<string, string>>,
): DictionaryProblem[] {
  const problems: DictionaryProblem[] = [];
  for (const key of Object.keys(reference)) {
    const ref = reference[key] ?? '';
    const other = translation[key];
    if (other === undefined) {
      problems.push({ key, problem: 'missing-in-translation' });
      continue;
    }
    if (ref.trim() === '' || other.trim() === '') problems.push({ key, problem: 'empty' });
    const a = placeholdersOf(ref).join(',');
    const b = placeholdersOf(other).join(',');
    if (a !== b) problems.push({ key, problem: 'placeholders-differ', detail: `{${a}} ≠ {${b}}` });
  }
  for (const key of Object.keys(translation)) {
    if (!(key in reference)) problems.push({ key, problem: 'missing-in-reference' });
  }
  return problems;
}
