import { describe, it, expect } from 'vitest';
import {
  ADEQUACY_DECISIONS,
  EEA_COUNTRIES,
  TransferMechanism,
  countryNameFr,
  deriveTransfers,
  describeMechanism,
  isTransfer,
  normaliseCountryCode,
  processorTransfers,
  type ProcessorTransferSnapshot,
} from '../../../src-main/core/transfers';

const EU = { country: 'FR' };

function processor(over: Partial<ProcessorTransferSnapshot> = {}): ProcessorTransferSnapshot {
  return { id: 'P1', name: 'Hébergeur', establishment: EU, hostingLocations: [EU], subProcessors: [], ...over };
}

describe('EEA and adequacy lists', () => {
  it('lists the 27 Member States plus Iceland, Liechtenstein and Norway', () => {
    const codes = EEA_COUNTRIES.map((c) => c.code);
    for (const c of ['FR', 'DE', 'GR', 'IE', 'IS', 'LI', 'NO']) expect(codes).toContain(c);
    expect(codes).not.toContain('GB');
    expect(codes).not.toContain('CH');
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('names every country in French', () => {
    expect(countryNameFr('DE')).toBe('Allemagne');
    expect(countryNameFr('us')).toBe('États-Unis');
    expect(countryNameFr('SG')).toBe('Singapour');
  });

  it('documents each adequacy decision and limits the US one to certified organisations', () => {
    for (const d of ADEQUACY_DECISIONS) expect(d.decision).toMatch(/\d{4}\/\d+/);
    const us = ADEQUACY_DECISIONS.find((d) => d.code === 'US');
    expect(us?.requiresCertification).toBe(true);
    expect(us?.decision).toContain('2023/1795');
    expect(ADEQUACY_DECISIONS.filter((d) => d.requiresCertification).map((d) => d.code)).toEqual(['US']);
  });
});

describe('isTransfer (Art. 44)', () => {
  it('is not a transfer inside the EEA, including Norway and La Réunion', () => {
    expect(isTransfer('FR')).toBe(false);
    expect(isTransfer('no')).toBe(false);
    expect(isTransfer('RE')).toBe(false);
    expect(isTransfer('France')).toBe(false);
    expect(isTransfer('EL')).toBe(false);
  });

  it('is a transfer to Switzerland even with an adequacy decision, and to an unknown country', () => {
    expect(isTransfer('CH')).toBe(true);
    expect(isTransfer('États-Unis')).toBe(true);
    expect(isTransfer('Atlantide')).toBe(true);
  });

  it('reads codes and French or English names', () => {
    expect(normaliseCountryCode('Royaume-Uni')).toBe('GB');
    expect(normaliseCountryCode('UK')).toBe('GB');
    expect(normaliseCountryCode('germany')).toBe('DE');
    expect(normaliseCountryCode('Allemagne')).toBe('DE');
    expect(normaliseCountryCode('QQ')).toBeNull();
  });
});

describe('transfer mechanisms', () => {
  it('validates SCC modules 1 to 4 and Art. 49 points', () => {
    expect(TransferMechanism.safeParse({ kind: 'scc_2021_914', module: 2 }).success).toBe(true);
    expect(TransferMechanism.safeParse({ kind: 'scc_2021_914', module: 5 }).success).toBe(false);
    expect(TransferMechanism.safeParse({ kind: 'art49_derogation', point: 'h' }).success).toBe(false);
    expect(describeMechanism(TransferMechanism.parse({ kind: 'art49_derogation', point: 'a' }))).toContain('art. 49(1)(a)');
  });
});

describe('deriveTransfers (Art. 30(1)(e), derived from processors)', () => {
  it('derives no transfer from a processor hosting in France', () => {
    expect(processorTransfers(processor())).toEqual([]);
  });

  it('derives the adequacy decision for a Swiss host without retyping it', () => {
    const [t] = processorTransfers(processor({ hostingLocations: [{ country: 'CH' }] }));
    expect(t?.mechanism.kind).toBe('adequacy');
    expect(t?.mechanismSource).toBe('adequacy_decision');
    expect(t?.issue).toBeNull();
  });

  it('flags a sub-processor in India without a mechanism', () => {
    const [t] = processorTransfers(processor({ subProcessors: [{ name: 'Support SA', country: 'IN' }] }));
    expect(t?.via).toBe('subprocessor');
    expect(t?.issue).toBe('no_mechanism');
    expect(t?.issueFr).toContain('Inde');
  });

  it('accepts SCC module 3 for that sub-processor', () => {
    const mechanism = TransferMechanism.parse({ kind: 'scc_2021_914', module: 3 });
    const [t] = processorTransfers(processor({ subProcessors: [{ name: 'Support SA', country: 'IN', mechanism }] }));
    expect(t?.issue).toBeNull();
    expect(t?.mechanismSource).toBe('documented');
  });

  it('applies the EU-US Data Privacy Framework only to certified organisations', () => {
    const [uncertified] = processorTransfers(processor({ establishment: { country: 'US' } }));
    expect(uncertified?.issue).toBe('dpf_not_certified');
    const [certified] = processorTransfers(processor({ establishment: { country: 'US', dpfCertified: true } }));
    expect(certified?.issue).toBeNull();
    expect(certified?.via).toBe('establishment');
  });

  it('rejects an adequacy decision claimed for a country that has none', () => {
    const mechanism = TransferMechanism.parse({ kind: 'adequacy' });
    const [t] = processorTransfers(processor({ hostingLocations: [{ country: 'SG', mechanism }] }));
    expect(t?.issue).toBe('adequacy_not_available');
  });

  it('requires documentation for a transfer under Art. 49(1) second subparagraph', () => {
    const mechanism = TransferMechanism.parse({ kind: 'art49_derogation', point: 'second_subparagraph' });
    const [t] = processorTransfers(processor({ hostingLocations: [{ country: 'SG', mechanism }] }));
    expect(t?.issue).toBe('art49_undocumented');
  });

  it('lists each destination once with every processing that sends data there', () => {
    const p = processor({ subProcessors: [{ name: 'Support SA', country: 'IN' }] });
    const out = deriveTransfers(
      [{ id: 'T1', processorIds: ['P1'] }, { id: 'T2', processorIds: ['P1', 'P1'] }, { id: 'T3', processorIds: ['P9'] }],
      [p],
    );
    expect(out).toHaveLength(1);
    expect(out[0]?.processingIds).toEqual(['T1', 'T2']);
  });
});
