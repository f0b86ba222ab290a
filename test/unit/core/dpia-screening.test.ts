import { describe, it, expect } from 'vitest';
import {
  ART35_3_CASES,
  CNIL_AIPD_LIST,
  DpiaScreeningAnswers,
  WP248_CRITERIA,
  screen,
} from '../../../src-main/core/dpia-screening';

describe('DPIA screening (Art. 35, WP248, CNIL délibération 2018-327)', () => {
  it('has the nine WP248 criteria, the 14 CNIL list entries and the three Art. 35(3) cases', () => {
    expect(WP248_CRITERIA).toHaveLength(9);
    expect(CNIL_AIPD_LIST).toHaveLength(14);
    expect(CNIL_AIPD_LIST[0]?.id).toBe('cnil_aipd_01');
    expect(CNIL_AIPD_LIST[13]?.id).toBe('cnil_aipd_14');
    expect(ART35_3_CASES).toHaveLength(3);
  });

  it('requires a DPIA for a processing meeting two WP248 criteria (health data on a large scale)', () => {
    const r = screen({ wp248: { wp248_c4_sensitive_or_highly_personal: true, wp248_c5_large_scale: true } });
    expect(r.outcome).toBe('required');
    expect(r.wp248Count).toBe(2);
    expect(r.reasons.map((x) => x.citationFr)).toEqual([
      'critère 4 des lignes directrices WP248',
      'critère 5 des lignes directrices WP248',
    ]);
    expect(r.summaryFr).toContain('2 critères');
  });

  for (const entry of CNIL_AIPD_LIST) {
    it(`requires a DPIA for CNIL list entry ${entry.id.slice(-2)} alone`, () => {
      const r = screen({ cnil: { [entry.id]: true } });
      expect(r.outcome).toBe('required');
      expect(r.reasons).toHaveLength(1);
      expect(r.reasons[0]?.fr).toContain('délibération n° 2018-327');
      expect(r.summaryFr).toContain(`type n° ${Number(entry.id.slice(-2))} de la liste CNIL`);
    });
  }

  for (const c of ART35_3_CASES) {
    it(`requires a DPIA for the Art. 35(3) case ${c.id.slice(5, 6)}`, () => {
      const r = screen({ art35_3: { [c.id]: true } });
      expect(r.outcome).toBe('required');
      expect(r.summaryFr).toContain(c.citationFr);
    });
  }

  it('recommends a DPIA for a processing meeting exactly one WP248 criterion', () => {
    const r = screen({ wp248: { wp248_c7_vulnerable_subjects: true } });
    expect(r.outcome).toBe('recommended');
    expect(r.summaryFr).toMatch(/consignez-en les raisons/);
  });

  it('does not require a DPIA when no criterion, entry or case is met', () => {
    const r = screen({ wp248: { wp248_c1_evaluation_scoring: false } });
    expect(r.outcome).toBe('not_required');
    expect(r.reasons).toEqual([]);
    expect(screen({}).outcome).toBe('not_required');
  });

  it('validates questionnaire answers and rejects unknown criteria', () => {
    expect(DpiaScreeningAnswers.parse({})).toEqual({ art35_3: {}, cnil: {}, wp248: {} });
    expect(DpiaScreeningAnswers.safeParse({ wp248: { wp248_c10: true } }).success).toBe(false);
  });
});
