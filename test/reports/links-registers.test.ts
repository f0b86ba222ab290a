import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSheetRows } from '../../src-main/reports/xlsx/read';
import type { Service } from '../../src-main/service/types';
import type { Result } from '../../src-main/shared/result';
import type { FileOutput } from '../../src-main/shared/schemas/common';
import { newVault, unwrap } from '../helpers/vault';
import { workDir } from './fixtures';

const decode = (f: FileOutput): Buffer => Buffer.from(f.base64, 'base64');
const caller = (service: Service) => async <T>(method: string, input: unknown): Promise<T> => unwrap((await service.call(method, input)) as Result<T>);
const squash = (text: string): string => text.replace(/\s+/g, ' ');

/** Text in drawing order (`pdftotext -raw`): each table cell reads as one piece, whatever its column. */
function pdfText(pdf: Buffer): string {
  const file = join(workDir(), 'register.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

/** One breach and two requests, linked (or not) to the fiche « TRT-PREST » of the register. */
async function linkedVault() {
  const now = new Date('2026-06-01T10:00:00Z');
  const { service } = await newVault({ now: () => now });
  const call = caller(service);
  const fiche = await call<{ id: string }>('processing.create', { reference: 'TRT-PREST', name: 'Gestion des prestations santé' });
  await call('breach.create', { title: 'Rançongiciel', discoveredAt: '2026-06-01T07:00:00Z', processingIds: [fiche.id] });
  await call('breach.create', { title: 'Badge perdu', discoveredAt: '2026-06-01T08:00:00Z' });
  const request = { type: 'access', receivedAt: '2026-05-28T09:00:00Z', channel: 'email', applicant: { name: 'Jeanne Petit' } };
  await call('request.create', { ...request, processingIds: [fiche.id] });
  await call('request.create', request);
  return call;
}

describe('the breach and request registers name the processings concerned (issue 6)', () => {
  it('gives the breach register a « Traitements concernés » column (XLSX) and line (PDF), Art. 33(5)', async () => {
    const call = await linkedVault();
    const xlsx = await call<FileOutput>('breach.register', { from: '2026-01-01', to: '2026-12-31', format: 'xlsx' });
    const rows = await readSheetRows(decode(xlsx), 'Violations');
    const byRef = new Map(rows.map((r) => [r['Référence'], r]));
    expect(String(byRef.get('VIO-2026-0001')?.['Traitements concernés'])).toBe('TRT-PREST — Gestion des prestations santé');
    expect(byRef.get('VIO-2026-0002')?.['Traitements concernés'] ?? '').toBe('');

    const pdf = await call<FileOutput>('breach.register', { from: '2026-01-01', to: '2026-12-31', format: 'pdf' });
    expect(squash(pdfText(decode(pdf)))).toContain('Traitements concernés : TRT-PREST — Gestion des prestations santé');
  });

  it('gives the request register a « Traitements concernés » column (XLSX) and line (PDF)', async () => {
    const call = await linkedVault();
    const xlsx = await call<FileOutput>('request.register', { from: '2026-01-01', to: '2026-12-31', format: 'xlsx' });
    const rows = await readSheetRows(decode(xlsx), 'Demandes');
    expect(rows.map((r) => r['Traitements concernés'] ?? '').map(String)).toEqual(['TRT-PREST — Gestion des prestations santé', '']);

    const pdf = await call<FileOutput>('request.register', { from: '2026-01-01', to: '2026-12-31', format: 'pdf' });
    expect(squash(pdfText(decode(pdf)))).toContain('Traitements concernés : TRT-PREST');
  });
});
