/**
 * A record section as typed in its form (strings, lists, booleans) and back to the section patch
 * `breach.update` takes. Empty means « not known yet » (null), never a made-up value: a partial
 * record is normal while the incident is investigated (Art. 33(4): information in phases).
 */
import type { BreachDetail } from '../../../../src-main/shared/schemas/breach';
import type { MessageKey } from '../../../i18n/fr';
import { parisLocalToIso, toParisLocalInput } from '../paris-time';
import type { FieldSpec, SectionId } from './section-specs';

export type DraftValue = string | string[] | boolean;
export type SectionDraft = Record<string, DraftValue>;

export const TRISTATE = ['yes', 'no', 'unknown'] as const;

/** The stored value of a section, as a plain record (`general` gathers the title and description). */
export function sectionValue(facts: BreachDetail['facts'], id: SectionId): Readonly<Record<string, unknown>> {
  return id === 'general' ? { title: facts.title, description: facts.description } : facts[id];
}

function fieldToDraft(field: FieldSpec, value: unknown): DraftValue {
  switch (field.kind) {
    case 'text':
    case 'textarea':
    case 'select':
      return typeof value === 'string' ? value : '';
    case 'multi':
      return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
    case 'list':
      return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').join(', ') : '';
    case 'number':
      return typeof value === 'number' ? String(value) : '';
    case 'tristate':
      return value === true ? 'yes' : value === false ? 'no' : 'unknown';
    case 'bool':
      return value === true;
    case 'instant':
      return typeof value === 'string' ? toParisLocalInput(value) : '';
  }
}

export function toDraft(fields: readonly FieldSpec[], value: Readonly<Record<string, unknown>>): SectionDraft {
  return Object.fromEntries(fields.map((f) => [f.key, fieldToDraft(f, value[f.key])]));
}

const asString = (v: DraftValue | undefined): string => (typeof v === 'string' ? v : '');

export interface PatchResult {
  values: Record<string, unknown>;
  /** Problems found before sending, keyed by field, as dictionary keys. */
  errors: Record<string, MessageKey>;
}

function sameValue(a: DraftValue | undefined, b: DraftValue | undefined): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  return a === b;
}

/**
 * The section patch for `breach.update`: only the fields changed since `initial` (an untouched
 * instant is not rewritten to the minute the input shows, and the audit trail records only what
 * changed). Invalid dates and numbers are reported, not guessed.
 */
export function draftToPatch(fields: readonly FieldSpec[], draft: SectionDraft, initial: SectionDraft): PatchResult {
  const values: Record<string, unknown> = {};
  const errors: Record<string, MessageKey> = {};
  for (const field of fields) {
    const raw = draft[field.key];
    if (sameValue(raw, initial[field.key])) continue;
    switch (field.kind) {
      case 'text':
      case 'textarea':
        values[field.key] = asString(raw);
        break;
      case 'select':
        values[field.key] = asString(raw) === '' ? null : asString(raw);
        break;
      case 'multi':
        values[field.key] = Array.isArray(raw) ? raw : [];
        break;
      case 'list':
        values[field.key] = asString(raw)
          .split(/[,;\n]/)
          .map((s) => s.trim())
          .filter((s) => s !== '');
        break;
      case 'number': {
        const text = asString(raw).trim().replace(/\s/g, '');
        if (text === '') values[field.key] = null;
        else if (/^\d+$/.test(text)) values[field.key] = Number(text);
        else errors[field.key] = 'breaches.form.numberInvalid';
        break;
      }
      case 'tristate':
        values[field.key] = raw === 'yes' ? true : raw === 'no' ? false : null;
        break;
      case 'bool':
        values[field.key] = raw === true;
        break;
      case 'instant': {
        const text = asString(raw);
        if (text === '') {
          if (field.nullable) values[field.key] = null;
          else errors[field.key] = 'common.required';
        } else {
          const iso = parisLocalToIso(text);
          if (iso === null) errors[field.key] = 'breaches.form.instantInvalid';
          else values[field.key] = iso;
        }
        break;
      }
    }
  }
  return { values, errors };
}

/** Same values in every field (what a section shows has not moved). */
export function sameDraft(fields: readonly FieldSpec[], a: SectionDraft, b: SectionDraft): boolean {
  return fields.every((f) => sameValue(a[f.key], b[f.key]));
}

/**
 * A list the user edited, after the stored list moved under it (the pre-fill from the register added
 * boxes): the stored additions and removals are applied to what the user ticked, in the form's order.
 */
function mergeList(field: FieldSpec, base: readonly string[], draft: readonly string[], next: readonly string[]): string[] {
  const added = next.filter((v) => !base.includes(v));
  const removed = base.filter((v) => !next.includes(v));
  const kept = [...draft.filter((v) => !removed.includes(v)), ...added.filter((v) => !draft.includes(v))];
  const order = field.options?.ids ?? [];
  const ranked = order.filter((v) => kept.includes(v));
  return [...ranked, ...kept.filter((v) => !order.includes(v))];
}

/**
 * The draft of a section once its stored values changed from `base` to `next` while the form was
 * open (a save elsewhere on the page, the pre-fill from the register): what the user typed and has not
 * saved yet is kept, field by field. An untouched field shows the new stored value; a list the user
 * edited gets the stored additions too; any other edited field keeps the user's value (saved on
 * « Enregistrer », like before).
 */
export function rebaseDraft(fields: readonly FieldSpec[], base: SectionDraft, draft: SectionDraft, next: SectionDraft): SectionDraft {
  const out: SectionDraft = { ...draft };
  for (const field of fields) {
    const k = field.key;
    const before = base[k];
    const mine = draft[k];
    const after = next[k];
    if (after === undefined || sameValue(before, after)) continue;
    if (mine === undefined || sameValue(mine, before)) out[k] = after;
    else if (field.kind === 'multi' && Array.isArray(before) && Array.isArray(mine) && Array.isArray(after)) out[k] = mergeList(field, before, mine, after);
  }
  return out;
}

/** `breach.update` input for one section: `general` fields are top-level, the others nested. */
export function updateInputOf(id: string, section: SectionId, values: Record<string, unknown>): Record<string, unknown> {
  return section === 'general' ? { id, ...values } : { id, [section]: values };
}
