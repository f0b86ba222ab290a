/**
 * Links from a breach to the register (issue 6): the pickers' options and the « Pré-remplir depuis le
 * registre » modal — what it offers (Art. 33(3)(a): categories of data and of people) and what the
 * confirmed `breach.update` sends.
 */
import { describe, expect, it } from 'vitest';
import { addedIds, linkLabel, linkOptions, sameIds } from '../../../src-renderer/pages/breaches/links/link-options';
import { isEmptyProposal, prefillResult, prefillRows, proposePrefill, type PrefillProposal } from '../../../src-renderer/pages/breaches/links/prefill-rows';

describe('link pickers', () => {
  it('labels a processing « REF — Nom » and lists the register by reference', () => {
    const rows = [
      { id: 'b', reference: 'TRT-2026-0010', name: 'Tiers payant' },
      { id: 'a', reference: 'TRT-2026-0002', name: 'Remboursements' },
    ];
    expect(linkLabel({ id: 'a', reference: 'TRT-2026-0002', name: 'Remboursements' })).toBe('TRT-2026-0002 — Remboursements');
    expect(linkOptions(rows)).toEqual([
      { value: 'a', label: 'TRT-2026-0002 — Remboursements' },
      { value: 'b', label: 'TRT-2026-0010 — Tiers payant' },
    ]);
  });

  it('keeps a saved link in the picker while the register list is not loaded, without duplicates', () => {
    const linked = [{ id: 'a', reference: 'TRT-2026-0002', name: 'Remboursements' }];
    expect(linkOptions([], linked)).toEqual([{ value: 'a', label: 'TRT-2026-0002 — Remboursements' }]);
    expect(linkOptions(linked, linked)).toHaveLength(1);
  });

  it('tells an unchanged selection from a new link', () => {
    expect(sameIds(['a', 'b'], ['b', 'a'])).toBe(true);
    expect(sameIds(['a'], ['a', 'b'])).toBe(false);
    expect(addedIds(['a'], ['a', 'b'])).toEqual(['b']);
    expect(addedIds(['a', 'b'], ['a'])).toEqual([]);
  });
});

describe('pre-fill from the register', () => {
  const mutualFile = {
    dataCategories: [
      { id: 'cnil_cat_etat_civil', regime: 'ordinary' as const },
      { id: 'cnil_sens_sante', regime: 'art9' as const },
    ],
    subjectCategories: ['Adhérents et ayants droit'],
  };

  it('offers health data and the members and beneficiaries of a mutual’s register fiche', () => {
    const proposal = proposePrefill(mutualFile, { dataTypes: [], subjectCategories: [] });
    expect(proposal.dataTypes).toContain('health');
    expect(proposal.subjectCategories).toEqual(expect.arrayContaining(['members', 'beneficiaries']));
    expect(proposal.unmatchedSubjects).toEqual([]);
    expect(isEmptyProposal(proposal)).toBe(false);
  });

  it('offers nothing that is already ticked in the record', () => {
    const first = proposePrefill(mutualFile, { dataTypes: [], subjectCategories: [] });
    const again = proposePrefill(mutualFile, { dataTypes: first.dataTypes, subjectCategories: first.subjectCategories });
    expect(again.dataTypes).toEqual([]);
    expect(again.subjectCategories).toEqual([]);
    expect(isEmptyProposal(again)).toBe(true);
  });

  it('shows a register label that matches no box of the form, and offers « Autres » for it', () => {
    const proposal = proposePrefill({ dataCategories: [], subjectCategories: ['Prestataires de voyage'] }, { dataTypes: [], subjectCategories: [] });
    expect(proposal.unmatchedSubjects).toEqual(['Prestataires de voyage']);
    expect(proposal.subjectCategories).toEqual(['other']);
  });

  it('marks Art. 9 data and vulnerable people in the modal, in the order of the notification form', () => {
    const proposal: PrefillProposal = { dataTypes: ['health', 'basic'], subjectCategories: ['patients', 'members'], unmatchedSubjects: [] };
    const rows = prefillRows(proposal, 'fr');
    expect(rows.dataTypes).toEqual([
      { value: 'basic', label: 'Données d’identification de base (nom, date de naissance…)', flagged: false },
      { value: 'health', label: 'Données de santé (art. 9)', flagged: true },
    ]);
    expect(rows.subjects.map((r) => [r.label, r.flagged])).toEqual([
      ['Adhérents / membres', false],
      ['Patients', true],
    ]);
  });

  it('sends the union of the record and the boxes left ticked, and nothing the user unticked', () => {
    const proposal: PrefillProposal = { dataTypes: ['health', 'nir'], subjectCategories: ['members', 'beneficiaries'], unmatchedSubjects: [] };
    const result = prefillResult({ dataTypes: ['contact'], subjectCategories: ['customers'] }, proposal, { dataTypes: ['health'], subjectCategories: ['members', 'beneficiaries'] });
    expect(result.dataTypes).toEqual(['contact', 'health']);
    expect(result.subjectCategories).toEqual(['members', 'beneficiaries', 'customers']);
    expect(result.added).toBe(3);
  });

  it('drops « Pas encore connues » once a known category is added, and keeps it when nothing is', () => {
    const proposal: PrefillProposal = { dataTypes: ['health'], subjectCategories: [], unmatchedSubjects: [] };
    const current = { dataTypes: ['not_yet_known' as const], subjectCategories: ['not_yet_known' as const] };
    expect(prefillResult(current, proposal, { dataTypes: ['health'], subjectCategories: [] })).toEqual({
      dataTypes: ['health'],
      subjectCategories: ['not_yet_known'],
      added: 1,
    });
    expect(prefillResult(current, proposal, { dataTypes: [], subjectCategories: [] }).added).toBe(0);
  });

  it('ignores a ticked box that was not offered', () => {
    const proposal: PrefillProposal = { dataTypes: ['health'], subjectCategories: [], unmatchedSubjects: [] };
    expect(prefillResult({ dataTypes: [], subjectCategories: [] }, proposal, { dataTypes: ['genetic'], subjectCategories: ['minors'] })).toEqual({
      dataTypes: [],
      subjectCategories: [],
      added: 0,
    });
  });
});
