/**
 * The Art. 28 clause grid as pure state: which key does what, and how the draft checklist changes.
 * GDPR Art. 28(3): each mandatory clause is checked one by one; the DPO answers présente (P),
 * partielle (A), manquante (M) or non applicable (N), and notes where the clause sits in the contract.
 */
import {
  ART28_CHECKLIST,
  ART28_KEYS,
  type Art28Checklist,
  type Art28Key,
  type Art28Status,
} from '../../../src-main/core/art28';

export const GRID_COLUMNS = ['article', 'clause', 'status', 'section', 'comment'] as const;
export type GridColumn = (typeof GRID_COLUMNS)[number];
export type TextField = 'section' | 'comment';

export interface GridPosition {
  row: number;
  col: number;
}

/** Keys of the brief: P présente, A partielle, M manquante, N non applicable. */
export const STATUS_KEYS: Readonly<Record<string, Art28Status>> = { p: 'present', a: 'partial', m: 'missing', n: 'not_applicable' };
export const STATUS_KEY_OF: Readonly<Record<Art28Status, string>> = { present: 'P', partial: 'A', missing: 'M', not_applicable: 'N' };

export type GridCommand =
  | { kind: 'move'; to: GridPosition }
  | { kind: 'setStatus'; status: Art28Status }
  | { kind: 'clear' }
  | { kind: 'edit'; field: TextField }
  | { kind: 'none' };

export interface KeyInput {
  key: string;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}

const PAGE = 10;

function clampPosition(p: GridPosition, rows: number): GridPosition {
  return { row: Math.max(0, Math.min(rows - 1, p.row)), col: Math.max(0, Math.min(GRID_COLUMNS.length - 1, p.col)) };
}

/** What a key pressed on a cell does. Status and edit keys do nothing in read-only mode. */
export function gridCommand(event: KeyInput, at: GridPosition, rows: number, readOnly: boolean): GridCommand {
  const { key } = event;
  const ctrl = event.ctrlKey === true || event.metaKey === true;
  const move = (row: number, col: number): GridCommand => ({ kind: 'move', to: clampPosition({ row, col }, rows) });
  switch (key) {
    case 'ArrowUp':
      return move(at.row - 1, at.col);
    case 'ArrowDown':
      return move(at.row + 1, at.col);
    case 'ArrowLeft':
      return move(at.row, at.col - 1);
    case 'ArrowRight':
      return move(at.row, at.col + 1);
    case 'Home':
      return ctrl ? move(0, at.col) : move(at.row, 0);
    case 'End':
      return ctrl ? move(rows - 1, at.col) : move(at.row, GRID_COLUMNS.length - 1);
    case 'PageUp':
      return move(at.row - PAGE, at.col);
    case 'PageDown':
      return move(at.row + PAGE, at.col);
  }
  if (readOnly || ctrl || event.altKey === true) return { kind: 'none' };
  if (key === 'Enter' || key === 'F2') return { kind: 'edit', field: GRID_COLUMNS[at.col] === 'comment' ? 'comment' : 'section' };
  if (key === 'Delete' || key === 'Backspace') return { kind: 'clear' };
  const status = STATUS_KEYS[key.toLowerCase()];
  return status && key.length === 1 ? { kind: 'setStatus', status } : { kind: 'none' };
}

/** A row being answered: the status may still be empty while a section is typed. */
export interface DraftAnswer {
  status: Art28Status | null;
  section: string;
  comment: string;
}
export type DraftChecklist = Readonly<Partial<Record<Art28Key, DraftAnswer>>>;

export function draftFromChecklist(checklist: Art28Checklist): DraftChecklist {
  const draft: Partial<Record<Art28Key, DraftAnswer>> = {};
  for (const key of ART28_KEYS) {
    const a = checklist[key];
    if (a) draft[key] = { status: a.status, section: a.section, comment: a.comment };
  }
  return draft;
}

export function setStatus(draft: DraftChecklist, key: Art28Key, status: Art28Status): DraftChecklist {
  const current = draft[key] ?? { status: null, section: '', comment: '' };
  return { ...draft, [key]: { ...current, status } };
}

/** Delete on a row: the answer and its notes go; the clause is « not checked yet » again. */
export function clearAnswer(draft: DraftChecklist, key: Art28Key): DraftChecklist {
  const next: Partial<Record<Art28Key, DraftAnswer>> = { ...draft };
  delete next[key];
  return next;
}

export function setText(draft: DraftChecklist, key: Art28Key, field: TextField, text: string): DraftChecklist {
  const current = draft[key] ?? { status: null, section: '', comment: '' };
  const next = { ...current, [field]: text };
  if (next.status === null && next.section.trim() === '' && next.comment.trim() === '') return clearAnswer(draft, key);
  return { ...draft, [key]: next };
}

export interface ChecklistOutcome {
  checklist: Art28Checklist;
  /** Rows with a section or comment but no status yet: not savable as such (the contract needs a status). */
  withoutStatus: Art28Key[];
}

export function checklistFromDraft(draft: DraftChecklist): ChecklistOutcome {
  const checklist: Art28Checklist = {};
  const withoutStatus: Art28Key[] = [];
  for (const item of ART28_CHECKLIST) {
    const a = draft[item.key];
    if (!a) continue;
    if (a.status === null) withoutStatus.push(item.key);
    else checklist[item.key] = { status: a.status, section: a.section.trim(), comment: a.comment.trim() };
  }
  return { checklist, withoutStatus };
}

/** Clauses whose answer differs from the saved one (status, section or comment). */
export function changedKeys(saved: Art28Checklist, draft: DraftChecklist): Art28Key[] {
  const now = checklistFromDraft(draft);
  return ART28_KEYS.filter((key) => {
    const a = saved[key];
    const b = draft[key];
    if (!a && !b) return false;
    if (!a || !b) return true;
    if (b.status === null) return true;
    const c = now.checklist[key];
    return !c || a.status !== c.status || a.section !== c.section || a.comment !== c.comment;
  });
}
