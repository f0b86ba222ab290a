import { describe, expect, it } from 'vitest';
import { ART28_CHECKLIST, evaluateChecklist } from '../../../src-main/core/art28';
import {
  changedKeys,
  checklistFromDraft,
  clearAnswer,
  draftFromChecklist,
  gridCommand,
  setStatus,
  setText,
} from '../../../src-renderer/pages/processors/art28-grid-state';

const ROWS = ART28_CHECKLIST.length;

describe('Art. 28 grid keyboard', () => {
  it('sets présente, partielle, manquante, non applicable with P, A, M and N, in either case', () => {
    const at = { row: 3, col: 2 };
    expect(gridCommand({ key: 'p' }, at, ROWS, false)).toEqual({ kind: 'setStatus', status: 'present' });
    expect(gridCommand({ key: 'A' }, at, ROWS, false)).toEqual({ kind: 'setStatus', status: 'partial' });
    expect(gridCommand({ key: 'm' }, at, ROWS, false)).toEqual({ kind: 'setStatus', status: 'missing' });
    expect(gridCommand({ key: 'N' }, at, ROWS, false)).toEqual({ kind: 'setStatus', status: 'not_applicable' });
  });

  it('moves between cells with the arrows and stops at the edges of the grid', () => {
    expect(gridCommand({ key: 'ArrowDown' }, { row: 0, col: 2 }, ROWS, false)).toEqual({ kind: 'move', to: { row: 1, col: 2 } });
    expect(gridCommand({ key: 'ArrowUp' }, { row: 0, col: 2 }, ROWS, false)).toEqual({ kind: 'move', to: { row: 0, col: 2 } });
    expect(gridCommand({ key: 'ArrowRight' }, { row: 5, col: 4 }, ROWS, false)).toEqual({ kind: 'move', to: { row: 5, col: 4 } });
    expect(gridCommand({ key: 'End', ctrlKey: true }, { row: 5, col: 1 }, ROWS, false)).toEqual({ kind: 'move', to: { row: ROWS - 1, col: 1 } });
    expect(gridCommand({ key: 'PageDown' }, { row: 20, col: 2 }, ROWS, false)).toEqual({ kind: 'move', to: { row: ROWS - 1, col: 2 } });
  });

  it('edits the contract section with Enter, or the comment when Enter is pressed in the comment column', () => {
    expect(gridCommand({ key: 'Enter' }, { row: 0, col: 2 }, ROWS, false)).toEqual({ kind: 'edit', field: 'section' });
    expect(gridCommand({ key: 'Enter' }, { row: 0, col: 4 }, ROWS, false)).toEqual({ kind: 'edit', field: 'comment' });
  });

  it('lets a read-only role move through the grid but not answer it', () => {
    expect(gridCommand({ key: 'p' }, { row: 0, col: 2 }, ROWS, true)).toEqual({ kind: 'none' });
    expect(gridCommand({ key: 'Enter' }, { row: 0, col: 2 }, ROWS, true)).toEqual({ kind: 'none' });
    expect(gridCommand({ key: 'ArrowDown' }, { row: 0, col: 2 }, ROWS, true).kind).toBe('move');
  });

  it('leaves browser shortcuts alone (Ctrl+P prints, it does not mark a clause present)', () => {
    expect(gridCommand({ key: 'p', ctrlKey: true }, { row: 0, col: 2 }, ROWS, false)).toEqual({ kind: 'none' });
    expect(gridCommand({ key: 'x' }, { row: 0, col: 2 }, ROWS, false)).toEqual({ kind: 'none' });
  });
});

describe('Art. 28 grid draft', () => {
  it('keeps the section and comment when the status of a clause changes', () => {
    const draft = draftFromChecklist({ a28_3b_confidentiality: { status: 'partial', section: 'art. 7', comment: 'À préciser' } });
    const next = setStatus(draft, 'a28_3b_confidentiality', 'present');
    expect(next.a28_3b_confidentiality).toEqual({ status: 'present', section: 'art. 7', comment: 'À préciser' });
  });

  it('refuses to save a section typed on a clause that has no status yet', () => {
    const draft = setText({}, 'a28_3g_delete_or_return', 'section', 'annexe 2');
    expect(checklistFromDraft(draft)).toEqual({ checklist: {}, withoutStatus: ['a28_3g_delete_or_return'] });
  });

  it('forgets an unanswered clause whose section is erased again', () => {
    const typed = setText({}, 'a28_3g_delete_or_return', 'section', 'annexe 2');
    expect(setText(typed, 'a28_3g_delete_or_return', 'section', '  ')).toEqual({});
  });

  it('counts a mandatory clause cleared with Delete as missing again (Art. 28(3))', () => {
    const all = Object.fromEntries(ART28_CHECKLIST.filter((i) => i.kind === 'mandatory').map((i) => [i.key, { status: 'present', section: '', comment: '' }]));
    const draft = clearAnswer(draftFromChecklist(all), 'a28_3h_audits_information');
    const ev = evaluateChecklist(checklistFromDraft(draft).checklist);
    expect(ev.missingMandatory).toEqual(['a28_3h_audits_information']);
    expect(ev.compliant).toBe(false);
  });

  it('lists the clauses changed since the last save, and none once saved', () => {
    const saved = { a28_9_in_writing: { status: 'present' as const, section: 'art. 1', comment: '' } };
    const draft = setStatus(setText(draftFromChecklist(saved), 'a28_9_in_writing', 'comment', 'signé électroniquement'), 'a28_3c_security_art32', 'missing');
    expect(changedKeys(saved, draft)).toEqual(['a28_3c_security_art32', 'a28_9_in_writing']);
    expect(changedKeys(saved, draftFromChecklist(saved))).toEqual([]);
  });
});
