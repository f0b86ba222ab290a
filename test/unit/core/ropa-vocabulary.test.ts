import { describe, it, expect } from 'vitest';
import {
  ART9_CONDITIONS,
  DATA_CATEGORIES,
  FINAL_FATES,
  LEGAL_BASES,
  LegalBasisId,
  PROCESSING_ROLES,
  RECIPIENT_TYPES,
  SECURITY_MEASURE_TYPES,
  SENSITIVE_CATEGORIES,
  sensitiveRegime,
  vocabularyLabel,
} from '../../../src-main/core/ropa-vocabulary';

const LISTS = { LEGAL_BASES, ART9_CONDITIONS, DATA_CATEGORIES, SENSITIVE_CATEGORIES, SECURITY_MEASURE_TYPES, RECIPIENT_TYPES, FINAL_FATES, PROCESSING_ROLES };

describe('register vocabulary', () => {
  it('has unique ids and French and English labels in every list', () => {
    for (const [name, list] of Object.entries(LISTS)) {
      const ids = list.map((e) => e.id);
      expect(new Set(ids).size, name).toBe(ids.length);
      for (const e of list) {
        expect(e.fr.length, `${name}.${e.id}`).toBeGreaterThan(3);
        expect(e.en.length, `${name}.${e.id}`).toBeGreaterThan(3);
      }
    }
  });

  it('lists the six legal bases of Art. 6(1)(a)-(f) and the ten conditions of Art. 9(2)(a)-(j)', () => {
    expect(LEGAL_BASES.map((b) => b.article)).toEqual(['a', 'b', 'c', 'd', 'e', 'f'].map((l) => `Art. 6(1)(${l})`));
    expect(ART9_CONDITIONS.map((c) => c.article)).toEqual('abcdefghij'.split('').map((l) => `Art. 9(2)(${l})`));
  });

  it('uses the CNIL fiche ids of REGULATORY.md §5 for data categories and security measures', () => {
    expect(DATA_CATEGORIES.map((c) => c.id)).toContain('cnil_cat_etat_civil');
    expect(DATA_CATEGORIES.map((c) => c.id)).toContain('cnil_cat_eco_fin');
    expect(SECURITY_MEASURE_TYPES.map((c) => c.id)).toEqual(expect.arrayContaining([
      'cnil_sec_controle_acces_utilisateurs', 'cnil_sec_protection_logiciels', 'cnil_sec_sauvegarde', 'cnil_sec_chiffrement',
    ]));
  });

  it('classes health data under Art. 9, offences under Art. 10 and the NIR apart', () => {
    expect(sensitiveRegime('cnil_sens_sante')).toBe('art9');
    expect(sensitiveRegime('cnil_sens_condamnations_infractions')).toBe('art10');
    expect(sensitiveRegime('cnil_sens_nir')).toBe('nir');
    expect(sensitiveRegime('cnil_cat_etat_civil')).toBeNull();
  });

  it('distinguishes intermediate and definitive archiving as final fates', () => {
    expect(FINAL_FATES.map((f) => f.id)).toEqual(['destruction', 'anonymisation', 'archiving_intermediate', 'archiving_definitive']);
  });

  it('labels ids in French by default and in English on request, and validates them', () => {
    expect(vocabularyLabel(PROCESSING_ROLES, 'joint_controller')).toBe('Responsable conjoint');
    expect(vocabularyLabel(PROCESSING_ROLES, 'joint_controller', 'en')).toBe('Joint controller');
    expect(LegalBasisId.safeParse('a6_1c_legal_obligation').success).toBe(true);
    expect(LegalBasisId.safeParse('a6_1g').success).toBe(false);
  });
});
