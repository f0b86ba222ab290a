import { describe, expect, it } from 'vitest';
import { screen } from '../../../src-main/core/dpia-screening';
import { ProcessingInput, type ProcessingDetail } from '../../../src-main/shared/schemas/processing';
import { answersFromTicked, NO_ANSWERS, tickedFromAnswers, toggleTicked } from '../../../src-renderer/pages/ropa/dpia-answers';
import {
  draftToProcessingInput,
  EMPTY_PROCESSING,
  needsArt9Condition,
  newDataCategory,
  newServed,
  processingToDraft,
} from '../../../src-renderer/pages/ropa/processing-draft';

const STORED: ProcessingDetail = {
  id: 'T1',
  reference: 'TRT-ADH',
  name: 'Adhésion et gestion des contrats',
  role: 'controller',
  status: 'draft',
  description: 'Souscription des contrats santé',
  jointControllers: [],
  controllersServed: [],
  purposes: [{ label: 'Gestion des contrats', legalBases: ['a6_1b_contract'], justification: '' }],
  art9Conditions: ['a9_2h_health_social_care'],
  dataCategories: [
    { category: 'cnil_cat_etat_civil', description: 'Nom, prénom', retention: 'Contrat + 5 ans', finalFate: 'destruction', sensitive: false },
    { category: 'cnil_sens_sante', description: 'Remboursements', retention: 'Contrat + 5 ans', finalFate: 'destruction', sensitive: true },
  ],
  subjectCategories: [{ label: 'Adhérents', details: '' }],
  subjectVolume: '250 000',
  dataOrigin: 'Adhérent',
  recipients: [{ type: 'cnil_dest_interne', details: 'Service adhésion' }],
  securityMeasures: [{ type: 'cnil_sec_chiffrement', details: 'Chiffrement au repos' }],
  processorIds: ['P1'],
  processors: [{ id: 'P1', reference: 'SST-2026-0001', name: 'Hébergeur', country: 'FR' }],
  transfers: [],
  reviewDate: '2027-06-11',
  reviewOverdue: false,
  sensitive: true,
  completeness: { record: 'art30_1', percent: 100, complete: true, missing: [] },
  dpia: { screening: null, followUp: { status: 'none', plannedFor: null, doneOn: null, nextReview: null, documentLink: '', notes: '' } },
  createdOn: '2026-01-01',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  validatedAt: null,
  validatedBy: null,
  linkedBreaches: [],
  linkedBreachCount: 0,
  linkedRequests: [],
  linkedRequestCount: 0,
};

describe('register fiche form', () => {
  it('sends back a stored fiche as the contract expects it, transfers never retyped (Art. 30(1)(e))', () => {
    const input = draftToProcessingInput(processingToDraft(STORED));
    const parsed = ProcessingInput.parse(input);
    expect(parsed.dataCategories.map((c) => c.category)).toEqual(['cnil_cat_etat_civil', 'cnil_sens_sante']);
    expect(parsed.processorIds).toEqual(['P1']);
    expect(input).not.toHaveProperty('transfers');
  });

  it('keeps joint controllers only for a joint controller (Art. 26) and controllers served only for a processor (Art. 30(2))', () => {
    const actor = { ...newServed(), name: 'Mutuelle Partenaire', categoriesOfProcessing: 'Gestion déléguée' };
    const draft = { ...EMPTY_PROCESSING, name: 'X', purposes: [], jointControllers: [actor], controllersServed: [actor] };
    expect(draftToProcessingInput({ ...draft, role: 'controller' })).toMatchObject({ jointControllers: [], controllersServed: [] });
    const joint = draftToProcessingInput({ ...draft, role: 'joint_controller' });
    expect(joint.jointControllers).toEqual([{ name: 'Mutuelle Partenaire', address: '', postalCode: '', city: '', country: '', phone: '', email: '' }]);
    expect(ProcessingInput.safeParse(joint).success).toBe(true);
    expect(draftToProcessingInput({ ...draft, role: 'processor' }).controllersServed).toEqual([actor]);
  });

  it('asks for an Art. 9(2) condition for health data, not for the NIR alone', () => {
    expect(needsArt9Condition([{ category: 'cnil_sens_sante' }])).toBe(true);
    expect(needsArt9Condition([{ category: 'cnil_sens_nir' }, { category: 'cnil_cat_etat_civil' }])).toBe(false);
  });

  it('offers each data category once per fiche', () => {
    const first = newDataCategory([]);
    expect(first.category).toBe('cnil_cat_etat_civil');
    expect(newDataCategory([first]).category).toBe('cnil_cat_vie_personnelle');
  });
});

describe('DPIA screening form', () => {
  it('finds a DPIA required for large-scale health data (Art. 35(3)(b)) from the boxes ticked', () => {
    const ticked = toggleTicked(NO_ANSWERS, 'art35_3', 'a35_3b_large_scale_special_categories', true);
    const answers = answersFromTicked(ticked);
    expect(answers).toEqual({ art35_3: { a35_3b_large_scale_special_categories: true }, cnil: {}, wp248: {} });
    expect(screen(answers).outcome).toBe('required');
  });

  it('recommends a DPIA for one WP248 criterion and requires it for two', () => {
    const one = toggleTicked(NO_ANSWERS, 'wp248', 'wp248_c5_large_scale', true);
    expect(screen(answersFromTicked(one)).outcome).toBe('recommended');
    const two = toggleTicked(one, 'wp248', 'wp248_c4_sensitive_or_highly_personal', true);
    expect(screen(answersFromTicked(two)).outcome).toBe('required');
    expect(screen(answersFromTicked(toggleTicked(two, 'wp248', 'wp248_c5_large_scale', false))).outcome).toBe('recommended');
  });

  it('starts a new screening from the answers of the last one, ignoring ids it does not know', () => {
    const ticked = tickedFromAnswers({ art35_3: {}, cnil: { cnil_aipd_08: true, cnil_aipd_09: false }, wp248: {} });
    expect(ticked).toEqual({ art35_3: [], cnil: ['cnil_aipd_08'], wp248: [] });
    expect(answersFromTicked({ ...ticked, wp248: ['wp248_c99_unknown'] })).toEqual({ art35_3: {}, cnil: { cnil_aipd_08: true }, wp248: {} });
  });
});
