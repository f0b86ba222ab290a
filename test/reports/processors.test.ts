import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ART28_CHECKLIST } from '../../src-main/core/art28';
import type { FileOutput } from '../../src-main/shared/schemas/common';
import { newVault } from '../helpers/vault';
import { addContract, call, callCentre, createProcessing, createProcessor, fullChecklist, hdsHost, NOW, reimbursement } from '../service/processor-fixtures';
import { loadWorkbook } from '../../src-main/reports/xlsx/read';
import { pdfText } from './fixtures';

async function register() {
  const { service } = await newVault({ now: () => NOW });
  const chain = [{ name: 'Datacenter Normandie', country: 'FR', authorisation: { kind: 'general', date: '2025-01-10', objectionWindowDays: 30 }, flowDown: true, subProcessors: [{ name: 'Maintenance Clim', country: 'FR', authorisation: { kind: 'specific' }, flowDown: false }] }];
  const host = await createProcessor(service, { ...hdsHost, subProcessors: chain });
  const checklist = { ...fullChecklist, a28_3h_audits_information: { status: 'partial', section: 'art. 12', comment: 'Audit sur pièces seulement' } };
  delete (checklist as Record<string, unknown>).a28_9_in_writing;
  const c = await addContract(service, host.id, { title: 'Contrat HDS', signedOn: '2024-01-01', durationMonths: 36, checklist, reviewDate: '2026-09-01' });
  await call(service, 'processor.attachDocument', { contractId: c.id, filename: 'contrat-hds.pdf', base64: Buffer.from('%PDF-1.7\n').toString('base64') });
  const calls = await createProcessor(service, callCentre);
  await createProcessing(service, reimbursement([host.id, calls.id]));
  const file = async (format: 'xlsx' | 'pdf') => Buffer.from((await call<FileOutput>(service, 'processor.exportRegister', { format })).base64, 'base64');
  return { file };
}

describe('processor register with the Art. 28 clause matrix', () => {
  it('has one tab per view and one matrix column per checklist key of REGULATORY.md §4', async () => {
    const wb = await loadWorkbook(await (await register()).file('xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Informations', 'Sous-traitants', 'Contrats', 'Matrice art. 28', 'Clauses détaillées', 'Sous-traitants ultérieurs', 'Transferts hors EEE', 'Alertes']);
    const matrix = wb.getWorksheet('Matrice art. 28') as ExcelJS.Worksheet;
    const header = (matrix.getRow(1).values as string[]).slice(1);
    expect(header).toHaveLength(2 + ART28_CHECKLIST.length);
    const col = (key: string) => 3 + ART28_CHECKLIST.findIndex((i) => i.key === key);
    const row = matrix.getRow(2);
    expect(row.getCell(1).value).toBe('Hébergeur Santé Cloud');
    expect(row.getCell(col('a28_3a_documented_instructions')).value).toBe('Présente');
    expect(row.getCell(col('a28_3h_audits_information')).value).toBe('Partielle');
    expect(row.getCell(col('a28_9_in_writing')).value).toBe('Non vérifiée');
  });

  it('keeps the evidence clause by clause, the chain with its authorisations, transfers and alerts', async () => {
    const wb = await loadWorkbook(await (await register()).file('xlsx'));
    const rows = (name: string) => {
      const out: string[][] = [];
      (wb.getWorksheet(name) as ExcelJS.Worksheet).eachRow((r, n) => {
        if (n > 1) out.push(Array.from((r.values as unknown[]).slice(1), (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v ?? ''))));
      });
      return out;
    };
    expect(rows('Clauses détaillées').find((r) => r[2] === 'Art. 28(3)(h)')?.slice(5)).toEqual(['Partielle', 'art. 12', 'Audit sur pièces seulement']);
    const contract = rows('Contrats')[0];
    expect(contract?.slice(2, 6)).toEqual(['Contrat HDS', '2024-01-01', '36', '2027-01-01']);
    expect(contract?.[11]).toBe('contrat-hds.pdf');
    const chain = rows('Sous-traitants ultérieurs');
    expect(chain.map((r) => [r[2], r[3], r[6], r[8], r[9]])).toEqual([
      ['Hébergeur Santé Cloud', 'Datacenter Normandie', 'Autorisation écrite générale (avec droit d’opposition)', '30', 'Oui'],
      ['Datacenter Normandie', 'Maintenance Clim', 'Autorisation écrite spécifique', '', 'Non'],
    ]);
    expect(rows('Transferts hors EEE').map((r) => [r[0], r[3]])).toEqual([['Centre d’appels Atlas', 'Maroc']]);
    const alerts = rows('Alertes').map((r) => r[3]);
    expect(alerts.some((a) => a?.includes('Maintenance Clim (sous-traitant de Datacenter Normandie)'))).toBe(true);
  });

  it('prints the register as a PDF with each contract’s clause table, the chain and the alerts', async () => {
    const text = pdfText(await (await register()).file('pdf'));
    expect(text).toContain('Registre des sous-traitants (art. 28 RGPD)');
    expect(text).toContain('SST-2026-0001 — Hébergeur Santé Cloud');
    expect(text).toMatch(/Art\. 28\(3\)\(h\)\s+Informations démontrant la conformité/);
    expect(text).toContain('Partielle');
    expect(text).toContain('Maintenance Clim');
    expect(text).toContain('Transferts hors EEE');
    expect(text).toContain('Aucun contrat de sous-traitance enregistré');
  });
});
