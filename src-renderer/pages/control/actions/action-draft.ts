/** The action form's draft, and the rules it checks before sending (the service checks them again). */
import type { Input } from '../../../../src-main/shared/contract';
import type { ActionDetail, ActionPriority, ActionSourceInput } from '../../../../src-main/shared/schemas/control';

export interface ActionDraft {
  title: string;
  description: string;
  owner: string;
  dueDate: string | null;
  /** null: let the service choose (a finding's severity sets it, « normale » otherwise). */
  priority: ActionPriority | null;
  /** Why the due date moves later or is removed (required then). */
  reason: string;
}

export function emptyAction(): ActionDraft {
  return { title: '', description: '', owner: '', dueDate: null, priority: null, reason: '' };
}

export function draftFromAction(action: ActionDetail): ActionDraft {
  return { title: action.title, description: action.description, owner: action.owner, dueDate: action.dueDate, priority: action.priority, reason: '' };
}

/** Postponing — a later due date, or none any more — must be explained (accountability, Art. 5(2)). */
export function isPostponed(before: string | null, after: string | null): boolean {
  return before !== null && (after === null || after > before);
}

export function actionMissing(draft: ActionDraft, before: ActionDetail | null, source: ActionSourceInput | null): string[] {
  const missing: string[] = [];
  if (!before && !source) missing.push('source.id');
  if (draft.title.trim() === '') missing.push('title');
  if (draft.owner.trim() === '') missing.push('owner');
  if (before && isPostponed(before.dueDate, draft.dueDate) && draft.reason.trim() === '') missing.push('reason');
  return missing;
}

export function toActionCreate(draft: ActionDraft, source: ActionSourceInput): Input<'action.create'> {
  return {
    source,
    title: draft.title.trim(),
    description: draft.description.trim(),
    owner: draft.owner.trim(),
    dueDate: draft.dueDate,
    ...(draft.priority ? { priority: draft.priority } : {}),
  };
}

export function toActionUpdate(draft: ActionDraft, before: ActionDetail): Input<'action.update'> {
  return {
    id: before.id,
    title: draft.title.trim(),
    description: draft.description.trim(),
    owner: draft.owner.trim(),
    dueDate: draft.dueDate,
    ...(draft.priority ? { priority: draft.priority } : {}),
    reason: draft.reason.trim(),
  };
}
