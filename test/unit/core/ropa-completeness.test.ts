import { describe, it, expect } from 'vitest';
import { ropaCompleteness, type ProcessingSnapshot } from '../../../src-main/core/ropa-completeness';

const contact = (name: string) => ({ name, contact: `${name.toLowerCase().replace(/\s/g, '')}@exemple.fr` });

/** A complete fiche: reimbursement of health expenses by a mutual insurer. */
function fiche(over: Partial<ProcessingSnapshot> = {}): ProcessingSnapshot {
  return {
    id: 'T1',
    name: 'Remboursement des frais de santé',
    reference: 'REG-001',
    role: 'controller',
    controller: contact('Mutuelle Exemple'),
    dpo: contact('DPO Mutuelle'),
    jointControllers: [],
    purposes: [{ label: 'Remboursement des prestations', legalBases: ['a6_1b_contract'] }],
    subjectCategories: ['Adhérents et ayants droit'],
    dataCategories: [
      { id: 'cnil_cat_etat_civil', description: 'Nom, prénom', retention: '5 ans après la fin du contrat', finalFate: 'destruction' },
      { id: 'cnil_sens_sante', description: 'Actes et prestations', retention: '5 ans', finalFate: 'archiving_intermediate' },
    ],
    art9Conditions: ['a9_2h_health_social_care'],
    recipients: [{ type: 'cnil_dest_interne', details: 'Service prestations' }],
    transfers: [],
    securityMeasures: [{ type: 'cnil_sec_controle_acces_utilisateurs', details: 'Habilitations par profil' }],
    ...over,
  };
}

const ids = (p: ProcessingSnapshot) => ropaCompleteness(p).missing.map((m) => m.id);

describe('register completeness (Art. 30)', () => {
  it('finds a complete controller fiche at 100 %', () => {
    const r = ropaCompleteness(fiche());
    expect(r.missing).toEqual([]);
    expect(r.percent).toBe(100);
    expect(r.complete).toBe(true);
    expect(r.record).toBe('art30_1');
  });

  it('asks for the legal basis of each purpose (Art. 30(1)(b), Art. 6(1))', () => {
    const p = fiche({ purposes: [
      { label: 'Remboursement', legalBases: ['a6_1b_contract'] },
      { label: 'Lutte contre la fraude', legalBases: [] },
    ] });
    const r = ropaCompleteness(p);
    expect(r.missing.map((m) => m.id)).toEqual(['a30_1b_purposes:legal_basis:1']);
    expect(r.missing[0]?.messageFr).toContain('« Lutte contre la fraude »');
    expect(r.percent).toBeLessThan(100);
  });

  it('asks for an Art. 9(2) condition when health data are processed', () => {
    expect(ids(fiche({ art9Conditions: [] }))).toEqual(['a30_1c_subjects_and_data_categories:art9_condition']);
  });

  it('does not ask for an Art. 9(2) condition when only ordinary data are processed', () => {
    const dataCategories = fiche().dataCategories.filter((c) => c.id === 'cnil_cat_etat_civil');
    expect(ids(fiche({ dataCategories, art9Conditions: [] }))).toEqual([]);
  });

  it('asks for the retention period and final fate of each data category (Art. 30(1)(f))', () => {
    const dataCategories = [{ id: 'cnil_cat_eco_fin' as const, description: 'RIB', retention: ' ', finalFate: null }];
    expect(ids(fiche({ dataCategories }))).toEqual([
      'a30_1f_erasure_time_limits:cnil_cat_eco_fin',
      'a30_1f_erasure_time_limits:cnil_cat_eco_fin:final_fate',
    ]);
  });

  it('asks for the DPO contact, recipients and security measures when they are empty', () => {
    const r = ropaCompleteness(fiche({ dpo: null, recipients: [], securityMeasures: [] }));
    expect(r.missing.map((m) => m.article)).toEqual(['Art. 30(1)(a)', 'Art. 30(1)(d)', 'Art. 30(1)(g)']);
  });

  it('asks for each joint controller of a processing under joint responsibility (Art. 26)', () => {
    expect(ids(fiche({ role: 'joint_controller' }))).toEqual(['a30_1a_controller_contacts:joint_controllers']);
    expect(ids(fiche({ role: 'joint_controller', jointControllers: [contact('Union mutualiste')] }))).toEqual([]);
  });

  it('flags a derived transfer without a mechanism (Art. 30(1)(e))', () => {
    const transfers = [{ key: 'P1:subprocessor:Support:IN', recipientName: 'Support', countryNameFr: 'Inde', issue: 'no_mechanism' as const }];
    const r = ropaCompleteness(fiche({ transfers }));
    expect(r.missing.map((m) => m.id)).toEqual(['a30_1e_transfers:P1:subprocessor:Support:IN']);
    expect(r.missing[0]?.messageFr).toContain('Inde');
  });

  it('asks for a DPIA when the screening says it is required and none is recorded (Art. 35)', () => {
    expect(ids(fiche({ dpia: { screening: 'required', done: false } }))).toEqual(['a35_dpia:done']);
    expect(ids(fiche({ dpia: { screening: null, done: false } }))).toEqual(['a35_dpia:screening']);
    expect(ids(fiche({ dpia: { screening: 'recommended', done: false } }))).toEqual([]);
  });

  it('checks a processor activity against Art. 30(2): controllers served and categories of processing', () => {
    const base = fiche({ role: 'processor', purposes: [], dataCategories: [], art9Conditions: [], recipients: [] });
    const r = ropaCompleteness({ ...base, controllersServed: [{ ...contact('Mutuelle B'), categoriesOfProcessing: '' }] });
    expect(r.record).toBe('art30_2');
    expect(r.missing.map((m) => m.id)).toEqual(['a30_2b_categories_of_processing:0']);
    expect(ids({ ...base, controllersServed: [] })).toEqual(['a30_2a_processor_controller_contacts:controllers']);
  });

  it('computes the percentage from the checks passed', () => {
    const r = ropaCompleteness(fiche({ reference: '' }));
    expect(r.passed).toBe(r.checked - 1);
    expect(r.percent).toBe(Math.floor(((r.checked - 1) * 100) / r.checked));
  });
});
