import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { FileOutput } from '../../src-main/shared/schemas/common';
import { newVault } from '../helpers/vault';
import { call, callCentre, createProcessing, createProcessor, hdsHost, NOW, reimbursement } from '../service/processor-fixtures';
import { loadWorkbook } from '../../src-main/reports/xlsx/read';
import { pdfText } from './fixtures';

async function register() {
  const { service } = await newVault({ now: () => NOW });
  const host = await createProcessor(service, hdsHost);
  const calls = await createProcessor(service, callCentre);
  const p = await createProcessing(service, reimbursement([host.id, calls.id]));
  await call(service, 'processing.screenDpia', { id: p.id, answers: { wp248: { wp248_c4_sensitive_or_highly_personal: true, wp248_c5_large_scale: true } } });
  await createProcessing(service, {
    reference: 'ST-01',
    name: 'Gestion déléguée pour la Mutuelle Partenaire',
    role: 'processor',
    controllersServed: [{ name: 'Mutuelle Partenaire', city: 'Lyon', email: 'dpo@partenaire.example', categoriesOfProcessing: 'Gestion des cotisations' }],
  });
  const file = async (format: 'xlsx' | 'pdf', record: 'art30_1' | 'art30_2' = 'art30_1') =>
    Buffer.from((await call<FileOutput>(service, 'processing.exportRegister', { format, record })).base64, 'base64');
  return { file };
}

const workbook = (buffer: Buffer): Promise<ExcelJS.Workbook> => loadWorkbook(buffer);

/** Column A → the rest of the row, for one fiche tab. */
function fiche(ws: ExcelJS.Worksheet): Map<string, ExcelJS.CellValue[]> {
  const out = new Map<string, ExcelJS.CellValue[]>();
  ws.eachRow((row) => {
    const values = (row.values as ExcelJS.CellValue[]).slice(1);
    const label = String(values[0] ?? '');
    if (!out.has(label)) out.set(label, values.slice(1));
  });
  return out;
}

describe('register of processing activities — CNIL model workbook', () => {
  it('opens on « Informations », lists the activities with the CNIL overview columns first, then one fiche per activity', async () => {
    const wb = await workbook(await (await register()).file('xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Informations', 'Registre', 'TRT-PREST']);
    const header = (wb.getWorksheet('Registre')?.getRow(1).values as string[]).slice(1, 7);
    expect(header).toEqual(['Nom du traitement', 'N° / RÉF', 'Date de création de la fiche', 'Dernière mise à jour de la fiche', 'Finalité du traitement', 'Données sensibles ? Oui/non']);
    const first = wb.getWorksheet('Registre')?.getRow(2);
    expect(first?.getCell(1).value).toBe('Gestion des prestations santé');
    expect(first?.getCell(3).value).toEqual(new Date(Date.UTC(2026, 2, 10)));
    expect(first?.getCell(6).value).toBe('Oui');
  });

  it('fills the fiche block by block: description, actors, purposes with their legal bases, retention per category, transfers derived from processors', async () => {
    const wb = await workbook(await (await register()).file('xlsx'));
    const ws = wb.getWorksheet('TRT-PREST');
    if (!ws) throw new Error('fiche absente');
    expect(ws.getCell('A1').value).toBe('Fiche de registre');
    const f = fiche(ws);
    expect(f.get('Nom / sigle')?.[0]).toBe('Gestion des prestations santé');
    expect(f.get('Date de revue')?.[0]).toEqual(new Date(Date.UTC(2026, 11, 31)));
    expect(f.get('Responsable du traitement')?.[0]).toBe('Mutuelle Santé Horizon (fictive)');
    expect(f.get('Délégué à la protection des données')?.[0]).toBe('Claire Martin');
    expect(f.get('Finalité principale')).toEqual(['Remboursement des frais de santé', 'Art. 6(1)(b) Exécution d\'un contrat ou de mesures précontractuelles', 'Contrat d’adhésion']);
    expect(f.get('Sous-finalité 1')?.[1]).toBe('Art. 6(1)(f) Intérêts légitimes; Art. 6(1)(c) Respect d’une obligation légale');
    expect(f.get('Données concernant la santé')).toEqual(['Actes, codes de prestations', '5 ans', 'Archivage intermédiaire']);
    expect(f.get('Condition(s) de l’article 9(2)')?.[0]).toMatch(/^Art\. 9\(2\)\(h\) Médecine préventive/);
    expect(f.get('Transfert')?.slice(0, 3)).toEqual(['Centre d’appels Atlas', 'Maroc', 'Aucun encadrement']);
    expect(f.get('Résultat du test de nécessité')?.[0]).toBe('AIPD obligatoire');
    expect(String(f.get('Critères retenus')?.[0])).toContain('critère 4 des lignes directrices WP248');
  });

  it('writes the Art. 30(2) register of activities carried out as a processor, with the controllers served', async () => {
    const wb = await workbook(await (await register()).file('xlsx', 'art30_2'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Informations', 'Registre', 'ST-01']);
    expect(String(wb.getWorksheet('Informations')?.getRow(2).getCell(2).value)).toContain('art. 30(2)');
    const f = fiche(wb.getWorksheet('ST-01') as ExcelJS.Worksheet);
    expect(f.get('Sous-traitant (notre organisme)')?.[0]).toBe('Mutuelle Santé Horizon (fictive)');
    expect(f.get('Responsable pour le compte duquel nous agissons')?.[7]).toBe('Gestion des cotisations');
  });

  it('prints the register as a PDF: list of activities, each fiche in the CNIL order, and what a fiche lacks', async () => {
    const text = pdfText(await (await register()).file('pdf'));
    expect(text).toMatch(/Registre des activités de traitement \(art\.\s+30\(1\) RGPD\)/);
    expect(text).toContain('TRT-PREST — Gestion des prestations santé');
    expect(text).toContain('Informations manquantes');
    expect(text).toMatch(/Encadrez le transfert vers Centre d’appels Atlas\s+\(Maroc\)/);
    expect(text).toContain('AIPD obligatoire');
    expect(text).toContain("Empreinte du journal d'audit");
  });
});
