/** The permanent-control form's draft: the checklist is typed one point per line. */
import type { ControlFrequency } from '../../../../src-main/core/audit-plan';
import type { Input } from '../../../../src-main/shared/contract';
import type { Check } from '../../../../src-main/shared/schemas/control';

export interface CheckDraft {
  title: string;
  description: string;
  frequency: ControlFrequency;
  owner: string;
  /** One checkpoint per line. */
  checklist: string;
  lastDone: string | null;
}

export function emptyCheck(): CheckDraft {
  return { title: '', description: '', frequency: 'quarterly', owner: '', checklist: '', lastDone: null };
}

export function draftFromCheck(check: Check): CheckDraft {
  return { title: check.title, description: check.description, frequency: check.frequency, owner: check.owner, checklist: check.checklist.join('\n'), lastDone: check.lastDone };
}

/** Lines of the checklist, trimmed, blank lines dropped. */
export function checklistLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export function checkMissing(draft: CheckDraft): string[] {
  return [draft.title.trim() === '' ? 'title' : null, draft.owner.trim() === '' ? 'owner' : null].filter((p): p is string => p !== null);
}

export function toCheckCreate(draft: CheckDraft): Input<'check.create'> {
  return {
    title: draft.title.trim(),
    description: draft.description.trim(),
    frequency: draft.frequency,
    owner: draft.owner.trim(),
    checklist: checklistLines(draft.checklist),
    lastDone: draft.lastDone,
  };
}

export function toCheckUpdate(draft: CheckDraft, id: string): Input<'check.update'> {
  const { lastDone: _lastDone, ...fields } = toCheckCreate(draft);
  return { id, ...fields };
}
