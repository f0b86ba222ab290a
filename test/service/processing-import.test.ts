import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Service } from '../../src-main/service/types';
import type { FileOutput } from '../../src-main/shared/schemas/common';
import type { ImportPreview, ProcessingDetail } from '../../src-main/shared/schemas/processing';
import { loadWorkbook } from '../../src-main/reports/xlsx/read';
import { newVault } from '../helpers/vault';
import { addContract, call, callCentre, createProcessing, createProcessor, fullChecklist, hdsHost, NOW, reimbursement, usCloud } from './processor-fixtures';

type Result = { created: number; updated: number; references: string[] };

async function processors(service: Service) {
  const host = await createProcessor(service, hdsHost);
  const cloud = await createProcessor(service, usCloud);
  const calls = await createProcessor(service, callCentre);
  await addContract(service, host.id, { title: 'Contrat HDS', checklist: fullChecklist });
  return { host, cloud, calls };
}

/** A register with every kind of fiche: validated with DPIA, joint controllers, Art. 30(2), draft. */
async function register(service: Service) {
  const { host, cloud, calls } = await processors(service);
  const prest = await createProcessing(service, reimbursement([host.id, cloud.id]));
  await call(service, 'processing.screenDpia', {
    id: prest.id,
    answers: { wp248: { wp248_c4_sensitive_or_highly_personal: true, wp248_c5_large_scale: true }, cnil: { cnil_aipd_08: true } },
    comment: 'Données de santé à grande échelle',
  });
  await call(service, 'processing.updateDpia', { id: prest.id, dpia: { status: 'done', doneOn: '2026-02-15', nextReview: '2027-02-15', documentLink: 'PIA-2026-03.pdf', notes: 'Revue annuelle' } });
  await call(service, 'processing.setStatus', { id: prest.id, status: 'validated' });
  await createProcessing(service, {
    reference: 'TRT-TP',
    name: 'Tiers payant',
    role: 'joint_controller',
    jointControllers: [{ name: 'Plateforme Tiers Payant SAS', address: '3 rue du Port', postalCode: '44000', city: 'Nantes', country: 'France', phone: '02 00 00 00 00', email: 'dpo@tp.example' }],
    purposes: [{ label: 'Dispense d’avance de frais', legalBases: ['a6_1b_contract'] }],
    art9Conditions: ['a9_2h_health_social_care'],
    dataCategories: [{ category: 'cnil_sens_sante', description: '', retention: '3 ans', finalFate: 'destruction' }],
    subjectCategories: [{ label: 'Adhérents', details: '' }],
    recipients: [{ type: 'cnil_dest_organisme_externe', details: 'Professionnels de santé' }],
    securityMeasures: [{ type: 'cnil_sec_tracabilite', details: '' }],
    processorIds: [calls.id],
    reviewDate: null,
  });
  await createProcessing(service, {
    reference: 'ST-01',
    name: 'Gestion déléguée pour la Mutuelle Partenaire',
    role: 'processor',
    controllersServed: [{ name: 'Mutuelle Partenaire', address: '5 avenue Foch', postalCode: '69006', city: 'Lyon', country: 'France', phone: '', email: 'dpo@partenaire.example', categoriesOfProcessing: 'Gestion des adhésions et des cotisations' }],
    securityMeasures: [{ type: 'cnil_sec_sauvegarde', details: 'Sauvegardes quotidiennes chiffrées' }],
  });
  await createProcessing(service, { reference: 'TRT-PROSP', name: 'Prospection', purposes: [{ label: 'Prospection commerciale', legalBases: ['a6_1a_consent'] }] });
}

async function exportXlsx(service: Service, record: 'art30_1' | 'art30_2' = 'art30_1'): Promise<Buffer> {
  const file = await call<FileOutput>(service, 'processing.exportRegister', { format: 'xlsx', record });
  return Buffer.from(file.base64, 'base64');
}

async function allFiches(service: Service): Promise<ProcessingDetail[]> {
  const list = await call<{ rows: { id: string }[] }>(service, 'processing.list', { limit: 5000 });
  return Promise.all(list.rows.map((r) => call<ProcessingDetail>(service, 'processing.get', { id: r.id })));
}

/** What must survive an export and an import: everything but ids and instants of this vault. */
function comparable(p: ProcessingDetail) {
  return {
    ...p,
    id: undefined,
    createdAt: undefined,
    updatedAt: undefined,
    validatedAt: p.validatedAt === null ? null : 'set',
    processorIds: undefined,
    processors: p.processors.map((x) => x.name),
    transfers: p.transfers.map((t) => ({ ...t, key: undefined, processorId: undefined, processingIds: undefined })),
    completeness: { ...p.completeness, missing: p.completeness.missing.map((m) => m.messageFr) },
    dpia: {
      followUp: p.dpia.followUp,
      screening: p.dpia.screening && { ...p.dpia.screening, id: undefined, processingId: undefined, screenedAt: p.dpia.screening.screenedAt.slice(0, 10) },
    },
  };
}

async function edit(xlsx: Buffer, change: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = await loadWorkbook(xlsx);
  change(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Sets column `col` of the row whose column A reads `label`, in the given fiche tab. */
function setCell(wb: ExcelJS.Workbook, sheet: string, label: string, col: number, value: string, nth = 0): number {
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`onglet ${sheet} absent`);
  let seen = 0;
  for (let r = 1; r <= ws.rowCount; r++) {
    if (ws.getRow(r).getCell(1).value === label && seen++ === nth) {
      ws.getRow(r).getCell(col).value = value;
      return r;
    }
  }
  throw new Error(`ligne « ${label} » absente de ${sheet}`);
}

describe('register import in the CNIL model layout', () => {
  it('round-trips: export → import into another vault with the same processors → the same register', async () => {
    const a = await newVault({ now: () => NOW });
    await register(a.service);
    const files = [await exportXlsx(a.service, 'art30_1'), await exportXlsx(a.service, 'art30_2')];
    const b = await newVault({ now: () => NOW });
    await processors(b.service);
    for (const f of files) {
      const preview = await call<ImportPreview>(b.service, 'processing.importPreview', { base64: f.toString('base64') });
      expect(preview.errorCount, JSON.stringify(preview.rows.flatMap((r) => r.errors))).toBe(0);
    }
    const r1 = await call<Result>(b.service, 'processing.import', { base64: files[0]?.toString('base64') });
    const r2 = await call<Result>(b.service, 'processing.import', { base64: files[1]?.toString('base64') });
    expect(r1.references).toEqual(['TRT-PREST', 'TRT-PROSP', 'TRT-TP']);
    expect(r2).toEqual({ created: 1, updated: 0, references: ['ST-01'] });

    const before = (await allFiches(a.service)).map(comparable);
    const after = (await allFiches(b.service)).map(comparable);
    expect(after).toEqual(before);
    const prest = after.find((p) => p.reference === 'TRT-PREST');
    expect(prest?.status).toBe('validated');
    expect(prest?.dpia.screening?.outcome).toBe('required');
  });

  it('re-imports a file over the same register only when asked, without repeating the DPIA screening', async () => {
    const { service } = await newVault({ now: () => NOW });
    await register(service);
    const file = (await exportXlsx(service)).toString('base64');
    const refused = await service.call('processing.import', { base64: file });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.issues?.[0]?.message).toMatch(/est déjà celle du traitement/);
    const r = await call<Result>(service, 'processing.import', { base64: file, replaceExisting: true });
    expect(r).toMatchObject({ created: 0, updated: 3 });
    const prest = (await allFiches(service)).find((p) => p.reference === 'TRT-PREST');
    expect(await call<unknown[]>(service, 'processing.screenings', { id: prest?.id })).toHaveLength(1);
  });

  it('lists every error with its tab and row, in French — bad date, unknown legal basis, duplicated reference — and writes nothing', async () => {
    const a = await newVault({ now: () => NOW });
    await register(a.service);
    const bad = await edit(await exportXlsx(a.service), (wb) => {
      setCell(wb, 'TRT-PREST', 'Date de revue', 2, '31/02/2026');
      setCell(wb, 'TRT-PREST', 'Finalité principale', 3, 'Intérêt supérieur de la mutuelle');
      setCell(wb, 'TRT-TP', 'N° / REF', 2, 'trt-prosp');
    });
    const b = await newVault({ now: () => NOW });
    await processors(b.service);
    const auditBefore = await call<{ count: number }>(b.service, 'audit.verify', {});

    const preview = await call<ImportPreview>(b.service, 'processing.importPreview', { base64: bad.toString('base64') });
    expect(preview.valid).toBe(false);
    const errors = preview.rows.flatMap((r) => r.errors);
    const date = errors.find((e) => e.field === 'Date de revue');
    expect(date).toMatchObject({ sheet: 'TRT-PREST' });
    expect(date?.message).toMatch(/Date invalide « 31\/02\/2026 » \(ligne \d+, « Date de revue »\)/);
    expect(errors.find((e) => e.field === 'Base(s) légale(s)')?.message).toMatch(/Base légale inconnue « Intérêt supérieur de la mutuelle »/);
    const dupes = errors.filter((e) => e.field === 'N° / REF');
    expect(dupes.map((e) => e.sheet).sort()).toEqual(['TRT-PROSP', 'TRT-TP']);
    expect(dupes[0]?.message).toMatch(/figure aussi dans l’onglet/);
    expect(preview.rows.find((r) => r.sheet === 'TRT-PROSP')?.action).toBe('create');

    const r = await b.service.call('processing.import', { base64: bad.toString('base64') });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('VALIDATION');
      expect(r.error.message).toMatch(/Rien n’a été écrit/);
      expect(r.error.issues?.length).toBe(preview.errorCount);
    }
    expect((await call<{ total: number }>(b.service, 'processing.list', {})).total).toBe(0);
    expect((await call<{ count: number }>(b.service, 'audit.verify', {})).count).toBe(auditBefore.count);
  });

  it('names an unknown processor and refuses a file without any fiche', async () => {
    const a = await newVault({ now: () => NOW });
    await register(a.service);
    const file = await exportXlsx(a.service);
    const b = await newVault({ now: () => NOW });
    const preview = await call<ImportPreview>(b.service, 'processing.importPreview', { base64: file.toString('base64') });
    const errors = preview.rows.flatMap((r) => r.errors);
    expect(errors.find((e) => /Sous-traitant inconnu « Hébergeur Santé Cloud »/.test(e.message))?.sheet).toBe("TRT-PREST");

    const empty = new ExcelJS.Workbook();
    empty.addWorksheet('Feuil1').getCell('A1').value = 'Bonjour';
    const none = await call<ImportPreview>(b.service, 'processing.importPreview', { base64: Buffer.from(await empty.xlsx.writeBuffer()).toString('base64') });
    expect(none.fileErrors[0]).toMatch(/Aucune fiche de registre trouvée/);
    const junk = await call<ImportPreview>(b.service, 'processing.importPreview', { base64: Buffer.from('pas un classeur').toString('base64') });
    expect(junk.valid).toBe(false);
    expect(junk.fileErrors[0]).toMatch(/n’est pas un classeur XLSX lisible/);
  });

  it('reads a fiche typed by hand on the CNIL layout: short legal bases, text dates, categories without examples', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Fiche adhésion');
    const rows: (string | null)[][] = [
      ['Fiche de registre'],
      ['Description du traitement'],
      ['Nom / sigle', 'Adhésion'],
      ['Date de création', '05/03/2026'],
      ['Finalité(s) du traitement effectué'],
      ['Finalité principale', 'Gestion des adhésions', 'Contrat; Obligation légale'],
      ['Sous-finalité 1', 'Statistiques', 'Intérêt légitime'],
      ['Mesures de sécurité'],
      ['Contrôle d’accès des utilisateurs', 'Mots de passe individuels'],
      ['Sauvegarde des données', null],
      ['Catégories de données personnelles concernées'],
      ['Vie personnelle', 'Situation familiale', '5 ans', 'Destruction'],
      ['Données de localisation', null, null, null],
      ['Catégories de personnes concernées'],
      ['Catégorie de personnes', 'Adhérents'],
      ['Destinataires'],
      ['Service interne', 'Service adhésions'],
    ];
    for (const r of rows) ws.addRow(r);
    const base64 = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    const { service } = await newVault({ now: () => NOW });
    const preview = await call<ImportPreview>(service, 'processing.importPreview', { base64 });
    expect(preview.rows[0]?.errors).toEqual([]);
    expect(preview.rows[0]?.warnings[0]).toMatch(/une référence sera attribuée/);
    const result = await call<Result>(service, 'processing.import', { base64 });
    expect(result.references).toEqual(['TRT-2026-0001']);
    const [p] = await allFiches(service);
    expect(p?.createdOn).toBe('2026-03-05');
    expect(p?.purposes.map((x) => x.legalBases)).toEqual([['a6_1b_contract', 'a6_1c_legal_obligation'], ['a6_1f_legitimate_interests']]);
    expect(p?.securityMeasures.map((m) => m.type)).toEqual(['cnil_sec_controle_acces_utilisateurs']);
    expect(p?.dataCategories).toEqual([{ category: 'cnil_cat_vie_personnelle', description: 'Situation familiale', retention: '5 ans', finalFate: 'destruction', sensitive: false }]);
  });
});
