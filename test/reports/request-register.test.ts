import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it } from 'vitest';
import { registerRequestExport } from '../../src-main/cli/export-request';
import { foldLine, escapeText } from '../../src-main/reports/requests/calendar-ics';
import { registerLine, registerSummary } from '../../src-main/reports/requests/register-lines';
import { readSheetRows } from '../../src-main/reports/xlsx/read';
import type { Result } from '../../src-main/shared/result';
import type { FileOutput } from '../../src-main/shared/schemas/common';
import { newVault, PASSPHRASE, tempDir, unwrap } from '../helpers/vault';
import { pdfText } from './fixtures';

const applicant = { name: 'Éloïse Dupont', email: 'eloise.dupont@courriel.example' };
const item = (receivedAt: string, actions: unknown[] = [], extra: Record<string, unknown> = {}) => ({ type: 'access', receivedAt, channel: 'email', applicant, actions, ...extra });
const answer = (at: string, outcome = 'granted') => ({ type: 'answer', outcome, channel: 'email', at });

/**
 * At 10 March 2026: A answered on time, B answered 5 days late, C extended and pending, D overdue,
 * E received on 1 January in Paris (31 December in UTC), F received in 2025 (outside the period).
 */
async function setup() {
  const { service, dir } = await newVault({ now: () => new Date('2026-03-10T09:00:00Z') });
  const call = async <T>(method: string, input: unknown): Promise<T> => unwrap((await service.call(method, input)) as Result<T>);
  await call('request.importBatch', {
    requests: [
      item('2026-01-05T09:00:00Z', [answer('2026-01-20T09:00:00Z')]),
      item('2026-01-06T09:00:00Z', [answer('2026-02-11T09:00:00Z', 'partly_granted')].map((a) => ({
        ...a,
        refusal: { reasons: 'Obligation légale', complaintToCnilMentioned: true, judicialRemedyMentioned: true },
      }))),
      item('2026-02-02T09:00:00Z', [{ type: 'extend', reasons: 'Volume', at: '2026-02-20T09:00:00Z' }], { type: 'portability' }),
      item('2026-01-20T09:00:00Z', [], { type: 'erasure' }),
      item('2025-12-31T23:30:00Z'),
      item('2025-12-20T09:00:00Z'),
    ],
  });
  return { service, dir, call };
}

const decode = (f: FileOutput) => Buffer.from(f.base64, 'base64');

describe('Register of rights requests over a period', () => {
  it('exports the period as XLSX: received, type, due, extended, answered, on time or late by how many days, outcome', async () => {
    const { call } = await setup();
    const file = await call<FileOutput>('request.register', { from: '2026-01-01', to: '2026-03-31', format: 'xlsx' });
    expect(file.filename).toBe('registre-demandes-2026-01-01-2026-03-31.xlsx');
    const rows = await readSheetRows(decode(file), 'Demandes');
    expect(rows.map((r) => r['Référence'])).toEqual(['DEM-2026-0005', 'DEM-2026-0001', 'DEM-2026-0002', 'DEM-2026-0004', 'DEM-2026-0003']);
    const byRef = new Map(rows.map((r) => [r['Référence'], r]));
    const onTime = byRef.get('DEM-2026-0001');
    expect(onTime?.['Type']).toBe('Droit d\'accès');
    expect(onTime?.['Échéance (un mois)']).toEqual(new Date(Date.UTC(2026, 1, 5)));
    expect(onTime?.['Répondue le']).toEqual(new Date(Date.UTC(2026, 0, 20)));
    expect(onTime?.['Respect du délai']).toBe('Dans le délai');
    expect(onTime?.['Jours de retard']).toBe(0);
    expect(onTime?.['Issue']).toBe('Satisfaite');
    // Received Tuesday 6 January → due Friday 6 February; answered 11 February: 5 days late.
    const late = byRef.get('DEM-2026-0002');
    expect(late?.['Respect du délai']).toBe('En retard de 5 jours');
    expect(late?.['Jours de retard']).toBe(5);
    expect(late?.['Issue']).toBe('Partiellement satisfaite');
    const extended = byRef.get('DEM-2026-0003');
    expect(extended?.['Prolongée']).toBe('Oui');
    expect(extended?.['Échéance prolongée']).toEqual(new Date(Date.UTC(2026, 4, 4)));
    expect(extended?.['Respect du délai']).toBe('En cours, dans le délai');
    // Received 20 January → due Friday 20 February, still unanswered on 10 March: 18 days.
    const overdue = byRef.get('DEM-2026-0004');
    expect(overdue?.['Respect du délai']).toBe('En retard, sans réponse de 18 jours');
    expect(overdue?.['Reçue le']).toEqual(new Date(Date.UTC(2026, 0, 20)));
    // Received at 23:30 UTC on 31 December: 1 January in Paris.
    expect(byRef.get('DEM-2026-0005')?.['Reçue le']).toEqual(new Date(Date.UTC(2026, 0, 1)));
    const info = await readSheetRows(decode(file), 'Informations');
    const value = (label: string) => info.find((r) => r['Rubrique'] === label)?.['Valeur'];
    expect(value('Document')).toBe('Registre des demandes d’exercice des droits');
    expect(value('Demandes reçues sur la période')).toBe('5');
    expect(value('Répondues en retard')).toBe('1');
    expect(value('En retard, sans réponse')).toBe('2'); // D, and E due Monday 2 February
    expect(value('Taux de réponse dans le délai')).toBe('50 %');
  });

  it('prints the same register as PDF, with its summary and no names', async () => {
    const { call } = await setup();
    const file = await call<FileOutput>('request.register', { from: '2026-01-01', to: '2026-03-31', format: 'pdf' });
    const text = pdfText(decode(file));
    expect(text).toContain('Registre des demandes d’exercice des droits');
    expect(text).toContain('Demandes reçues du 01/01/2026 au 31/03/2026');
    for (const ref of ['DEM-2026-0001', 'DEM-2026-0002', 'DEM-2026-0003', 'DEM-2026-0004', 'DEM-2026-0005']) expect(text.replace(/\s+/g, '')).toContain(ref);
    expect(text.replace(/\s+/g, ' ')).toContain('5 jours');
    expect(text).toContain('prolongée au');
    expect(text).not.toContain('Dupont');
    expect(text).not.toContain('DEM-2025');
  });

  it('records the export in the audit log', async () => {
    const { call } = await setup();
    await call('request.register', { from: '2026-01-01', to: '2026-03-31' });
    const [last] = await call<{ action: string }[]>('audit.list', { limit: 1 });
    expect(last?.action).toBe('request.register');
  });
});

describe('Register lines', () => {
  const base = {
    reference: 'DEM-2026-0001', type: 'access', state: 'answered', profile: 'gdpr', channel: 'email', pending: false,
    receivedAt: '2026-01-05T09:00:00.000Z', receivedDate: '2026-01-05', dueDate: '2026-02-05', extendedDueDate: null,
    effectiveDueDate: '2026-02-05', answeredDate: '2026-02-06', outcome: 'granted', lateDays: 1,
  } as const;

  it('says « 1 jour » in the singular and counts the on-time rate over answered requests only', () => {
    const late = registerLine(base, '2026-03-10');
    expect(late.timelinessLabel).toBe('En retard de 1 jour');
    const pending = registerLine({ ...base, state: 'in_progress', pending: true, answeredDate: null, outcome: null, lateDays: null, effectiveDueDate: '2026-03-20' }, '2026-03-10');
    expect(pending.timeliness).toBe('pending');
    expect(registerSummary([late, pending])).toMatchObject({ total: 2, answered: 1, late: 1, pending: 1, onTimeRate: 0 });
  });
});

describe('Calendar of open deadlines (RFC 5545)', () => {
  it('has one all-day VEVENT per request awaiting an answer, on the due date in force, without names', async () => {
    const { call } = await setup();
    const file = await call<FileOutput>('request.calendar', { alarmDays: 3 });
    expect(file.mime).toBe('text/calendar; charset=utf-8');
    const ics = decode(file).toString('utf8');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.split('\r\n').every((line) => Buffer.byteLength(line, 'utf8') <= 75)).toBe(true);
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain('X-WR-TIMEZONE:Europe/Paris');
    expect(unfolded).toContain('TZID:Europe/Paris');
    // Pending: C (extended, due 4 May), D (overdue, due 20 Feb), E (due 2 Feb, overdue), F (due 20 Jan 2026).
    expect(unfolded.match(/BEGIN:VEVENT/g)).toHaveLength(4);
    expect(unfolded).toContain('DTSTART;VALUE=DATE:20260504');
    expect(unfolded).toContain('DTEND;VALUE=DATE:20260505');
    expect(unfolded).toContain('SUMMARY:Échéance DEM-2026-0003 — Droit à la portabilité (prolongée)');
    expect(unfolded).toContain('TRIGGER:-P3D');
    expect(unfolded).toContain('DTSTAMP:20260310T090000Z');
    expect(unfolded).not.toContain('Dupont');
    expect(unfolded).not.toContain('DEM-2026-0001');
  });

  it('escapes commas, semicolons and line breaks and folds long lines without splitting a character', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const folded = foldLine(`DESCRIPTION:${'é'.repeat(100)}`);
    const lines = folded.split('\r\n');
    expect(lines.every((l) => Buffer.byteLength(l, 'utf8') <= 75)).toBe(true);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(`DESCRIPTION:${'é'.repeat(100)}`);
  });
});

describe('dpo export request-register', () => {
  const saved = process.env.DPO_PASSPHRASE;
  afterEach(() => {
    if (saved === undefined) delete process.env.DPO_PASSPHRASE;
    else process.env.DPO_PASSPHRASE = saved;
  });

  it('writes the register to --out as XLSX or PDF, refuses another format, and writes the calendar to its own file', async () => {
    const { service, dir } = await setup();
    service.close();
    process.env.DPO_PASSPHRASE = PASSPHRASE;
    const program = new Command().option('--vault <dir>').option('--user <name>').exitOverride();
    registerRequestExport(program.command('export'), () => program.opts());
    const out = join(tempDir(), 'registre.xlsx');
    await program.parseAsync(['--vault', dir, '--user', 'claire', 'export', 'request-register', '--from', '2026-01-01', '--to', '2026-03-31', '--format', 'xlsx', '--out', out], { from: 'user' });
    const rows = await readSheetRows(readFileSync(out), 'Demandes');
    expect(rows).toHaveLength(5);
    const pdf = join(tempDir(), 'registre.pdf');
    await program.parseAsync(['--vault', dir, '--user', 'claire', 'export', 'request-register', '--from', '2026-01-01', '--to', '2026-03-31', '--format', 'pdf', '--out', pdf], { from: 'user' });
    const text = pdfText(readFileSync(pdf));
    expect(text).toContain('Registre des demandes d’exercice des droits');
    expect(text).toContain('Demandes reçues du 01/01/2026 au 31/03/2026');
    await expect(
      program.parseAsync(['--vault', dir, '--user', 'claire', 'export', 'request-register', '--from', '2026-01-01', '--to', '2026-03-31', '--format', 'csv', '--out', pdf], { from: 'user' }),
    ).rejects.toThrow(/--format attend « xlsx » ou « pdf »/);
    const ics = join(tempDir(), 'echeances.ics');
    await program.parseAsync(['--vault', dir, '--user', 'claire', 'export', 'request-calendar', '--out', ics], { from: 'user' });
    expect(readFileSync(ics, 'utf8')).toContain('BEGIN:VEVENT');
  });
});
