import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  breachCategoriesFromProcessings,
  DATA_TYPES_OF_CATEGORY,
  prefillAdditions,
  subjectCategoriesOfLabel,
} from '../../../src-main/core/breach-prefill';
import { DATA_TYPES, SUBJECT_CATEGORIES } from '../../../src-main/core/breach-vocabulary';
import { DATA_CATEGORIES, SENSITIVE_CATEGORIES } from '../../../src-main/core/ropa-vocabulary';

const ALL_CATEGORIES = [
  ...DATA_CATEGORIES.map((c) => ({ id: c.id as string, regime: 'ordinary' as const })),
  ...SENSITIVE_CATEGORIES.map((c) => ({ id: c.id as string, regime: c.regime })),
];

const fromRegister = (ids: readonly string[], subjects: readonly string[] = []) =>
  breachCategoriesFromProcessings({
    dataCategories: ids.map((id) => ALL_CATEGORIES.find((c) => c.id === id) ?? { id, regime: 'ordinary' as const }),
    subjectCategories: subjects,
  });

describe('pre-filling a breach from the processings it touched (Art. 33(3)(a))', () => {
  it('a processing of health data pre-fills the breach with health data (art. 9)', () => {
    expect(fromRegister(['cnil_sens_sante']).dataTypes).toEqual(['health']);
  });

  it('maps the NIR, criminal data (art. 10) and each art. 9 category to its own box', () => {
    expect(fromRegister(['cnil_sens_nir']).dataTypes).toEqual(['nir']);
    expect(fromRegister(['cnil_sens_condamnations_infractions']).dataTypes).toEqual(['criminal']);
    expect(fromRegister(['cnil_sens_genetiques', 'cnil_sens_biometriques', 'cnil_sens_vie_sexuelle']).dataTypes).toEqual(['biometric', 'sex_life_orientation', 'genetic']);
    expect(fromRegister(['cnil_sens_origine_raciale_ethnique', 'cnil_sens_opinions_politiques', 'cnil_sens_convictions_religieuses', 'cnil_sens_appartenance_syndicale']).dataTypes).toEqual([
      'political',
      'racial_ethnic',
      'religious_philosophical',
      'trade_union',
    ]);
  });

  it('maps identity to basic identification data and contact details, economic data and location to their boxes', () => {
    expect(fromRegister(['cnil_cat_etat_civil']).dataTypes).toEqual(['basic', 'contact']);
    expect(fromRegister(['cnil_cat_eco_fin']).dataTypes).toEqual(['economic_financial']);
    expect(fromRegister(['cnil_cat_localisation']).dataTypes).toEqual(['location']);
  });

  it('"Adhérents et ayants droit" gives members and beneficiaries', () => {
    const out = fromRegister([], ['Adhérents et ayants droit']);
    expect(out.subjectCategories).toEqual(['members', 'beneficiaries']);
    expect(out.unmatchedSubjects).toEqual([]);
  });

  it('reads subject labels without regard to accents or case, on word starts only', () => {
    expect(subjectCategoriesOfLabel('SALARIÉS')).toEqual(['employees']);
    expect(subjectCategoriesOfLabel('Bénéficiaires')).toEqual(['beneficiaries']);
    expect(subjectCategoriesOfLabel('Élèves et étudiants')).toEqual(['students']);
    expect(subjectCategoriesOfLabel('Patients hospitalisés')).toEqual(['patients']);
    expect(subjectCategoriesOfLabel('Enfants mineurs')).toEqual(['minors']);
    expect(subjectCategoriesOfLabel('Majeurs protégés (tutelle, curatelle)')).toEqual(['vulnerable']);
    expect(subjectCategoriesOfLabel('Clients et prospects')).toEqual(['customers']);
    expect(subjectCategoriesOfLabel('Abonnés à la lettre')).toEqual(['subscribers']);
    expect(subjectCategoriesOfLabel('Visiteurs du site')).toEqual(['users']);
    // « employeur » is the member's company, not an employee.
    expect(subjectCategoriesOfLabel('Employeurs')).toEqual([]);
  });

  it('keeps a label that matches nothing apart, and ticks « Autres » once', () => {
    const out = fromRegister([], ['Professionnels de santé', 'Fournisseurs', 'Adhérents', 'Fournisseurs']);
    expect(out.unmatchedSubjects).toEqual(['Professionnels de santé', 'Fournisseurs']);
    expect(out.subjectCategories).toEqual(['members', 'other']);
  });

  it('gives the boxes in the order of the notification form, without duplicates', () => {
    const out = fromRegister(['cnil_sens_sante', 'cnil_cat_etat_civil', 'cnil_sens_sante', 'cnil_cat_connexion', 'cnil_cat_internet'], ['Salariés', 'Adhérents', 'Membres']);
    expect(out.dataTypes).toEqual(['basic', 'contact', 'health', 'profile', 'credentials']);
    expect(out.subjectCategories).toEqual(['members', 'employees']);
  });

  it('judges a category the vocabulary does not know by its regime', () => {
    const out = breachCategoriesFromProcessings({ dataCategories: [{ id: 'ancienne_categorie', regime: 'nir' }], subjectCategories: [] });
    expect(out.dataTypes).toEqual(['nir']);
  });

  it('adds only what is not already ticked, never « pas encore connues »', () => {
    const proposed = fromRegister(['cnil_cat_etat_civil', 'cnil_sens_sante', 'cnil_sens_nir'], ['Adhérents', 'Ayants droit']);
    const additions = prefillAdditions(
      { dataTypes: ['health', 'not_yet_known'], subjectCategories: ['members'] },
      { dataTypes: [...proposed.dataTypes, 'not_yet_known'], subjectCategories: [...proposed.subjectCategories, 'not_yet_known'] },
    );
    expect(additions).toEqual({ dataTypes: ['basic', 'contact', 'nir'], subjectCategories: ['beneficiaries'] });
  });

  it('maps every CNIL category of the register to valid breach data types (property)', () => {
    fc.assert(
      fc.property(fc.subarray(ALL_CATEGORIES), fc.array(fc.string({ maxLength: 40 }), { maxLength: 8 }), (categories, subjects) => {
        const out = breachCategoriesFromProcessings({ dataCategories: categories, subjectCategories: subjects });
        expect(out.dataTypes.every((t) => (DATA_TYPES as readonly string[]).includes(t))).toBe(true);
        expect(out.subjectCategories.every((c) => (SUBJECT_CATEGORIES as readonly string[]).includes(c))).toBe(true);
        expect(new Set(out.dataTypes).size).toBe(out.dataTypes.length);
        expect(out.dataTypes).toEqual(DATA_TYPES.filter((t) => out.dataTypes.includes(t)));
        expect(out.subjectCategories.includes('other')).toBe(out.unmatchedSubjects.length > 0);
        // Every category chosen contributes at least one box.
        for (const c of categories) expect(DATA_TYPES_OF_CATEGORY[c.id as keyof typeof DATA_TYPES_OF_CATEGORY].length).toBeGreaterThan(0);
      }),
    );
    for (const c of ALL_CATEGORIES) expect(Object.hasOwn(DATA_TYPES_OF_CATEGORY, c.id)).toBe(true);
  });
});
