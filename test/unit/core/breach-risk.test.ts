import { describe, expect, it } from 'vitest';
import {
  RiskAnswersSchema,
  assessBreachRisk,
  bandOf,
  enisaScore,
  type Recommendation,
  type RiskAnswersInput,
} from '../../../src-main/core/breach-risk';

/** Neutral answers: each case states only the facts of the EDPB example. */
const BASE: RiskAnswersInput = {
  dataTypes: ['basic', 'contact'],
  identification: 'maximum',
  confidentiality: 'none',
  integrity: 'none',
  availability: 'none',
  maliciousIntent: false,
  subjectCount: null,
  vulnerableSubjects: false,
  dataUnintelligible: false,
  backup: 'not_needed',
  exfiltration: 'excluded',
  permanence: 'reversible',
};

const assess = (facts: Partial<RiskAnswersInput>) => assessBreachRisk(RiskAnswersSchema.parse({ ...BASE, ...facts }));

/** EDPB Guidelines 01/2021 v2.0, outcome table of REGULATORY.md §3a (only case 01 read in the primary text). */
const CASES: { id: string; title: string; expected: Recommendation; facts: Partial<RiskAnswersInput> }[] = [
  {
    id: '01', title: 'ransomware with proper backup and without exfiltration', expected: 'none',
    facts: { availability: 'temporary', backup: 'restored_quickly', maliciousIntent: true, confidentiality: 'unknown_recipients', exfiltration: 'excluded', dataUnintelligible: true, subjectCount: 40 },
  },
  {
    id: '02', title: 'ransomware without proper backup', expected: 'risk',
    facts: { availability: 'temporary', backup: 'restored_with_delay', maliciousIntent: true, exfiltration: 'excluded', subjectCount: 500 },
  },
  {
    id: '03', title: 'ransomware with backup and without exfiltration in a hospital', expected: 'high_risk',
    facts: { dataTypes: ['basic', 'health'], availability: 'temporary', backup: 'restored_with_delay', maliciousIntent: true, exfiltration: 'excluded', vulnerableSubjects: true, subjectCount: 2000 },
  },
  {
    id: '04', title: 'ransomware without backup and with exfiltration', expected: 'high_risk',
    facts: { dataTypes: ['basic', 'contact', 'official_documents', 'economic_financial'], confidentiality: 'unknown_recipients', exfiltration: 'certain', availability: 'permanent', backup: 'unavailable', maliciousIntent: true, subjectCount: 1000 },
  },
  {
    id: '05', title: 'exfiltration of job application data from a website', expected: 'high_risk',
    facts: { dataTypes: ['basic', 'contact', 'profile'], confidentiality: 'unknown_recipients', exfiltration: 'certain', maliciousIntent: true, subjectCount: 213 },
  },
  {
    id: '06', title: 'exfiltration of hashed passwords from a website', expected: 'none',
    facts: { dataTypes: ['credentials'], confidentiality: 'unknown_recipients', exfiltration: 'certain', maliciousIntent: true, dataUnintelligible: true, subjectCount: 1200 },
  },
  {
    id: '07', title: 'credential stuffing attack on a banking website', expected: 'high_risk',
    facts: { dataTypes: ['basic', 'credentials', 'economic_financial'], confidentiality: 'unknown_recipients', exfiltration: 'likely', maliciousIntent: true, subjectCount: 2000 },
  },
  {
    id: '08', title: 'exfiltration of business data by an employee', expected: 'risk',
    facts: { confidentiality: 'known_recipients', exfiltration: 'certain', maliciousIntent: true, subjectCount: 300 },
  },
  {
    id: '09', title: 'accidental transmission of data to a trusted third party', expected: 'none',
    facts: { dataTypes: ['basic', 'contact', 'economic_financial'], confidentiality: 'trusted_recipient', exfiltration: 'certain', subjectCount: 24 },
  },
  {
    id: '10', title: 'stolen material storing encrypted personal data', expected: 'none',
    facts: { confidentiality: 'unknown_recipients', exfiltration: 'certain', maliciousIntent: true, dataUnintelligible: true, availability: 'temporary', backup: 'restored_quickly', subjectCount: 5000 },
  },
  {
    id: '11', title: 'stolen material storing non-encrypted personal data', expected: 'high_risk',
    facts: { confidentiality: 'unknown_recipients', exfiltration: 'likely', maliciousIntent: true, availability: 'temporary', backup: 'restored_quickly', subjectCount: 100_000 },
  },
  {
    id: '12', title: 'stolen paper files with sensitive data', expected: 'high_risk',
    facts: { dataTypes: ['basic', 'health'], confidentiality: 'unknown_recipients', exfiltration: 'certain', maliciousIntent: true, availability: 'permanent', backup: 'unavailable', subjectCount: 100 },
  },
  {
    id: '13', title: 'postal mail mistake (two shoe orders swapped)', expected: 'none',
    facts: { confidentiality: 'known_recipients', exfiltration: 'certain', subjectCount: 2 },
  },
  {
    id: '14', title: 'highly confidential personal data sent by mail by mistake', expected: 'high_risk',
    // A file with the social-security numbers of job seekers attached to an e-mail sent to thousands: the audience cannot be controlled.
    facts: { dataTypes: ['basic', 'contact', 'nir'], confidentiality: 'unknown_recipients', exfiltration: 'certain', subjectCount: 60_000 },
  },
  {
    id: '15', title: 'personal data sent by mail by mistake (course participant list)', expected: 'none',
    facts: { confidentiality: 'known_recipients', exfiltration: 'certain', subjectCount: 15 },
  },
  {
    id: '16', title: 'postal mail mistake (car-insurance letters, two in one envelope)', expected: 'risk',
    facts: {
      dataTypes: ['basic', 'contact', 'economic_financial'],
      dpcAdjustments: [{ delta: -1, reason: 'Montant de prime et bonus-malus seulement, aucune coordonnée bancaire : données financières limitées (ENISA).' }],
      confidentiality: 'known_recipients', exfiltration: 'certain', subjectCount: 2,
    },
  },
  {
    id: '17', title: 'identity theft at a telecom contact centre', expected: 'high_risk',
    facts: { dataTypes: ['basic', 'contact', 'economic_financial'], confidentiality: 'unknown_recipients', exfiltration: 'certain', integrity: 'altered_recoverable', maliciousIntent: true, subjectCount: 1 },
  },
  {
    id: '18', title: 'e-mail exfiltration through mailbox forwarding rules', expected: 'high_risk',
    facts: { dataTypes: ['basic', 'contact', 'payment_means'], confidentiality: 'unknown_recipients', exfiltration: 'certain', maliciousIntent: true, subjectCount: 50 },
  },
];

describe('EDPB Guidelines 01/2021: the 18 cases', () => {
  for (const c of CASES) {
    it(`case ${c.id}, ${c.title}: ${c.expected}`, () => {
      const result = assess(c.facts);
      expect(result.recommendation).toBe(c.expected);
      expect(result.reasons.at(-1)).toMatch(/^Conclusion/);
      expect(result.reasons.every((r) => r.length > 10)).toBe(true);
    });
  }

  it('covers each of the 18 cases once', () => {
    expect(CASES.map((c) => c.id)).toEqual(Array.from({ length: 18 }, (_, i) => String(i + 1).padStart(2, '0')));
  });
});

describe('Readable rules', () => {
  it('documents only when data are unintelligible, not exfiltrated and restored quickly from backup, citing Art. 34(3)(a)', () => {
    const r = assess(CASES[0]!.facts);
    expect(r.effective).toEqual({ confidentiality: false, integrity: false, availability: false });
    expect(r.reasons.join('\n')).toContain('art. 33(5)');
  });

  it('cites Art. 34(3)(a) when encryption neutralises an exfiltration', () => {
    expect(assess(CASES[5]!.facts).reasons.join('\n')).toContain('art. 34(3)(a)');
  });

  it('treats a confidentiality loss of health data as high risk, citing Art. 9', () => {
    const r = assess({ dataTypes: ['health'], confidentiality: 'known_recipients', exfiltration: 'certain', identification: 'maximum', subjectCount: 1 });
    expect(r.recommendation).toBe('high_risk');
    expect(r.reasons.some((l) => l.startsWith('H1') && l.includes('art. 9'))).toBe(true);
  });

  it('treats a confidentiality loss on minors as high risk even for simple data', () => {
    expect(assess({ confidentiality: 'known_recipients', exfiltration: 'likely', vulnerableSubjects: true }).recommendation).toBe('high_risk');
  });

  it('treats possibly irreversible consequences as high risk', () => {
    expect(assess({ integrity: 'altered_irreversible', permanence: 'irreversible' }).recommendation).toBe('high_risk');
  });

  it('counts an exfiltration that is only likely as a loss of confidentiality (no reassurance)', () => {
    expect(assess({ confidentiality: 'known_recipients', exfiltration: 'likely', maliciousIntent: true }).effective.confidentiality).toBe(true);
  });

  it('does not treat a trusted recipient as neutral when malice is involved', () => {
    expect(assess({ confidentiality: 'trusted_recipient', exfiltration: 'certain', maliciousIntent: true }).recommendation).not.toBe('none');
  });
});

describe('ENISA 2013 severity: SE = DPC × EI + CB', () => {
  it('gives 1.25 (low) for a reimbursement statement mis-posted to one member (REGULATORY.md §3b)', () => {
    const s = enisaScore(RiskAnswersSchema.parse({ ...BASE, confidentiality: 'known_recipients', exfiltration: 'certain' }));
    expect(s).toMatchObject({ dpc: 1, ei: 1, cb: 0.25, se: 1.25, band: 'low' });
  });

  it('gives 5.0 (very high) for published test results with name and NIR', () => {
    const s = enisaScore(RiskAnswersSchema.parse({ ...BASE, dataTypes: ['health', 'nir'], confidentiality: 'unknown_recipients', exfiltration: 'certain', maliciousIntent: true }));
    expect(s).toMatchObject({ dpc: 4, se: 5, band: 'very_high' });
  });

  it('gives 1.5 (low) for ransomware on an encrypted financial database restored in hours', () => {
    const s = enisaScore(RiskAnswersSchema.parse({ ...BASE, dataTypes: ['economic_financial'], identification: 'negligible', availability: 'temporary', maliciousIntent: true }));
    expect(s).toMatchObject({ dpc: 3, ei: 0.25, cb: 0.75, se: 1.5, band: 'low' });
  });

  it('uses the band cut-offs 2, 3 and 4 (documented choice)', () => {
    expect([1.99, 2, 2.99, 3, 3.99, 4].map(bandOf)).toEqual(['low', 'medium', 'medium', 'high', 'high', 'very_high']);
  });

  it('keeps DPC between 1 and 4 whatever the adjustments, and shows each adjustment in the reasons', () => {
    const answers = RiskAnswersSchema.parse({ ...BASE, dataTypes: ['health'], dpcAdjustments: [{ delta: 3, reason: 'Résultats d’analyses détaillés.' }] });
    expect(enisaScore(answers).dpc).toBe(4);
    expect(assessBreachRisk(answers).reasons.some((r) => r.includes('Résultats d’analyses détaillés.'))).toBe(true);
    expect(enisaScore(RiskAnswersSchema.parse({ ...BASE, dpcAdjustments: [{ delta: -3, reason: 'Données publiques.' }] })).dpc).toBe(1);
  });

  it('refuses an unexplained adjustment and an empty list of data types, in French', () => {
    const result = RiskAnswersSchema.safeParse({ ...BASE, dataTypes: [], dpcAdjustments: [{ delta: 1, reason: '' }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual(['Indiquez au moins un type de données concernées.', 'Motivez chaque ajustement du score DPC.']);
  });
});
