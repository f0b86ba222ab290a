import { describe, expect, it } from 'vitest';
import { ProcessorInput, type ProcessorDetail } from '../../../src-main/shared/schemas/processor';
import { contractWithChecklist } from '../../../src-renderer/pages/processors/contract-draft';
import { draftToMechanism, mechanismToDraft } from '../../../src-renderer/pages/processors/mechanism-draft';
import { draftToProcessorInput, EMPTY_PROCESSOR, newSubProcessor, processorToDraft } from '../../../src-renderer/pages/processors/processor-draft';

const STORED: ProcessorDetail = {
  id: 'P1',
  reference: 'SST-2026-0001',
  name: 'Centre d’appels Atlas',
  siren: '',
  foreignIdentifier: 'RC Casablanca 123456',
  address: { street: 'Boulevard d’Anfa', postalCode: '', city: 'Casablanca' },
  country: 'MA',
  countryNameFr: 'Maroc',
  establishment: { mechanism: { kind: 'scc_2021_914', module: 2, documentation: 'Annexe 4' }, dpfCertified: false, tiaDate: '2026-01-15' },
  service: 'Accueil téléphonique',
  contacts: { business: { name: 'A', email: 'a@atlas.example', phone: '' }, legal: { name: '', email: '', phone: '' }, dpo: { name: '', email: '', phone: '' } },
  hostsHealthData: false,
  certifications: [{ id: 'C1', kind: 'iso27001', label: 'ISO/IEC 27001', certificateNumber: '', validFrom: null, validUntil: '2027-01-01', state: 'valid' }],
  hostingLocations: [{ id: 'H1', country: 'MA', countryNameFr: 'Maroc', description: 'Plateau', mechanism: null, dpfCertified: false, tiaDate: null }],
  subProcessors: [
    {
      id: 'S1',
      name: 'Téléphonie SA',
      country: 'US',
      countryNameFr: 'États-Unis',
      service: 'Téléphonie',
      authorisation: { kind: 'general', date: '2025-01-01', objectionWindowDays: 30 },
      flowDown: true,
      mechanism: { kind: 'art49_derogation', point: 'second_subparagraph', documentation: 'Note du 3 mars' },
      dpfCertified: true,
      tiaDate: null,
      subProcessors: [],
    },
  ],
  notes: '',
  contracts: [],
  alerts: [],
  transfers: [],
  processings: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  linkedBreaches: [],
  linkedBreachCount: 0,
};

describe('processor form', () => {
  it('sends back a stored processor unchanged, ids included, so an edit replaces nothing by accident', () => {
    const input = draftToProcessorInput(processorToDraft(STORED));
    const parsed = ProcessorInput.parse(input);
    expect(parsed.establishment.mechanism).toEqual({ kind: 'scc_2021_914', module: 2, documentation: 'Annexe 4' });
    expect(parsed.subProcessors[0]).toMatchObject({ id: 'S1', country: 'US', dpfCertified: true, authorisation: { kind: 'general', objectionWindowDays: 30 } });
    expect(parsed.hostingLocations[0]).toMatchObject({ id: 'H1', mechanism: null });
    expect(parsed.certifications[0]).toMatchObject({ id: 'C1', validUntil: '2027-01-01' });
  });

  it('drops the window to object unless the authorisation is general (Art. 28(2))', () => {
    const sub = { ...newSubProcessor(), name: 'Imprimeur', authorisationKind: 'specific' as const, objectionWindowDays: 15 };
    const input = draftToProcessorInput({ ...EMPTY_PROCESSOR, name: 'X', subProcessors: [sub] });
    expect(input.subProcessors?.[0]?.authorisation).toEqual({ kind: 'specific', date: null, objectionWindowDays: null });
  });

  it('rejects a general authorisation without the window to object, as the contract does', () => {
    const sub = { ...newSubProcessor(), name: 'Imprimeur', authorisationKind: 'general' as const };
    const result = ProcessorInput.safeParse(draftToProcessorInput({ ...EMPTY_PROCESSOR, name: 'X', subProcessors: [sub] }));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain('subProcessors.0.authorisation.objectionWindowDays');
  });

  it('turns each mechanism of Chapter V into the form and back', () => {
    for (const m of [
      { kind: 'adequacy', documentation: '' },
      { kind: 'scc_2021_914', module: 3, documentation: 'CCT' },
      { kind: 'bcr', documentation: 'BCR-P' },
      { kind: 'art49_derogation', point: 'e', documentation: 'Contentieux' },
      { kind: 'none', documentation: '' },
    ] as const) {
      expect(draftToMechanism(mechanismToDraft(m))).toEqual(m);
    }
    expect(draftToMechanism(mechanismToDraft(null))).toBeNull();
  });

  it('saves a new clause grid without touching the contract’s dates and terms', () => {
    const contract = {
      id: 'K1',
      processorId: 'P1',
      title: 'Contrat de prestation',
      signedOn: '2025-07-11',
      durationMonths: 24,
      tacitRenewal: true,
      endsOn: '2027-07-11',
      reviewDate: null,
      effectiveReviewDate: null,
      notes: 'Avenant prévu',
      checklist: {},
      clauses: [],
      completeness: 0,
      compliant: false,
      missingMandatory: [],
      partialMandatory: [],
      riskFlags: [],
      document: null,
      createdAt: '',
      updatedAt: '',
    };
    const input = contractWithChecklist(contract, { a28_9_in_writing: { status: 'present', section: 'art. 1', comment: '' } });
    expect(input).toEqual({
      title: 'Contrat de prestation',
      signedOn: '2025-07-11',
      durationMonths: 24,
      tacitRenewal: true,
      reviewDate: null,
      notes: 'Avenant prévu',
      checklist: { a28_9_in_writing: { status: 'present', section: 'art. 1', comment: '' } },
    });
  });
});
