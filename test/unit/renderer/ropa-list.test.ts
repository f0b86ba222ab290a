import { describe, expect, it } from 'vitest';
import type { ImportPreview, ProcessingRow } from '../../../src-main/shared/schemas/processing';
import { canImport, orderedRows } from '../../../src-renderer/pages/ropa/import-preview';
import { registerStats } from '../../../src-renderer/pages/ropa/register-stats';
import { EMPTY_ROPA_FILTERS, ropaListInput } from '../../../src-renderer/pages/ropa/ropa-list-state';

function row(over: Partial<ProcessingRow>): ProcessingRow {
  return {
    id: 'T',
    reference: 'TRT',
    name: 'Traitement',
    role: 'controller',
    status: 'draft',
    purpose: '',
    sensitive: false,
    completeness: 100,
    missingCount: 0,
    dpiaOutcome: null,
    dpiaStatus: 'none',
    dpiaPending: false,
    processorCount: 0,
    transferCount: 0,
    transferIssues: 0,
    reviewDate: null,
    reviewOverdue: false,
    updatedAt: '',
    ...over,
  };
}

describe('register toolbar', () => {
  it('asks for every fiche by reference when nothing is filtered', () => {
    expect(ropaListInput(EMPTY_ROPA_FILTERS, { sort: 'reference', direction: 'asc' }, 1)).toEqual({
      roles: [],
      incompleteOnly: false,
      sort: 'reference',
      direction: 'asc',
      offset: 0,
      limit: 100,
    });
  });

  it('filters the Art. 30(2) record with its incomplete fiches and those needing a DPIA', () => {
    const input = ropaListInput({ ...EMPTY_ROPA_FILTERS, roles: ['processor'], dpia: 'required', incompleteOnly: true, processorId: 'P1' }, { sort: 'completeness', direction: 'asc' }, 2);
    expect(input).toMatchObject({ roles: ['processor'], dpiaOutcome: 'required', incompleteOnly: true, processorId: 'P1', offset: 100 });
  });
});

describe('register summary', () => {
  it('counts a required DPIA not done as pending and a done one apart (Art. 35)', () => {
    const stats = registerStats([
      row({ dpiaOutcome: 'required', dpiaPending: true, missingCount: 2 }),
      row({ dpiaOutcome: 'required', dpiaPending: false, status: 'validated' }),
      row({ dpiaOutcome: 'recommended', transferIssues: 1 }),
      row({ dpiaOutcome: 'not_required', reviewOverdue: true }),
      row({}),
    ]);
    expect(stats).toEqual({
      total: 5,
      complete: 4,
      incomplete: 1,
      validated: 1,
      dpiaPending: 1,
      dpiaDone: 1,
      dpiaRecommended: 1,
      dpiaNotRequired: 1,
      unscreened: 1,
      transferIssues: 1,
      reviewOverdue: 1,
    });
  });
});

describe('register import preview', () => {
  const preview = (over: Partial<ImportPreview>): ImportPreview => ({
    valid: true,
    fiches: 2,
    toCreate: 2,
    toUpdate: 0,
    rows: [
      { sheet: 'Fiche 1', reference: 'TRT-1', name: 'Paie', action: 'create', errors: [], warnings: [] },
      { sheet: 'Fiche 2', reference: 'TRT-2', name: 'Adhésion', action: 'create', errors: [], warnings: [] },
    ],
    fileErrors: [],
    errorCount: 0,
    ...over,
  });

  it('writes nothing unless every fiche of the workbook is valid', () => {
    expect(canImport(preview({}))).toBe(true);
    expect(canImport(preview({ valid: false, errorCount: 1 }))).toBe(false);
    expect(canImport(preview({ fileErrors: ['Feuille « Registre » absente.'] }))).toBe(false);
    expect(canImport(preview({ fiches: 0, rows: [] }))).toBe(false);
  });

  it('shows the fiches with errors first, then the refused ones, in file order', () => {
    const p = preview({
      valid: false,
      rows: [
        { sheet: 'Fiche 1', reference: 'A', name: 'ok', action: 'create', errors: [], warnings: [] },
        { sheet: 'Fiche 2', reference: 'B', name: 'refusée', action: 'refused', errors: [], warnings: ['Référence existante'] },
        { sheet: 'Fiche 3', reference: 'C', name: 'erreur', action: 'create', errors: [{ sheet: 'Fiche 3', row: 12, field: 'Finalité', message: 'Ce champ est obligatoire.' }], warnings: [] },
      ],
    });
    expect(orderedRows(p).map((r) => r.reference)).toEqual(['C', 'B', 'A']);
  });
});
