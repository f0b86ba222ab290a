import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ART28_CHECKLIST } from '../../src-main/core/art28';
import { sha256Hex } from '../../src-main/reports/file-output';
import { readSheetRows } from '../../src-main/reports/xlsx/read';
import type { Service } from '../../src-main/service/types';
import type { Result } from '../../src-main/shared/result';
import type { FileOutput } from '../../src-main/shared/schemas/common';
import { PackManifest, type JobStatus, type VerifyPackResult } from '../../src-main/shared/schemas/pack';
import { jobSettled } from '../../src-main/service/handlers/report-jobs';
import { unwrap } from '../helpers/vault';
import { packVault, sessionAs, type PackVault } from './pack-fixtures';
import { packBytes, pdfText, rezip, runPack, unzip } from './pack-zip';

const Q3 = { from: '2026-06-30T22:00:00.000Z', to: '2026-09-30T21:59:59.999Z' };

const failure = async (service: Service, method: string, input: unknown) => {
  const r = await service.call(method, input);
  if (r.ok) throw new Error(`${method} aurait dû échouer`);
  return r.error;
};

const column = (rows: Record<string, unknown>[], header: string): unknown[] => rows.map((r) => r[header]);

describe('audit pack of 2026-Q3 on a known vault', () => {
  let v: PackVault;
  let pack: Awaited<ReturnType<typeof packBytes>>;
  let files: Map<string, Buffer>;
  let manifest: PackManifest;
  let refs: Record<'notified' | 'q2' | 'late' | 'running', string>;
  const workbook = (): Buffer => files.get('registres-2026-Q3.xlsx') ?? Buffer.alloc(0);

  beforeAll(async () => {
    v = await packVault();
    const ref = async (id: string) => (await v.call<{ reference: string }>('breach.get', { id })).reference;
    refs = { notified: await ref(v.ids.notifiedInQ3), q2: await ref(v.ids.discoveredInQ2), late: await ref(v.ids.lateInQ3), running: await ref(v.ids.runningAfterQ3) };
    pack = await packBytes(v.service, '2026-Q3');
    files = await unzip(pack.zip);
    manifest = PackManifest.parse(JSON.parse(files.get('manifest.json')?.toString('utf8') ?? '{}'));
  });
  afterAll(() => v?.dispose());

  it('reports its progress from 0 to 100 with a French step, and ends « done »', () => {
    const progress = pack.statuses.map((s) => s.progress);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(pack.statuses.at(-1)).toMatchObject({ state: 'done', progress: 100, step: 'Paquet d’audit prêt', period: { spec: '2026-Q3', from: '2026-07-01', to: '2026-09-30' } });
    expect(pack.file.filename).toBe('paquet-audit-2026-Q3.zip');
    expect(pack.file.mime).toBe('application/zip');
    expect(sha256Hex(pack.zip)).toBe(pack.file.sha256);
  });

  it('holds the summary, the workbook, the dossiers of the notifications made in the period and the manifest', () => {
    expect([...files.keys()].sort()).toEqual(
      [
        'dossiers-cnil/' + refs.notified + '-notification-initiale.pdf',
        // Discovered in June, complemented in July: its complementary notification belongs to Q3.
        'dossiers-cnil/' + refs.q2 + '-notification-complementaire-1.pdf',
        'manifest.json',
        'registres-2026-Q3.xlsx',
        'synthese-2026-Q3.pdf',
      ].sort(),
    );
  });

  it('lists in manifest.json the SHA-256 and size of every other file, the period and the audit-log head', async () => {
    expect(manifest.files.map((f) => f.name).sort()).toEqual([...files.keys()].filter((n) => n !== 'manifest.json').sort());
    for (const f of manifest.files) {
      expect({ name: f.name, sha256: sha256Hex(files.get(f.name) ?? Buffer.alloc(0)), size: files.get(f.name)?.length }).toEqual({ name: f.name, sha256: f.sha256, size: f.size });
    }
    expect(manifest.period).toMatchObject({ spec: '2026-Q3', label: '3e trimestre 2026' });
    expect(manifest.generatedAt).toBe('2026-10-05T08:00:00.000Z');
    expect(manifest.schemaVersion).toBeGreaterThanOrEqual(5);
    // The head is the entry that recorded the start of this pack: the pack names the state it was made from.
    const log = unwrap((await v.service.call('audit.list', { limit: 20 })) as Result<{ seq: number; action: string; hash: string; entityId: string }[]>);
    const start = log.find((e) => e.action === 'report.auditPackStart' && e.entityId === pack.jobId);
    expect(manifest.auditHead).toEqual({ seq: start?.seq, hash: start?.hash });
  });

  it('puts every breach discovered in the period in « Violations », dismissed incidents included (Art. 33(5))', async () => {
    const listed = unwrap((await v.service.call('breach.list', { filter: 'all', discoveredFrom: '2026-07-01', discoveredTo: '2026-09-30', limit: 500 })) as Result<{ rows: { reference: string }[] }>);
    const rows = await readSheetRows(workbook(), 'Violations');
    expect(column(rows, 'Référence').sort()).toEqual(listed.rows.map((r) => r.reference).sort());
    expect(rows).toHaveLength(3);
    expect(rows.find((r) => r['Référence'] === refs.late)?.['Notifiée à la CNIL']).toBe('Non');
  });

  it('puts every notification made in the period in « Notifications CNIL », with its dossier', async () => {
    const rows = await readSheetRows(workbook(), 'Notifications CNIL');
    expect(rows.map((r) => [r['Violation'], r['N° d’ordre'], r['Copie figée intègre'], r['Dossier dans le paquet']])).toEqual([
      [refs.q2, 2, 'Oui', `dossiers-cnil/${refs.q2}-notification-complementaire-1.pdf`],
      [refs.notified, 1, 'Oui', `dossiers-cnil/${refs.notified}-notification-initiale.pdf`],
    ]);
  });

  it('puts every request received in the period in « Demandes », with its timeliness (Art. 12(3))', async () => {
    const listed = unwrap((await v.service.call('request.list', { receivedFrom: '2026-07-01', receivedTo: '2026-09-30', limit: 500 })) as Result<{ rows: { reference: string }[] }>);
    const rows = await readSheetRows(workbook(), 'Demandes');
    expect(column(rows, 'Référence').sort()).toEqual(listed.rows.map((r) => r.reference).sort());
    expect(rows).toHaveLength(5);
    expect(column(rows, 'Respect du délai').sort()).toEqual(['Dans le délai', 'En cours, dans le délai', 'En cours, dans le délai', 'En retard de 10 jours', 'En retard, sans réponse de 32 jours'].sort());
  });

  it('puts the processors with the Art. 28 clause matrix, and the register of processing activities', async () => {
    const processors = await readSheetRows(workbook(), 'Sous-traitants');
    expect(column(processors, 'Sous-traitant').sort()).toEqual(['Hébergeur Santé Cloud', 'Imprimerie du Rhône']);
    expect(processors.find((r) => r['Sous-traitant'] === 'Imprimerie du Rhône')?.['Nouveau dans la période']).toBe('Oui');
    const matrix = await readSheetRows(workbook(), 'Matrice art. 28');
    expect(matrix).toHaveLength(1);
    expect(Object.keys(matrix[0] ?? {})).toHaveLength(5 + ART28_CHECKLIST.length);
    expect(Object.values(matrix[0] ?? {})).toContain('Présente');
    const fiches = await readSheetRows(workbook(), 'Traitements');
    expect(fiches.map((r) => [r['N° / RÉF'], r['AIPD requise non réalisée'], r['Créée dans la période']]).sort()).toEqual([
      ['TRT-EDITIQUE', 'Non', 'Oui'],
      ['TRT-PREST', 'Oui', 'Non'],
    ]);
  });

  it('puts the actions alive during the period and the audits of the plan', async () => {
    const actions = await readSheetRows(workbook(), 'Plan d’actions');
    expect(column(actions, 'Action').sort()).toEqual(['Contrôle automatique des plis', 'Révoquer les accès des partants', 'Signer le contrat de sous-traitance']);
    expect(actions.find((r) => r['Action'] === 'Contrôle automatique des plis')?.['En retard']).toBe('Oui');
    const audits = await readSheetRows(workbook(), 'Audits');
    expect(column(audits, 'Audit')).toEqual(['Audit du registre des prestations']);
  });

  it('extracts exactly the audit-log entries written during the period, with their chained hash', async () => {
    const log = unwrap((await v.service.call('audit.list', { limit: 1000 })) as Result<{ seq: number; at: string; hash: string }[]>);
    const expected = log.filter((e) => e.at >= Q3.from && e.at <= Q3.to).sort((a, b) => a.seq - b.seq);
    const rows = await readSheetRows(workbook(), 'Journal d’audit');
    expect(expected.length).toBeGreaterThan(5);
    expect(rows.map((r) => [r['N°'], r['Empreinte chaînée (SHA-256)']])).toEqual(expected.map((e) => [e.seq, e.hash]));
  });

  it('prints the period’s figures, the notable events and the audit-log head in the summary PDF', () => {
    const text = pdfText(files.get('synthese-2026-Q3.pdf') ?? Buffer.alloc(0)).replace(/\u202f|\u00a0/g, ' ');
    expect(text).toContain('Paquet d’audit — 3e trimestre 2026');
    expect(text).toMatch(/Demandes reçues\s+5\n/);
    expect(text).toMatch(/Répondues dans le délai\s+1\n/);
    expect(text).toMatch(/Répondues en retard\s+1\n/);
    expect(text).toMatch(/Taux de réponse dans le délai\s+50 %/);
    expect(text).toMatch(/Violations découvertes\s+3\n/);
    expect(text).toMatch(/Incidents écartés \(pas une\s+1\n/);
    // The charts' numbers are text: August has one request on time and one late.
    expect(text).toMatch(/Demandes par mois d’échéance/);
    expect(text).toMatch(/juil\. 2026\s+août 2026\s+sept\. 2026/);
    expect(text).toContain(refs.notified);
    expect(text).toContain('TRT-EDITIQUE');
    expect(text).toContain(`dossiers-cnil/${refs.q2}-notification-complementaire-1.pdf`);
    expect(text.replace(/\s+/g, '')).toContain(manifest.auditHead.hash);
    expect(text).toMatch(/Traitements audités\s+1 \/ 2 \(50 %\)/);
  });

  it('renders each dossier from the notification’s frozen copy (Art. 33(3), 33(5))', () => {
    const text = pdfText(files.get(`dossiers-cnil/${refs.notified}-notification-initiale.pdf`) ?? Buffer.alloc(0)).replace(/\s+/g, ' ');
    expect(text).toContain('Dossier de notification à la CNIL — notification initiale');
    expect(text).toContain('Copie figée du contenu transmis');
    expect(text).toContain(refs.notified);
  });

  it('is handed over once, and its delivery is written in the audit log with its SHA-256', async () => {
    const again = await failure(v.service, 'report.jobResult', { jobId: pack.jobId });
    expect(again.code).toBe('NOT_FOUND');
    expect(again.message).toContain('déjà été récupéré');
    const log = unwrap((await v.service.call('audit.list', { limit: 20 })) as Result<{ action: string; entityId: string }[]>);
    expect(log.some((e) => e.action === 'report.auditPack' && e.entityId === pack.jobId)).toBe(true);
    expect(readdirSync(join(v.dir, 'packs'))).toEqual([]);
  });

  it('is declared intact by report.verifyPack, tied to this vault’s audit log', async () => {
    const r = unwrap((await v.service.call('report.verifyPack', { base64: pack.file.base64 })) as Result<VerifyPackResult>);
    expect(r.ok).toBe(true);
    expect(r.files.every((f) => f.status === 'ok')).toBe(true);
    expect(r.vault).toMatchObject({ checked: true, matches: true });
  });

  it('names the file modified inside the ZIP (tampering detection)', async () => {
    const altered = new Map(files);
    const pdf = Buffer.from(files.get('synthese-2026-Q3.pdf') ?? Buffer.alloc(0));
    pdf[pdf.length - 100] = (pdf[pdf.length - 100] ?? 0) ^ 0xff;
    altered.set('synthese-2026-Q3.pdf', pdf);
    const r = unwrap((await v.service.call('report.verifyPack', { base64: (await rezip(altered)).toString('base64') })) as Result<VerifyPackResult>);
    expect(r.ok).toBe(false);
    expect(r.files.filter((f) => f.status !== 'ok')).toEqual([expect.objectContaining({ name: 'synthese-2026-Q3.pdf', status: 'modified' })]);
    expect(r.message).toContain('« synthese-2026-Q3.pdf » a été modifié');
  });

  it('names a file removed from the ZIP and a file added to it', async () => {
    const altered = new Map(files);
    altered.delete(`dossiers-cnil/${refs.notified}-notification-initiale.pdf`);
    altered.set('note.txt', Buffer.from('ajout'));
    const r = unwrap((await v.service.call('report.verifyPack', { base64: (await rezip(altered)).toString('base64') })) as Result<VerifyPackResult>);
    expect(r.ok).toBe(false);
    expect(r.problems).toEqual([
      `« dossiers-cnil/${refs.notified}-notification-initiale.pdf » est manquant : il figure au manifeste mais pas dans l’archive.`,
      '« note.txt » a été ajouté : il ne figure pas au manifeste.',
    ]);
  });

  it('says when the manifest is not tied to this vault’s audit log', async () => {
    const other = JSON.parse(files.get('manifest.json')?.toString('utf8') ?? '{}') as PackManifest;
    other.auditHead = { seq: other.auditHead.seq, hash: 'f'.repeat(64) };
    const altered = new Map(files);
    altered.set('manifest.json', Buffer.from(JSON.stringify(other)));
    const r = unwrap((await v.service.call('report.verifyPack', { base64: (await rezip(altered)).toString('base64') })) as Result<VerifyPackResult>);
    expect(r.files.every((f) => f.status === 'ok')).toBe(true);
    expect(r.ok).toBe(false);
    expect(r.vault.matches).toBe(false);
  });

  it('runs beside the service queue: the start returns while the job is still running, other calls keep working', async () => {
    const { jobId } = unwrap((await v.service.call('report.auditPackStart', { period: '2026' })) as Result<{ jobId: string }>);
    const first = unwrap((await v.service.call('report.jobStatus', { jobId })) as Result<JobStatus>);
    expect(first.state).toBe('running');
    expect(unwrap((await v.service.call('dashboard.get', {})) as Result<{ today: string }>).today).toBe('2026-10-05');
    const busy = await failure(v.service, 'report.auditPackStart', { period: '2026-Q3' });
    expect(busy.code).toBe('VAULT_BUSY');
    await v.call('report.jobCancel', { jobId });
  });

  it('leaves no file behind when cancelled', async () => {
    const { jobId } = unwrap((await v.service.call('report.auditPackStart', { period: '2026-Q3' })) as Result<{ jobId: string }>);
    const cancelled = unwrap((await v.service.call('report.jobCancel', { jobId })) as Result<JobStatus>);
    expect(cancelled.state).toBe('cancelled');
    expect(cancelled.error?.code).toBe('CANCELLED');
    expect(cancelled.result).toBeNull();
    expect(readdirSync(join(v.dir, 'packs'))).toEqual([]);
    const result = await failure(v.service, 'report.jobResult', { jobId });
    expect(result.code).toBe('CANCELLED');
  });

  it('abandons a finished pack on cancel: its file is deleted', async () => {
    const run = await runPack(v.service, '2026-Q3');
    expect(run.last.state).toBe('done');
    expect(readdirSync(join(v.dir, 'packs'))).toEqual([`${run.jobId}.zip`]);
    const s = unwrap((await v.service.call('report.jobCancel', { jobId: run.jobId })) as Result<JobStatus>);
    expect(s.state).toBe('cancelled');
    expect(readdirSync(join(v.dir, 'packs'))).toEqual([]);
  });

  it('refuses a period it cannot read, saying how to write one', async () => {
    const e = await failure(v.service, 'report.auditPackStart', { period: 'T3 2026' });
    expect(e.code).toBe('VALIDATION');
    expect(e.issues?.[0]?.message).toContain('un trimestre (2026-Q3), une année (2026) ou deux dates (2026-01-01..2026-06-30)');
  });
});

describe('audit pack roles and sessions', () => {
  let v: PackVault;
  beforeAll(async () => {
    v = await packVault();
  });
  afterAll(() => v?.dispose());

  it('lets the compliance officer make and collect a pack (it exports audit packs)', async () => {
    const s = await sessionAs(v, 'compliance');
    const { file } = await packBytes(s, '2026-07-01..2026-08-31');
    expect(file.filename).toBe('paquet-audit-2026-07-01_au_2026-08-31.zip');
    const r = unwrap((await s.call('report.verifyPack', { base64: file.base64 })) as Result<VerifyPackResult>);
    expect(r.ok).toBe(true);
    s.close();
  });

  it('refuses every pack method to the security officer', async () => {
    const s = await sessionAs(v, 'security');
    for (const [method, input] of [
      ['report.auditPackStart', { period: '2026' }],
      ['report.jobStatus', { jobId: 'X' }],
      ['report.jobCancel', { jobId: 'X' }],
      ['report.jobResult', { jobId: 'X' }],
      ['report.verifyPack', { base64: 'AA==' }],
    ] as const) {
      expect((await failure(s, method, input)).code).toBe('FORBIDDEN');
    }
    s.close();
  });

  it('does not show a user another user’s job', async () => {
    const s = await sessionAs(v, 'compliance');
    const { jobId } = unwrap((await v.service.call('report.auditPackStart', { period: '2026-Q3' })) as Result<{ jobId: string }>);
    expect((await failure(s, 'report.jobStatus', { jobId })).code).toBe('NOT_FOUND');
    expect((await failure(s, 'report.jobCancel', { jobId })).code).toBe('NOT_FOUND');
    await v.call('report.jobCancel', { jobId });
    s.close();
  });

  it('hands over nothing else than a FileOutput of the ZIP', async () => {
    const s = await sessionAs(v, 'compliance');
    const { file } = await packBytes(s, '2026');
    const out: FileOutput = file;
    expect(Object.keys(out).sort()).toEqual(['base64', 'filename', 'mime', 'sha256']);
    s.close();
  });

  it('stops the job when the vault is locked, and deletes any pack not collected', async () => {
    const finished = await runPack(v.service, '2026-Q3');
    expect(finished.last.state).toBe('done');
    const { jobId } = unwrap((await v.service.call('report.auditPackStart', { period: '2026' })) as Result<{ jobId: string }>);
    expect(readdirSync(join(v.dir, 'packs'))).toEqual([`${finished.jobId}.zip`]);
    await v.call('session.lock', {});
    // The job stops at its next check and writes nothing; the finished pack is deleted by its watcher.
    await jobSettled(jobId);
    const packs = join(v.dir, 'packs');
    for (let i = 0; i < 250 && existsSync(packs) && readdirSync(packs).length > 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(readdirSync(packs)).toEqual([]);
  });
});
