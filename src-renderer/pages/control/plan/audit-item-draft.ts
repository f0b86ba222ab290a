/**
 * The audit form's draft and its conversion to `control.itemAdd` / `control.itemUpdate` input.
 * An audit looks at a processing, a processor or an organisation-level control (core/audit-plan.ts).
 */
import type { AuditItemStatus } from '../../../../src-main/core/audit-plan';
import type { Input } from '../../../../src-main/shared/contract';
import type { AuditItem } from '../../../../src-main/shared/schemas/control';

export const TARGET_KINDS = ['processing', 'processor', 'organisation'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

export interface AuditItemDraft {
  title: string;
  targetKind: TargetKind;
  /** Processing or processor id. */
  targetId: string | null;
  /** Organisation-level control audited. */
  control: string;
  year: number;
  /** '' = no quarter. */
  quarter: '' | '1' | '2' | '3' | '4';
  auditor: string;
  status: AuditItemStatus;
  completedOn: string | null;
  conclusion: string;
}

export function emptyAuditItem(year: number): AuditItemDraft {
  return { title: '', targetKind: 'organisation', targetId: null, control: '', year, quarter: '', auditor: '', status: 'planned', completedOn: null, conclusion: '' };
}

export function draftFromItem(item: AuditItem): AuditItemDraft {
  const quarter = item.quarter === null ? '' : (String(item.quarter) as AuditItemDraft['quarter']);
  const base = { title: item.title, year: item.year, quarter, auditor: item.auditor, status: item.status, completedOn: item.completedOn, conclusion: item.conclusion };
  if (item.target.kind === 'organisation') return { ...base, targetKind: 'organisation', targetId: null, control: item.target.control };
  return { ...base, targetKind: item.target.kind, targetId: item.target.id, control: '' };
}

type Target = Input<'control.itemAdd'>['target'];

function targetOf(draft: AuditItemDraft): Target {
  if (draft.targetKind === 'organisation') return { kind: 'organisation', control: draft.control.trim() };
  return { kind: draft.targetKind, id: draft.targetId ?? '' };
}

/** Field paths (as the service names them) the draft cannot be sent without. */
export function missingFields(draft: AuditItemDraft): string[] {
  const missing: string[] = [];
  if (draft.title.trim() === '') missing.push('title');
  if (draft.targetKind === 'organisation' ? draft.control.trim() === '' : !draft.targetId) {
    missing.push(draft.targetKind === 'organisation' ? 'target.control' : 'target.id');
  }
  if (draft.auditor.trim() === '') missing.push('auditor');
  return missing;
}

const quarterOf = (draft: AuditItemDraft): 1 | 2 | 3 | 4 | null => (draft.quarter === '' ? null : (Number(draft.quarter) as 1 | 2 | 3 | 4));

export function toItemAdd(draft: AuditItemDraft, planId: string): Input<'control.itemAdd'> {
  return {
    planId,
    title: draft.title.trim(),
    target: targetOf(draft),
    year: draft.year,
    quarter: quarterOf(draft),
    auditor: draft.auditor.trim(),
    status: draft.status,
    completedOn: draft.completedOn,
    conclusion: draft.conclusion.trim(),
  };
}

export function toItemUpdate(draft: AuditItemDraft, id: string): Input<'control.itemUpdate'> {
  const { planId: _planId, ...rest } = toItemAdd(draft, '');
  return { id, ...rest };
}
