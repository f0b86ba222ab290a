import { describe, expect, it } from 'vitest';
import { REGISTER_COLUMNS } from '../../src-main/reports/breaches/register-entry';
import { REGISTER_PDF_COLUMNS } from '../../src-main/reports/breaches/register-pdf';
import { NOTIFICATIONS_SHEET, REGISTER_SHEET } from '../../src-main/reports/breaches/register-xlsx';
import { loadWorkbook, readSheetRows, type ReadCell } from '../../src-main/reports/xlsx/read';
import type { FileOutput } from '../../src-main/shared/schemas/common';
import { ORGANISATION } from '../helpers/vault';
import { breachVault, confirmedBreach, HEALTH_DISCLOSURE, MISSENT_STATEMENT, RANSOMWARE_WITH_BACKUP } from '../service/breach-fixtures';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { workDir } from './fixtures';

const bytes = (file: FileOutput): Buffer => Buffer.from(file.base64, 'base64');
const squash = (text: string): string => text.replace(/\s+/g, ' ');

/** Text in drawing order (`pdftotext -raw`): each table cell reads as one piece, whatever its column. */
function pdfRawText(pdf: Buffer): string {
  const file = join(workDir(), 'register.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

/** A year of incidents in every outcome: dismissed, documented only, notified late and informed, just reported. */
async function yearOfBreaches() {
  const v = await breachVault('2026-09-01T08:00:00Z');
  const { call, clock } = v;

  clock.set('2026-02-02T10:00:00Z');
  const dismissed = await call('breach.create', { title: 'Alerte antivirus sur un poste', discoveredAt: '2026-02-02T09:00:00Z' });
  await call('breach.startAssessment', { id: dismissed.id });
  await call('breach.dismiss', { id: dismissed.id, reason: 'Faux positif : aucun fichier n’a quitté le poste, journaux à l’appui.' });

  clock.set('2026-03-10T12:00:00Z');
  const documented = await confirmedBreach(call, '2026-03-10T08:00:00Z', '2026-03-10T09:00:00Z', 'Rançongiciel sur un serveur de fichiers');
  await call('breach.assess', { id: documented.id, answers: RANSOMWARE_WITH_BACKUP });
  await call('breach.decide', { id: documented.id, kind: 'document_only' });
  await call('breach.close', { id: documented.id });

  clock.set('2026-06-01T10:00:00Z');
  const notified = await confirmedBreach(call, '2026-06-01T08:00:00Z', '2026-06-01T09:00:00Z', 'Relevé envoyé au mauvais adhérent');
  const fiche = await call<{ id: string }>('processing.create', { reference: 'TRT-PREST', name: 'Gestion des prestations santé' });
  await call('breach.update', {
    id: notified.id,
    ...MISSENT_STATEMENT,
    processingIds: [fiche.id],
    timeline: { ...MISSENT_STATEMENT.timeline, occurrence: 'range', occurredFrom: '2026-05-30T09:00:00Z', occurredTo: '2026-05-30T18:00:00Z', processorAlertAt: '2026-06-01T07:30:00Z', discoverySource: 'processor' },
    measuresInPlace: { measures: ['policies'], description: '' },
    authorities: { police: true, anssi: false, others: 'ARS', details: 'Plainte déposée.' },
    crossBorder: { crossBorder: true, leadAuthority: 'CNIL', subjectCountries: ['France', 'Belgique'], subjectsPerCountry: 'France 1, Belgique 0' },
    parties: [{ name: 'ÉditPrint SAS', role: 'processor', contact: 'rssi@editprint.example', alertedAt: '2026-06-01T07:30:00Z', note: '' }],
  });
  await call('breach.assess', { id: notified.id, answers: HEALTH_DISCLOSURE });
  await call('breach.decide', { id: notified.id, kind: 'notify_authority_and_subjects' });
  clock.set('2026-06-05T12:00:00Z');
  await call('breach.notify', { id: notified.id, kind: 'initial', at: '2026-06-05T11:00:00Z', reference: 'CNIL-2026-0420', delayReasons: 'Étendue connue le 5 juin seulement.' });
  await call('breach.communicate', { id: notified.id, at: '2026-06-05T11:30:00Z', channel: 'letter', numberInformed: 1, content: 'Courrier recommandé.' });
  await call('breach.notify', { id: notified.id, kind: 'complementary', at: '2026-06-05T11:45:00Z', reference: 'CNIL-2026-0420-C' });
  await call('breach.close', { id: notified.id });

  clock.set('2026-08-20T10:00:00Z');
  const reported = await call('breach.create', { title: 'Badge d’accès perdu', discoveredAt: '2026-08-20T09:00:00Z' });

  clock.set('2027-01-05T10:00:00Z');
  await call('breach.create', { title: 'Hors période', discoveredAt: '2027-01-05T09:00:00Z' });
  clock.set('2027-01-06T10:00:00Z');
  return { ...v, dismissed, documented, notified, reported };
}

/** Columns a fully answered, notified, informed and closed breach leaves empty by design. */
const EMPTY_BY_DESIGN = new Set(['dismissedAt', 'dismissalReason', 'reasonNotNotified', 'reasonNotInformed', 'integrityType', 'availabilityType', 'justification']);

describe('the breach register of Art. 33(5) as XLSX (read back with exceljs)', () => {
  it('has one row per breach of the period, every field, dismissed and non-notified incidents with their reasoning', async () => {
    const v = await yearOfBreaches();
    const file = await v.call<FileOutput>('breach.register', { from: '2026-01-01', to: '2026-12-31', format: 'xlsx' });
    expect(file.filename).toBe('registre-violations-2026-01-01-au-2026-12-31.xlsx');
    const rows = await readSheetRows(bytes(file), REGISTER_SHEET);
    expect(rows.map((r) => r['Référence'])).toEqual([v.dismissed.reference, v.documented.reference, v.notified.reference, v.reported.reference]);
    const byRef = (ref: string): Record<string, ReadCell> => rows.find((r) => r['Référence'] === ref) ?? {};
    const col = (key: string): string => REGISTER_COLUMNS.find((c) => c.key === key)?.header ?? key;

    expect(Object.keys(rows[0] ?? {})).toEqual(REGISTER_COLUMNS.map((c) => c.header));

    const dismissed = byRef(v.dismissed.reference);
    expect(dismissed[col('status')]).toMatch(/Écartée/);
    expect(dismissed[col('dismissalReason')]).toMatch(/Faux positif/);
    expect(dismissed[col('reasonNotNotified')]).toBe('Pas une violation de données personnelles');
    expect(dismissed[col('reasoning')]).toMatch(/Écartée le .* Faux positif/);
    expect(dismissed[col('notified')]).toBe('Non');

    const documented = byRef(v.documented.reference);
    expect(documented[col('decision')]).toMatch(/Documenter au registre seulement/);
    expect(documented[col('reasonNotNotified')]).toMatch(/peu susceptible d’engendrer un risque/);
    expect(documented[col('riskReasons')]).toMatch(/EDPB 01\/2021, cas 01/);
    expect(documented[col('reasoning')]).toMatch(/Non notifiée à la CNIL/);
    expect(documented[col('notified')]).toBe('Non');
    expect(documented[col('closedAt')]).toBeInstanceOf(Date);

    const notified = byRef(v.notified.reference);
    for (const c of REGISTER_COLUMNS) {
      if (EMPTY_BY_DESIGN.has(c.key)) continue;
      expect(notified[c.header], c.header).not.toBeNull();
    }
    // Instants are real dates showing the Paris wall-clock time (11:00 UTC = 13:00 in June).
    expect(notified[col('notifiedAt')]).toEqual(new Date(Date.UTC(2026, 5, 5, 13, 0)));
    expect(notified[col('awareAt')]).toEqual(new Date(Date.UTC(2026, 5, 1, 11, 0)));
    expect(notified[col('dueAt')]).toEqual(new Date(Date.UTC(2026, 5, 4, 11, 0)));
    expect(notified[col('subjectCount')]).toBe(1);
    expect(notified[col('recordCount')]).toBe(14);
    expect(notified[col('cnilReference')]).toBe('CNIL-2026-0420');
    expect(notified[col('withinDeadline')]).toBe('Non');
    // Aware 1 June 09:00 UTC, due 4 June 09:00, notified 5 June 11:00: 26 hours late.
    expect(notified[col('lateBy')]).toBe('1 j 2 h 0 min');
    expect(notified[col('delayReasons')]).toBe('Étendue connue le 5 juin seulement.');
    expect(notified[col('specialCategories')]).toBe('Oui');
    expect(notified[col('nir')]).toBe('Oui');
    expect(notified[col('informedChannel')]).toBe('Courrier individuel');
    // Every group of the notification form has its column (REGULATORY.md §2b): descriptions, C/I/A consequences, cross-border.
    expect(notified[col('subjectsDescription')]).toBe('Une adhérente');
    expect(notified[col('dataDescription')]).toBe('Relevé de remboursements');
    expect(notified[col('consequences')]).toMatch(/^Confidentialité : .+\nImpacts : .+\nDivulgation de soins à un tiers\.$/);
    expect(notified[col('crossBorderDetails')]).toMatch(/Autorité chef de file : CNIL\nPersonnes par pays : France 1, Belgique 0/);
    expect(notified[col('occurrence')]).toBe('Sur une période (du … au …)');
    expect(notified[col('complementary')]).toMatch(/CNIL-2026-0420-C/);
    expect(notified[col('notificationHashes')]).toMatch(/n° 1 : [0-9a-f]{64}; n° 2 : [0-9a-f]{64}/);

    expect(byRef(v.reported.reference)[col('reasoning')]).toMatch(/Décision sur la notification non encore prise/);
  });

  it('lists every notification with the SHA-256 of its frozen copy, and opens with frozen headers and filters', async () => {
    const v = await yearOfBreaches();
    const file = bytes(await v.call<FileOutput>('breach.register', { from: '2026-01-01', to: '2026-12-31', format: 'xlsx' }));
    const notifications = await readSheetRows(file, NOTIFICATIONS_SHEET);
    const detail = await v.call('breach.get', { id: v.notified.id });
    expect(notifications.map((n) => n['SHA-256 de la copie figée'])).toEqual(detail.notifications.map((n) => n.snapshotSha256));
    expect(notifications.map((n) => n['Après 72 h'])).toEqual(['Oui', null]);
    const workbook = await loadWorkbook(file);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Informations', REGISTER_SHEET, NOTIFICATIONS_SHEET]);
    const sheet = workbook.getWorksheet(REGISTER_SHEET);
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet?.autoFilter).toBeTruthy();
    const info = await readSheetRows(file, 'Informations');
    expect(info.find((r) => r['Rubrique'] === 'Organisme')?.['Valeur']).toBe(ORGANISATION.name);
  });
});

describe('the breach register of Art. 33(5) as PDF (read back with pdftotext)', () => {
  it('prints the period, the organisation, and every breach with its reasoning', async () => {
    const v = await yearOfBreaches();
    const text = squash(pdfRawText(bytes(await v.call<FileOutput>('breach.register', { from: '2026-01-01', to: '2026-12-31', format: 'pdf' }))));
    expect(text).toContain('Registre des violations de données personnelles');
    expect(text).toContain('du 01/01/2026 au 31/12/2026');
    expect(text).toContain(ORGANISATION.name);
    expect(text).toContain(ORGANISATION.dpoName);
    for (const header of REGISTER_PDF_COLUMNS) expect(text).toContain(header);
    for (const ref of [v.dismissed.reference, v.documented.reference, v.notified.reference, v.reported.reference]) expect(text).toContain(ref);
    expect(text).not.toContain('Hors période');
    expect(text).toContain('pas une violation de données personnelles — Faux positif : aucun fichier n’a quitté le poste');
    expect(text).toContain('Non notifiée à la CNIL : violation peu susceptible d’engendrer un risque');
    expect(text).toContain('motifs du retard (art. 33(1)) : Étendue connue le 5 juin seulement.');
    expect(text).toContain('CNIL : non notifiée');
    expect(text).toContain('CNIL-2026-0420');
    expect(text).toMatch(/Écartés \(pas une violation de données personnelles\) 1/);
  });
});
