import { describe, it, expect } from 'vitest';
import { ART28_CHECKLIST, type Art28Checklist } from '../../../src-main/core/art28';
import { processorAlerts, type ProcessorAlertCode, type ProcessorSnapshot } from '../../../src-main/core/processor-alerts';
import { TransferMechanism } from '../../../src-main/core/transfers';

const TODAY = '2026-03-10';

const fullChecklist: Art28Checklist = Object.fromEntries(
  ART28_CHECKLIST.filter((i) => i.kind === 'mandatory').map((i) => [i.key, { status: 'present' as const, section: '', comment: '' }]),
);

/** A processor with nothing to report. */
function clean(over: Partial<ProcessorSnapshot> = {}): ProcessorSnapshot {
  return {
    id: 'P1',
    name: 'Héberg Santé',
    establishment: { country: 'FR' },
    contracts: [{ id: 'C1', title: 'Contrat cadre', checklist: fullChecklist, reviewDate: '2026-09-01' }],
    certifications: [{ id: 'K1', kind: 'hds', label: 'HDS', validUntil: '2027-06-30' }],
    hostingLocations: [{ country: 'FR' }],
    hostsHealthData: true,
    subProcessors: [{ id: 'S1', name: 'Datacenter', country: 'FR', authorised: true, flowDown: true }],
    ...over,
  };
}

const codes = (p: ProcessorSnapshot, today = TODAY): ProcessorAlertCode[] => processorAlerts(p, today).map((a) => a.code);

describe('processor alerts', () => {
  it('raises nothing for a compliant, HDS-certified host in France', () => {
    expect(processorAlerts(clean(), TODAY)).toEqual([]);
  });

  it('raises no_contract when no Art. 28 contract is recorded, and not when one is', () => {
    const alerts = processorAlerts(clean({ contracts: [] }), TODAY);
    expect(alerts.map((a) => a.code)).toEqual(['no_contract']);
    expect(alerts[0]?.severity).toBe('critical');
    expect(alerts[0]?.messageFr).toContain('Héberg Santé');
    expect(codes(clean())).not.toContain('no_contract');
  });

  it('raises mandatory_clause_missing naming the missing Art. 28(3)(h) audit clause', () => {
    const checklist = { ...fullChecklist, a28_3h_audits_information: { status: 'missing' as const, section: '', comment: '' } };
    const alerts = processorAlerts(clean({ contracts: [{ id: 'C1', title: 'Contrat cadre', checklist, reviewDate: null }] }), TODAY);
    const a = alerts.find((x) => x.code === 'mandatory_clause_missing');
    expect(a?.severity).toBe('high');
    expect(a?.messageFr).toContain('Art. 28(3)(h)');
    expect(a?.entity).toEqual({ kind: 'contract', id: 'C1' });
    expect(codes(clean())).not.toContain('mandatory_clause_missing');
  });

  it('raises review_overdue the day after the review date, not on the day itself', () => {
    const on = (reviewDate: string) => clean({ contracts: [{ id: 'C1', title: 'Contrat', checklist: fullChecklist, reviewDate }] });
    expect(codes(on('2026-03-09'))).toContain('review_overdue');
    expect(codes(on('2026-03-10'))).not.toContain('review_overdue');
  });

  it('raises certification_expired for a certification whose last day has passed', () => {
    const p = clean({ hostsHealthData: false, certifications: [{ id: 'K2', kind: 'iso27001', label: 'ISO 27001', validUntil: '2026-03-09' }] });
    expect(codes(p)).toEqual(['certification_expired']);
    expect(codes(clean())).not.toContain('certification_expired');
  });

  it('raises certification_expiring within 30 days and not at 31 days', () => {
    const cert = (validUntil: string) => clean({ hostsHealthData: false, certifications: [{ id: 'K2', kind: 'iso27001', label: 'ISO 27001', validUntil }] });
    expect(codes(cert('2026-04-09'))).toEqual(['certification_expiring']);
    expect(codes(cert('2026-03-10'))).toEqual(['certification_expiring']);
    expect(codes(cert('2026-04-10'))).toEqual([]);
  });

  it('raises transfer_without_mechanism for a US sub-processor that is neither DPF-certified nor under SCCs', () => {
    const sub = { id: 'S2', name: 'Mail Inc', country: 'US', authorised: true, flowDown: true };
    expect(codes(clean({ subProcessors: [sub] }))).toEqual(['transfer_without_mechanism']);
    const scc = TransferMechanism.parse({ kind: 'scc_2021_914', module: 3 });
    expect(codes(clean({ subProcessors: [{ ...sub, mechanism: scc }] }))).toEqual([]);
  });

  it('raises health_data_without_hds for a health-data host without a valid HDS certificate (CSP L1111-8)', () => {
    const alerts = processorAlerts(clean({ certifications: [] }), TODAY);
    expect(alerts.map((a) => a.code)).toEqual(['health_data_without_hds']);
    expect(alerts[0]?.messageFr).toContain('L1111-8');
    expect(codes(clean({ certifications: [], hostsHealthData: false }))).toEqual([]);
  });

  it('treats an expired HDS certificate as no HDS for a health-data host', () => {
    const p = clean({ certifications: [{ id: 'K1', kind: 'hds', label: 'HDS', validUntil: '2026-01-31' }] });
    expect(codes(p).sort()).toEqual(['certification_expired', 'health_data_without_hds']);
    expect(processorAlerts(p, TODAY).every((a) => a.severity === 'critical')).toBe(true);
  });

  it('raises subprocessor_without_flowdown when the Art. 28(4) obligations are not passed on', () => {
    const p = clean({ subProcessors: [{ id: 'S1', name: 'Datacenter', country: 'FR', authorised: true, flowDown: false }] });
    expect(codes(p)).toEqual(['subprocessor_without_flowdown']);
    expect(codes(clean())).not.toContain('subprocessor_without_flowdown');
  });

  it('raises subprocessor_not_authorised without the Art. 28(2) written authorisation', () => {
    const p = clean({ subProcessors: [{ id: 'S1', name: 'Datacenter', country: 'FR', authorised: false, flowDown: true }] });
    expect(codes(p)).toEqual(['subprocessor_not_authorised']);
    expect(codes(clean())).not.toContain('subprocessor_not_authorised');
  });

  it('gives each alert a stable key and sorts the most severe first', () => {
    const p = clean({ contracts: [], certifications: [{ id: 'K2', kind: 'iso27001', label: 'ISO', validUntil: '2026-03-20' }] });
    const alerts = processorAlerts(p, TODAY);
    expect(alerts.map((a) => a.key)).toEqual(['P1:health_data_without_hds:P1', 'P1:no_contract:P1', 'P1:certification_expiring:K2']);
    expect(processorAlerts(p, TODAY)).toEqual(alerts);
  });

  it('refuses an invalid date with a French sentence', () => {
    expect(() => processorAlerts(clean(), '10/03/2026')).toThrow(/AAAA-MM-JJ/);
  });
});
