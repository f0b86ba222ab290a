import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import yazl from 'yazl';
import { describe, expect, it } from 'vitest';
import type { Service } from '../../src-main/service/types';
import type { ActionDetail, Evidence } from '../../src-main/shared/schemas/control';
import { EVIDENCE_MAX_BYTES } from '../../src-main/shared/schemas/control';
import { action, call, controlVault, failure, finding } from './control-fixtures';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(24, 1)]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(24, 2)]);

function zip(entries: Record<string, string>): Promise<Buffer> {
  const z = new yazl.ZipFile();
  for (const [name, text] of Object.entries(entries)) z.addBuffer(Buffer.from(text), name);
  z.end();
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    z.outputStream.on('data', (c: Buffer) => chunks.push(c));
    z.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    z.outputStream.on('error', reject);
  });
}

const docx = (): Promise<Buffer> => zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' });

async function xlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Preuve').addRow(['Comptes désactivés', 14]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function openAction(service: Service): Promise<ActionDetail> {
  const f = await finding(service);
  return action(service, { type: 'finding', id: f.id });
}

const countAudit = async (service: Service): Promise<number> => (await call<{ count: number }>(service, 'audit.verify', {})).count;

describe('evidence of actions, stored encrypted in the vault', () => {
  it('stores a PDF and gives back the same bytes with their SHA-256', async () => {
    const { service } = await controlVault();
    const a = await openAction(service);
    const ev = await call<Evidence>(service, 'action.addEvidence', { actionId: a.id, filename: 'PV-revue-habilitations.pdf', base64: PDF.toString('base64') });
    expect(ev).toMatchObject({ kind: 'pdf', mime: 'application/pdf', sizeBytes: PDF.length, uploadedBy: 'claire' });
    expect(ev.sha256).toBe(createHash('sha256').update(PDF).digest('hex'));
    const file = await call<{ filename: string; mime: string; base64: string; sha256: string }>(service, 'action.downloadEvidence', { id: ev.id });
    expect(Buffer.from(file.base64, 'base64').equals(PDF)).toBe(true);
    expect(file).toMatchObject({ filename: 'PV-revue-habilitations.pdf', sha256: ev.sha256 });
    const detail = await call<ActionDetail>(service, 'action.get', { id: a.id });
    expect(detail.evidenceCount).toBe(1);
    expect(detail.evidence.map((e) => e.id)).toEqual([ev.id]);
    expect(detail.history.at(-1)).toMatchObject({ kind: 'evidence_added', label: 'Preuve jointe' });
  });

  it('never writes the document in clear on disk (GDPR Art. 32(1)(a))', async () => {
    const { dir, service } = await controlVault();
    const a = await openAction(service);
    const marker = 'PREUVE-EN-CLAIR-7f3a9c';
    await call(service, 'action.addEvidence', { actionId: a.id, filename: 'journal.txt', base64: Buffer.from(`${marker}\n`.repeat(50)).toString('base64') });
    const files = readdirSync(dir).filter((name) => name.startsWith('workbench.db'));
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) expect(readFileSync(join(dir, name)).includes(marker), name).toBe(false);
    service.close();
    expect(readFileSync(join(dir, 'workbench.db')).includes(marker)).toBe(false);
  });

  it('accepts PNG, JPEG, DOCX, XLSX and TXT, recognised by their content', async () => {
    const { service } = await controlVault();
    const a = await openAction(service);
    const files: [string, Buffer, string][] = [
      ['capture.png', PNG, 'png'],
      ['photo.JPG', JPEG, 'jpeg'],
      ['procedure.docx', await docx(), 'docx'],
      ['extraction.xlsx', await xlsx(), 'xlsx'],
      ['journal.txt', Buffer.from('Comptes désactivés le 12/03/2026 :\r\n- dupont\n- martin\n'), 'txt'],
    ];
    for (const [filename, content, kind] of files) {
      const ev = await call<Evidence>(service, 'action.addEvidence', { actionId: a.id, filename, base64: content.toString('base64') });
      expect(ev.kind, filename).toBe(kind);
    }
  });

  it('refuses a file whose content does not match its extension, in French, and writes nothing', async () => {
    const { service } = await controlVault();
    const a = await openAction(service);
    const before = await countAudit(service);
    const fake = await failure(service, 'action.addEvidence', { actionId: a.id, filename: 'rapport.pdf', base64: Buffer.from('MZ\u0090\u0000 pas un PDF').toString('base64') });
    expect(fake.code).toBe('VALIDATION');
    expect(fake.message).toMatch(/^Le fichier « rapport\.pdf » n’est pas un PDF : son contenu ne correspond pas à son extension/);
    const swapped = await failure(service, 'action.addEvidence', { actionId: a.id, filename: 'procedure.docx', base64: (await xlsx()).toString('base64') });
    expect(swapped.message).toMatch(/n’est pas un document Word \(DOCX\).*\(c’est un classeur Excel \(XLSX\)\)/);
    const binaryTxt = await failure(service, 'action.addEvidence', { actionId: a.id, filename: 'notes.txt', base64: Buffer.from([0x4d, 0x5a, 0x00, 0x01, 0x02]).toString('base64') });
    expect(binaryTxt.code).toBe('VALIDATION');
    const exe = await failure(service, 'action.addEvidence', { actionId: a.id, filename: 'outil.exe', base64: PDF.toString('base64') });
    expect(exe.message).toMatch(/Type de fichier non accepté \(« \.exe »\) : joignez un document PDF, PNG, JPEG, DOCX, XLSX ou TXT/);
    expect((await call<ActionDetail>(service, 'action.get', { id: a.id })).evidence).toHaveLength(0);
    expect(await countAudit(service)).toBe(before);
  });

  it('refuses a file over 20 Mo with a French sentence, and writes nothing', async () => {
    const { service } = await controlVault();
    const a = await openAction(service);
    const before = await countAudit(service);
    const big = Buffer.alloc(EVIDENCE_MAX_BYTES + 1, 0x20);
    big.write('%PDF-1.7\n');
    const e = await failure(service, 'action.addEvidence', { actionId: a.id, filename: 'scan.pdf', base64: big.toString('base64') });
    expect(e.code).toBe('VALIDATION');
    expect(e.issues?.[0]?.message).toMatch(/^Le fichier « scan\.pdf » dépasse 20 Mo : réduisez-le/);
    // Far over the limit, the contract refuses it before decoding.
    const huge = await failure(service, 'action.addEvidence', { actionId: a.id, filename: 'scan.pdf', base64: Buffer.alloc(EVIDENCE_MAX_BYTES + 4, 0x20).toString('base64') });
    expect(huge.issues?.[0]?.message).toMatch(/^Le fichier dépasse 20 Mo : réduisez-le/);
    expect((await call<ActionDetail>(service, 'action.get', { id: a.id })).evidence).toHaveLength(0);
    expect(await countAudit(service)).toBe(before);
    // Exactly 20 Mo is accepted.
    const limit = big.subarray(0, EVIDENCE_MAX_BYTES);
    const ok = await call<Evidence>(service, 'action.addEvidence', { actionId: a.id, filename: 'scan.pdf', base64: limit.toString('base64') });
    expect(ok.sizeBytes).toBe(EVIDENCE_MAX_BYTES);
    expect(await countAudit(service)).toBe(before + 1);
  });

  it('keeps the evidence of a completed action; it can be removed only once the action is reopened', async () => {
    const { service } = await controlVault();
    const a = await openAction(service);
    const ev = await call<Evidence>(service, 'action.addEvidence', { actionId: a.id, filename: 'pv.pdf', base64: PDF.toString('base64') });
    await call(service, 'action.setStatus', { id: a.id, status: 'done' });
    const refused = await failure(service, 'action.removeEvidence', { id: ev.id });
    expect(refused.code).toBe('INVALID_STATE');
    await call(service, 'action.setStatus', { id: a.id, status: 'in_progress', note: 'Preuve erronée jointe par erreur.' });
    await call(service, 'action.removeEvidence', { id: ev.id });
    const detail = await call<ActionDetail>(service, 'action.get', { id: a.id });
    expect(detail.evidence).toHaveLength(0);
    expect(detail.history.at(-1)).toMatchObject({ kind: 'evidence_removed' });
    expect((await failure(service, 'action.downloadEvidence', { id: ev.id })).code).toBe('NOT_FOUND');
  });
});
