import { describe, expect, it } from 'vitest';
import yazl from 'yazl';
import type { AlertListOutput, ProcessorDetail, ProcessorListOutput } from '../../src-main/shared/schemas/processor';
import type { z } from 'zod';
import type { FileOutput } from '../../src-main/shared/schemas/common';
import { createService } from '../../src-main/service/service';
import { newVault, PASSPHRASE, unwrap } from '../helpers/vault';
import { addContract, addUsers, call, callCentre, createProcessing, createProcessor, fullChecklist, hdsHost, NOW, printer, reimbursement, usCloud } from './processor-fixtures';

type List = z.infer<typeof ProcessorListOutput>;
type Alerts = z.infer<typeof AlertListOutput>;

async function vault() {
  return newVault({ now: () => NOW });
}

/** The processor's row in processor.list, found by name. */
async function row(service: Awaited<ReturnType<typeof vault>>['service'], name: string) {
  const list = await call<List>(service, 'processor.list', { limit: 5000 });
  const r = list.rows.find((x) => x.name === name);
  if (!r) throw new Error(`${name} absent de la liste`);
  return r;
}

/** A processor with a complete contract, so that only the alert under test can appear. */
async function withContract(service: Awaited<ReturnType<typeof vault>>['service'], input: Record<string, unknown>, contract: Record<string, unknown> = {}) {
  const p = await createProcessor(service, input);
  await addContract(service, p.id, { title: 'Accord de sous-traitance', signedOn: '2025-01-15', checklist: fullChecklist, reviewDate: '2026-12-01', ...contract });
  return p;
}

describe('processors (Art. 28) through the service', () => {
  it('records a processor with a yearly reference, ids on every nested item, and an audit row', async () => {
    const { service } = await vault();
    const before = await call<{ count: number }>(service, 'audit.verify', {});
    const p = await createProcessor(service, hdsHost);
    expect(p.reference).toBe('SST-2026-0001');
    expect(p.country).toBe('FR');
    expect(p.certifications[0]?.id).toMatch(/^[0-9A-Z]{26}$/);
    expect(p.subProcessors[0]?.id).toMatch(/^[0-9A-Z]{26}$/);
    expect(p.certifications[0]?.state).toBe('valid');
    const after = await call<{ count: number; ok: boolean }>(service, 'audit.verify', {});
    expect(after.count).toBe(before.count + 1);
    expect(after.ok).toBe(true);
    expect((await createProcessor(service, printer)).reference).toBe('SST-2026-0002');
  });

  it('keeps the ids of certifications and sub-processors across an update', async () => {
    const { service } = await vault();
    const p = await createProcessor(service, hdsHost);
    const sub = p.subProcessors[0];
    const updated = await call<ProcessorDetail>(service, 'processor.update', {
      id: p.id,
      processor: { ...hdsHost, certifications: p.certifications, subProcessors: [{ ...hdsHost.subProcessors[0], id: sub?.id, subProcessors: [{ name: 'Climatisation SA', country: 'FR', flowDown: true, authorisation: { kind: 'specific' } }] }] },
    });
    expect(updated.certifications[0]?.id).toBe(p.certifications[0]?.id);
    expect(updated.subProcessors[0]?.id).toBe(sub?.id);
    expect(updated.subProcessors[0]?.subProcessors[0]?.name).toBe('Climatisation SA');
  });

  it('reads country names in French and refuses an unknown country with a French sentence', async () => {
    const { service } = await vault();
    const r = await service.call('processor.create', { ...printer, country: 'Atlantide' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues?.[0]?.message).toMatch(/Pays inconnu « Atlantide »/);
  });

  it('requires the objection window of a general authorisation (Art. 28(2))', async () => {
    const { service } = await vault();
    const r = await service.call('processor.create', { ...printer, subProcessors: [{ name: 'Routeur', country: 'FR', authorisation: { kind: 'general' } }] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues?.[0]?.message).toMatch(/délai dont vous disposez pour vous opposer/);
  });

  it('refuses a second processor with the same name', async () => {
    const { service } = await vault();
    await createProcessor(service, printer);
    const r = await service.call('processor.create', { ...printer, name: 'imprimerie du rhone' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('CONFLICT');
  });

  it('evaluates a contract clause by clause and shows the lowest completeness on the row', async () => {
    const { service } = await vault();
    const p = await createProcessor(service, printer);
    const partial = { ...fullChecklist, a28_3h_audits_information: { status: 'partial', section: 'art. 9', comment: 'Audit sur pièces seulement' } };
    const c = await addContract(service, p.id, { title: 'Contrat d’impression', signedOn: '2025-01-15', durationMonths: 24, checklist: partial });
    expect(c.endsOn).toBe('2027-01-15');
    expect(c.partialMandatory).toEqual(['a28_3h_audits_information']);
    expect(c.clauses.find((k) => k.key === 'a28_3h_audits_information')).toMatchObject({ status: 'partial', section: 'art. 9', comment: 'Audit sur pièces seulement' });
    expect(c.completeness).toBeLessThan(100);
    expect((await row(service, printer.name)).completeness).toBe(c.completeness);
  });
});

describe('alerts appear on the processor’s row', () => {
  it('no contract recorded (Art. 28(3))', async () => {
    const { service } = await vault();
    await createProcessor(service, printer);
    const r = await row(service, printer.name);
    expect(r.alertCodes).toEqual(['no_contract']);
    expect(r.alerts.critical).toBe(1);
    expect(r.topAlert).toContain('Aucun contrat');
  });

  it('mandatory clause missing (Art. 28(3)(h) audits)', async () => {
    const { service } = await vault();
    const checklist = { ...fullChecklist, a28_3h_audits_information: { status: 'missing', section: '', comment: '' } };
    await withContract(service, printer, { checklist });
    const r = await row(service, printer.name);
    expect(r.alertCodes).toEqual(['mandatory_clause_missing']);
    expect(r.topAlert).toContain('Art. 28(3)(h)');
  });

  it('review overdue, from the review date or, without one, the end of a contract that does not renew itself', async () => {
    const { service } = await vault();
    await withContract(service, printer, { reviewDate: '2026-03-09' });
    expect((await row(service, printer.name)).alertCodes).toEqual(['review_overdue']);
    await withContract(service, { ...printer, name: 'Routage Express' }, { reviewDate: null, signedOn: '2023-03-01', durationMonths: 36, tacitRenewal: false });
    expect((await row(service, 'Routage Express')).alertCodes).toEqual(['review_overdue']);
    await withContract(service, { ...printer, name: 'Routage Tacite' }, { reviewDate: null, signedOn: '2023-03-01', durationMonths: 36, tacitRenewal: true });
    expect((await row(service, 'Routage Tacite')).alertCodes).toEqual([]);
  });

  it('certification expired', async () => {
    const { service } = await vault();
    await withContract(service, { ...printer, certifications: [{ kind: 'iso27001', label: 'ISO 27001', validUntil: '2026-03-09' }] });
    const r = await row(service, printer.name);
    expect(r.alertCodes).toEqual(['certification_expired']);
  });

  it('transfer without mechanism (call centre in Morocco)', async () => {
    const { service } = await vault();
    await withContract(service, callCentre);
    const r = await row(service, callCentre.name);
    expect(r.alertCodes).toEqual(['transfer_without_mechanism']);
    expect(r.transfersOutsideEea).toBe(1);
    await withContract(service, usCloud);
    expect((await row(service, usCloud.name)).alertCodes).toEqual([]);
  });

  it('health data hosted without a valid HDS certificate (CSP L1111-8)', async () => {
    const { service } = await vault();
    await withContract(service, { ...hdsHost, certifications: [] });
    const r = await row(service, hdsHost.name);
    expect(r.alertCodes).toEqual(['health_data_without_hds']);
    expect(r.hdsValid).toBe(false);
  });

  it('sub-processor without flow-down of obligations (Art. 28(4)), at any depth of the chain', async () => {
    const { service } = await vault();
    const chain = [{ name: 'Datacenter Normandie', country: 'FR', authorisation: { kind: 'specific' }, flowDown: true, subProcessors: [{ name: 'Maintenance Clim', country: 'FR', authorisation: { kind: 'specific' }, flowDown: false }] }];
    await withContract(service, { ...hdsHost, subProcessors: chain });
    const r = await row(service, hdsHost.name);
    expect(r.alertCodes).toEqual(['subprocessor_without_flowdown']);
    expect(r.topAlert).toContain('Maintenance Clim (sous-traitant de Datacenter Normandie)');
    expect(r.subProcessorCount).toBe(2);
  });

  it('sub-processor not authorised (Art. 28(2))', async () => {
    const { service } = await vault();
    await withContract(service, { ...printer, subProcessors: [{ name: 'Routeur', country: 'FR', flowDown: true }] });
    expect((await row(service, printer.name)).alertCodes).toEqual(['subprocessor_not_authorised']);
  });

  it('a compliant HDS host has no alert, and processor.alerts gathers all of them, most severe first', async () => {
    const { service } = await vault();
    await withContract(service, hdsHost);
    expect((await row(service, hdsHost.name)).alertCount).toBe(0);
    await createProcessor(service, printer);
    await withContract(service, callCentre);
    const all = await call<Alerts>(service, 'processor.alerts', {});
    expect(all.alerts.map((a) => a.code)).toEqual(['no_contract', 'transfer_without_mechanism']);
    expect(all.counts).toEqual({ critical: 1, high: 1, medium: 0, low: 0 });
    const filtered = await call<List>(service, 'processor.list', { withAlerts: 'critical' });
    expect(filtered.rows.map((r) => r.name)).toEqual([printer.name]);
  });
});

function docx(): Promise<Buffer> {
  return new Promise((resolve) => {
    const zip = new yazl.ZipFile();
    zip.addBuffer(Buffer.from('<Types/>'), '[Content_Types].xml', { compress: false });
    zip.addBuffer(Buffer.from('<w:document/>'), 'word/document.xml');
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.end();
  });
}

describe('contract documents, stored encrypted in the vault', () => {
  async function contract() {
    const { service } = await vault();
    const p = await createProcessor(service, printer);
    const c = await addContract(service, p.id, { title: 'Contrat', checklist: fullChecklist });
    return { service, c };
  }

  it('stores a PDF and gives the same bytes back with their SHA-256', async () => {
    const { service, c } = await contract();
    const pdf = Buffer.from('%PDF-1.7\n% contrat signé\n%%EOF\n');
    const view = await call<{ document: { size: number; mime: string; sha256: string } }>(service, 'processor.attachDocument', { contractId: c.id, filename: 'contrat.pdf', base64: pdf.toString('base64') });
    expect(view.document).toMatchObject({ size: pdf.length, mime: 'application/pdf' });
    const file = await call<FileOutput>(service, 'processor.downloadDocument', { id: c.id });
    expect(Buffer.from(file.base64, 'base64').equals(pdf)).toBe(true);
    expect(file.sha256).toBe(view.document.sha256);
    expect((await row(service, printer.name)).documentsAttached).toBe(1);
  });

  it('accepts a Word document recognised by its content', async () => {
    const { service, c } = await contract();
    const view = await call<{ document: { mime: string } }>(service, 'processor.attachDocument', { contractId: c.id, filename: 'DPA.docx', base64: (await docx()).toString('base64') });
    expect(view.document.mime).toContain('wordprocessingml');
  });

  it('refuses a file that is not a PDF or a DOCX whatever its name, and a PDF named .docx', async () => {
    const { service, c } = await contract();
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64)]);
    const r = await service.call('processor.attachDocument', { contractId: c.id, filename: 'contrat.pdf', base64: exe.toString('base64') });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/ni un PDF ni un document Word/);
    const zip = await service.call('processor.attachDocument', { contractId: c.id, filename: 'archive.docx', base64: Buffer.from('PK\u0003\u0004 pas un docx').toString('base64') });
    expect(zip.ok).toBe(false);
    const misnamed = await service.call('processor.attachDocument', { contractId: c.id, filename: 'contrat.docx', base64: Buffer.from('%PDF-1.4\n').toString('base64') });
    expect(misnamed.ok).toBe(false);
    if (!misnamed.ok) expect(misnamed.error.message).toMatch(/ne se termine pas par « \.pdf »/);
  });

  it('refuses a document over 20 MB and keeps nothing', async () => {
    const { service, c } = await contract();
    const big = Buffer.alloc(20 * 1024 * 1024 + 1, 0x20);
    big.write('%PDF-1.7\n');
    const r = await service.call('processor.attachDocument', { contractId: c.id, filename: 'gros.pdf', base64: big.toString('base64') });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/au-delà de la limite de 20 Mo/);
    const none = await service.call('processor.downloadDocument', { id: c.id });
    expect(none.ok).toBe(false);
  });
});

describe('deleting a processor', () => {
  it('is refused while a processing uses it, then allowed once unlinked', async () => {
    const { service } = await vault();
    const p = await createProcessor(service, printer);
    const t = await createProcessing(service, reimbursement([p.id]));
    const r = await service.call('processor.delete', { id: p.id });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('TRT-PREST');
    await call(service, 'processing.update', { id: t.id, processing: reimbursement([]) });
    expect(await call(service, 'processor.delete', { id: p.id })).toBeNull();
  });
});

describe('roles (issue 6: dpo everything, compliance reads and exports, security reads)', () => {
  async function as(role: 'security' | 'compliance') {
    const { dir, service } = await vault();
    await addUsers(service);
    const p = await createProcessor(service, printer);
    const c = await addContract(service, p.id, { title: 'Contrat', checklist: fullChecklist });
    await call(service, 'processor.attachDocument', { contractId: c.id, filename: 'c.pdf', base64: Buffer.from('%PDF-1.7\n').toString('base64') });
    service.close();
    const s = createService({ vaultDir: dir, now: () => NOW });
    unwrap(await s.call('session.unlock', { username: `u-${role}`, passphrase: PASSPHRASE }));
    return { s, p, c };
  }
  const forbidden = (r: { ok: boolean; error?: { code: string } }) => !r.ok && r.error?.code === 'FORBIDDEN';

  it('lets the DPO create, change and export', async () => {
    const { service } = await vault();
    const p = await createProcessor(service, printer);
    await addContract(service, p.id, { title: 'Contrat', checklist: fullChecklist });
    expect((await call<FileOutput>(service, 'processor.exportRegister', { format: 'xlsx' })).filename).toMatch(/\.xlsx$/);
  });

  it('lets the compliance officer read and export, not change', async () => {
    const { s, p, c } = await as('compliance');
    expect((await s.call('processor.list', {})).ok).toBe(true);
    expect((await s.call('processor.get', { id: p.id })).ok).toBe(true);
    expect((await s.call('processor.downloadDocument', { id: c.id })).ok).toBe(true);
    expect((await s.call('processor.exportRegister', { format: 'pdf' })).ok).toBe(true);
    expect(forbidden(await s.call('processor.create', printer))).toBe(true);
    expect(forbidden(await s.call('processor.updateContract', { id: c.id, contract: { title: 'x' } }))).toBe(true);
    expect(forbidden(await s.call('processor.attachDocument', { contractId: c.id, filename: 'c.pdf', base64: 'JVBERi0=' }))).toBe(true);
    s.close();
  });

  it('lets the security officer read processors, alerts and documents, but neither change nor export', async () => {
    const { s, p, c } = await as('security');
    expect((await s.call('processor.list', {})).ok).toBe(true);
    expect((await s.call('processor.get', { id: p.id })).ok).toBe(true);
    expect((await s.call('processor.alerts', {})).ok).toBe(true);
    expect((await s.call('processor.downloadDocument', { id: c.id })).ok).toBe(true);
    expect(forbidden(await s.call('processor.exportRegister', { format: 'xlsx' }))).toBe(true);
    expect(forbidden(await s.call('processor.delete', { id: p.id }))).toBe(true);
    expect(forbidden(await s.call('processor.removeDocument', { id: c.id }))).toBe(true);
    s.close();
  });
});
