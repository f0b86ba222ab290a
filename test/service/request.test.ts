import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parisDateOf } from '../../src-main/core/time';
import { parisDay } from '../../src-main/service/handlers/request-record';
import type { Service } from '../../src-main/service/types';
import type { Result } from '../../src-main/shared/result';
import type { RequestDetail, RequestRow } from '../../src-main/shared/schemas/request';
import { Vault } from '../../src-main/store/vault';
import { requestReminderRows, requestStatRows } from '../../src-main/store/repos/requests';
import { newVault, PASSPHRASE, unwrap } from '../helpers/vault';

/** A vault whose clock the test moves by hand. */
async function setup(nowIso: string) {
  const clock = { now: new Date(nowIso) };
  const { service, dir } = await newVault({ now: () => clock.now });
  const call = async <T>(method: string, input: unknown): Promise<T> => unwrap((await service.call(method, input)) as Result<T>);
  const fails = async (method: string, input: unknown) => {
    const r = await service.call(method, input);
    if (r.ok) throw new Error(`${method} aurait dû échouer`);
    return r.error;
  };
  return { service, dir, clock, call, fails };
}

const applicant = { name: 'Éloïse Dupont', email: 'eloise.dupont@courriel.example' };
const create = (call: <T>(m: string, i: unknown) => Promise<T>, extra: Record<string, unknown> = {}) =>
  call<RequestDetail>('request.create', { type: 'access', receivedAt: '2026-01-31T10:00:00+01:00', channel: 'email', applicant, ...extra });
const act = (call: <T>(m: string, i: unknown) => Promise<T>, id: string, action: Record<string, unknown>) => call<RequestDetail>('request.act', { id, action });
const auditCount = async (service: Service) => ((await service.call('audit.verify', {})) as Result<{ count: number }> & { ok: true }).value.count;

describe('Recording a rights request (GDPR Art. 12(3))', () => {
  it('stores the strict one-month due date at receipt: 31 January → 28 February (Saturday) → Monday 2 March 2026', async () => {
    const { call } = await setup('2026-02-10T09:00:00Z');
    const r = await create(call);
    expect(r.reference).toBe('DEM-2026-0001');
    expect(r.dueDate).toBe('2026-03-02');
    expect(r.effectiveDueDate).toBe('2026-03-02');
    expect(r.daysLeft).toBe(20);
    expect(r.overdue).toBe(false);
    expect(r.deadlines.strict.nominal).toBe('2026-02-28');
    expect(r.nextStep?.fr).toMatch(/prolongation motivée/);
    expect(r.allowedActions).toContain('extend');
  });

  it('numbers references in the sequence of the year of receipt, in Paris', async () => {
    const { call } = await setup('2026-02-10T09:00:00Z');
    expect((await create(call)).reference).toBe('DEM-2026-0001');
    expect((await create(call)).reference).toBe('DEM-2026-0002');
    // 23:30 UTC on 31 December 2025 is already 1 January 2026 in Paris.
    expect((await create(call, { receivedAt: '2025-12-31T23:30:00Z' })).reference).toBe('DEM-2026-0003');
    expect((await create(call, { receivedAt: '2025-12-31T12:00:00Z' })).reference).toBe('DEM-2025-0001');
  });

  it('refuses a receipt date in the future', async () => {
    const { fails } = await setup('2026-02-10T09:00:00Z');
    const e = await fails('request.create', { type: 'access', receivedAt: '2026-02-11T09:00:00Z', channel: 'email', applicant });
    expect(e.code).toBe('VALIDATION');
    expect(e.issues?.[0]?.path).toBe('receivedAt');
  });

  it('requires the link between a representative and the data subject, and the data subject when there is a link', async () => {
    const { fails } = await setup('2026-02-10T09:00:00Z');
    const base = { type: 'access', receivedAt: '2026-02-01T09:00:00Z', channel: 'letter', applicant };
    const noLink = await fails('request.create', { ...base, subject: { name: 'Jules Dupont' } });
    expect(noLink.issues?.map((i) => i.path)).toContain('representation.link');
    const noSubject = await fails('request.create', { ...base, representation: { link: 'heir' } });
    expect(noSubject.issues?.map((i) => i.path)).toContain('subject');
  });

  it('asks for the proof of a representative’s link and for the art. 85 purpose of an heir', async () => {
    const { call } = await setup('2026-02-10T09:00:00Z');
    const r = await create(call, {
      type: 'post_mortem',
      subject: { name: 'Jules Dupont' },
      representation: { link: 'heir', proof: '' },
      postMortem: { directives: 'none', purpose: null },
    });
    expect(r.warnings.join(' ')).toMatch(/preuve du lien/);
    expect(r.warnings.join(' ')).toMatch(/art\. 85 II/);
    expect(r.warnings.join(' ')).toMatch(/niveau de service/);
  });

  it('writes one audit row per change, and none when a change is refused', async () => {
    const { call, fails, service } = await setup('2026-02-10T09:00:00Z');
    const before = await auditCount(service);
    const r = await create(call);
    await act(call, r.id, { type: 'start' });
    expect(await auditCount(service)).toBe(before + 2);
    await fails('request.act', { id: r.id, action: { type: 'receive_identity' } });
    expect(await auditCount(service)).toBe(before + 2);
    const rows = await call<{ action: string; entityId: string }[]>('audit.list', { limit: 2 });
    expect(rows.map((x) => x.action)).toEqual(['request.start', 'request.create']);
    expect(rows.every((x) => x.entityId === r.id)).toBe(true);
  });
});

describe('Workflow of a request', () => {
  it('never pauses the strict due date during an identity check (Art. 12(6)) and shows a pause-adjusted date for information only', async () => {
    const { call, clock } = await setup('2026-02-05T09:00:00Z');
    const r = await create(call);
    const asked = await act(call, r.id, { type: 'request_identity', documentsRequested: 'Votre numéro d’adhérent' });
    expect(asked.state).toBe('awaiting_identity');
    clock.now = new Date('2026-02-15T09:00:00Z');
    const later = await call<RequestDetail>('request.get', { id: r.id });
    expect(later.dueDate).toBe('2026-03-02');
    expect(later.effectiveDueDate).toBe('2026-03-02');
    expect(later.deadlines.pauseAdjusted?.pausedDays).toBe(10);
    expect(later.deadlines.pauseAdjusted?.informationOnly).toBe(true);
    expect(later.deadlines.pauseAdjusted?.due).toBe('2026-03-12');
    expect(later.nextStep?.article).toBe('RGPD, art. 12(6)');
    expect(later.identity.documentsRequested).toBe('Votre numéro d’adhérent');
    expect(later.allowedActions).toContain('receive_identity');
  });

  it('records an extension with its reasons within the first month and moves the due date in force to receipt + 3 months', async () => {
    const { call } = await setup('2026-02-20T09:00:00Z');
    const r = await create(call);
    const extended = await act(call, r.id, { type: 'extend', reasons: 'Données réparties entre trois systèmes.' });
    expect(extended.state).toBe('extended');
    expect(extended.dueDate).toBe('2026-03-02');
    expect(extended.extendedDueDate).toBe('2026-04-30');
    expect(extended.effectiveDueDate).toBe('2026-04-30');
    expect(extended.extension?.reasons).toBe('Données réparties entre trois systèmes.');
    expect(extended.availableLetters).toContain('extension_notice');
    // REGULATORY.md §1b: another reading gives 28 April; the file says so.
    expect(extended.warnings.join(' ')).toMatch(/28 avril 2026/);
    expect(extended.allowedActions).not.toContain('extend');
  });

  it('refuses an extension notified after the first month', async () => {
    const { call, fails } = await setup('2026-03-03T09:00:00Z');
    const r = await create(call);
    expect(r.allowedActions).not.toContain('extend');
    const e = await fails('request.act', { id: r.id, action: { type: 'extend', reasons: 'Trop tard' } });
    expect(e.code).toBe('VALIDATION');
    expect(e.issues?.[0]?.path).toBe('action.at');
    expect(e.message).toMatch(/au plus tard le 2026-03-02/);
  });

  it('refuses any extension of a medical-record deadline (code de la santé publique, art. L1111-7)', async () => {
    const { call, fails } = await setup('2026-03-05T09:00:00Z');
    const r = await create(call, { receivedAt: '2026-03-04T10:00:00+01:00', profile: 'health-record' });
    expect(r.dueDate).toBe('2026-03-12');
    const e = await fails('request.act', { id: r.id, action: { type: 'extend', reasons: 'Dossier volumineux' } });
    expect(e.message).toMatch(/ne prévoit pas de prolongation/);
  });

  it('refuses a refusal without the Art. 12(4) information: reasons, complaint to the CNIL, judicial remedy', async () => {
    const { call, fails } = await setup('2026-02-10T09:00:00Z');
    const r = await create(call);
    const e = await fails('request.act', { id: r.id, action: { type: 'answer', outcome: 'refused', channel: 'email', refusal: { reasons: '' } } });
    expect(e.issues?.map((i) => i.path).sort()).toEqual(['action.refusal.complaintToCnilMentioned', 'action.refusal.judicialRemedyMentioned', 'action.refusal.reasons']);
    const ok = await act(call, r.id, {
      type: 'answer',
      outcome: 'refused',
      channel: 'letter',
      refusal: { reasons: 'Données conservées au titre d’une obligation légale.', complaintToCnilMentioned: true, judicialRemedyMentioned: true },
    });
    expect(ok.state).toBe('refused');
    expect(ok.response?.refusal?.informedOn).toBe('2026-02-10');
    expect(ok.availableLetters).toContain('refusal');
    expect(ok.pending).toBe(false);
  });

  it('never lets an objection to direct marketing be refused (Art. 21(3))', async () => {
    const { call, fails } = await setup('2026-02-10T09:00:00Z');
    const r = await create(call, { type: 'objection_direct_marketing' });
    const remedies = { reasons: 'Intérêt légitime', complaintToCnilMentioned: true, judicialRemedyMentioned: true };
    const e = await fails('request.act', { id: r.id, action: { type: 'answer', outcome: 'refused', channel: 'email', refusal: remedies } });
    expect(e.issues?.[0]?.path).toBe('action.outcome');
    expect(e.message).toMatch(/absolue/);
  });

  it('requires a justification of the manifestly unfounded character (Art. 12(5))', async () => {
    const { call, fails } = await setup('2026-02-10T09:00:00Z');
    const r = await create(call);
    const remedies = { reasons: 'Demande répétitive', complaintToCnilMentioned: true, judicialRemedyMentioned: true };
    const e = await fails('request.act', { id: r.id, action: { type: 'answer', outcome: 'manifestly_unfounded', channel: 'email', refusal: remedies } });
    expect(e.issues?.map((i) => i.path)).toEqual(['action.justification']);
  });

  it('counts the days late of an answer sent after the due date in force, read in Paris', async () => {
    const { call } = await setup('2026-03-06T09:00:00Z');
    const r = await create(call);
    // Due Monday 2 March; 23:30 in Paris on 4 March is two days late.
    const answered = await act(call, r.id, { type: 'answer', outcome: 'granted', channel: 'email', at: '2026-03-04T22:30:00Z' });
    expect(answered.lateDays).toBe(2);
    expect(answered.response?.lateDays).toBe(2);
    expect(answered.overdue).toBe(false);
    expect(answered.daysLeft).toBeNull();
  });

  it('does not close a rectification until every recipient is informed or exempted with a reason (Art. 19)', async () => {
    const { call, fails } = await setup('2026-02-10T09:00:00Z');
    const r = await create(call, { type: 'rectification', recipients: [{ name: 'Délégataire de gestion' }, { name: 'Courtier' }] });
    await act(call, r.id, { type: 'answer', outcome: 'granted', channel: 'email' });
    const e = await fails('request.act', { id: r.id, action: { type: 'close' } });
    expect(e.code).toBe('INVALID_STATE');
    expect(e.message).toMatch(/Délégataire de gestion, Courtier/);
    const noReason = await fails('request.update', { id: r.id, recipients: [{ name: 'Courtier', exemption: 'disproportionate' }] });
    expect(noReason.issues?.[0]?.path).toBe('recipients.0.note');
    await call('request.update', {
      id: r.id,
      recipients: [
        { name: 'Délégataire de gestion', informedAt: '2026-02-10T08:00:00Z' },
        { name: 'Courtier', exemption: 'impossible', note: 'Courtier liquidé en 2025.' },
      ],
    });
    const closed = await act(call, r.id, { type: 'close' });
    expect(closed.state).toBe('closed');
    expect(closed.nextStep).toBeNull();
    const frozen = await fails('request.update', { id: r.id, notes: 'ajout' });
    expect(frozen.code).toBe('INVALID_STATE');
  });

  it('recomputes the due dates when the receipt date is corrected, and refuses a correction after a recorded step', async () => {
    const { call, fails } = await setup('2026-02-10T09:00:00Z');
    const r = await create(call);
    const fixed = await call<RequestDetail>('request.update', { id: r.id, receivedAt: '2026-02-05T10:00:00+01:00' });
    expect(fixed.dueDate).toBe('2026-03-05');
    expect(fixed.history.at(-1)?.detail).toMatch(/date de réception/);
    await act(call, fixed.id, { type: 'request_clarification', question: 'Quels contrats ?', at: '2026-02-06T09:00:00Z' });
    const e = await fails('request.update', { id: r.id, receivedAt: '2026-02-08T10:00:00Z' });
    expect(e.issues?.[0]?.path).toBe('receivedAt');
  });

  it('refuses a profile change that would void a recorded extension', async () => {
    const { call, fails } = await setup('2026-02-10T09:00:00Z');
    const r = await create(call);
    await act(call, r.id, { type: 'extend', reasons: 'Complexité' });
    const e = await fails('request.update', { id: r.id, profile: 'health-record' });
    expect(e.code).toBe('VALIDATION');
    expect(e.issues?.[0]?.path).toBe('profile');
  });

  it('keeps the national due date and shows the Alsace-Moselle one for information (Good Friday, L3134-13)', async () => {
    const { call } = await setup('2026-03-10T09:00:00Z');
    const org = await call<Record<string, unknown>>('organisation.get', {});
    await call('organisation.update', { ...org, alsaceMoselle: true });
    const r = await create(call, { receivedAt: '2026-03-03T09:00:00Z' });
    expect(r.dueDate).toBe('2026-04-03');
    expect(r.deadlines.alsaceMoselle?.due).toBe('2026-04-07');
  });
});

describe('Lists and the dashboard', () => {
  async function seeded() {
    const s = await setup('2026-03-10T09:00:00Z');
    const mk = (receivedAt: string, extra: Record<string, unknown> = {}) =>
      s.call<RequestDetail>('request.create', { type: 'access', receivedAt, channel: 'email', applicant, ...extra });
    const overdue = await mk('2026-01-20T09:00:00Z', { applicant: { name: 'Zoé Martin' } }); // due 20 Feb
    const soon = await mk('2026-02-12T09:00:00Z', { type: 'erasure', applicant: { name: 'Hugo Lefèvre' } }); // due 12 Mar
    const later = await mk('2026-03-01T09:00:00Z', { type: 'portability', applicant: { name: 'Léa Garcia' } }); // due 1 Apr
    const answered = await mk('2026-01-05T09:00:00Z', { applicant: { name: 'Jade Petit' } });
    await act(s.call, answered.id, { type: 'answer', outcome: 'granted', channel: 'letter', at: '2026-01-20T09:00:00Z' });
    return { ...s, overdue, soon, later, answered };
  }
  type List = { rows: RequestRow[]; total: number };

  it('filters overdue requests and requests due within N days, with their lateness and days left', async () => {
    const { call, overdue, soon } = await seeded();
    const late = await call<List>('request.list', { overdue: true });
    expect(late.rows.map((r) => r.id)).toEqual([overdue.id]);
    expect(late.rows[0]?.lateDays).toBe(18);
    expect(late.rows[0]?.daysLeft).toBe(-18);
    expect(late.rows[0]?.nextStep?.late).toBe(true);
    const week = await call<List>('request.list', { dueWithinDays: 7 });
    expect(week.rows.map((r) => r.id)).toEqual([soon.id]);
    expect(week.rows[0]?.daysLeft).toBe(2);
  });

  it('filters by state, type, period and pending, searches names without accents, sorts and pages with a total', async () => {
    const { call, soon, later, answered, overdue } = await seeded();
    expect((await call<List>('request.list', { types: ['erasure', 'portability'] })).rows.map((r) => r.id).sort()).toEqual([soon.id, later.id].sort());
    expect((await call<List>('request.list', { states: ['answered'] })).rows.map((r) => r.id)).toEqual([answered.id]);
    expect((await call<List>('request.list', { pending: false })).total).toBe(1);
    // Period on the Paris day of receipt, both ends included.
    expect((await call<List>('request.list', { receivedFrom: '2026-02-12', receivedTo: '2026-03-01' })).total).toBe(2);
    expect((await call<List>('request.list', { search: 'LEFEVRE' })).rows.map((r) => r.id)).toEqual([soon.id]);
    expect((await call<List>('request.list', { search: 'dem-2026-0001' })).total).toBe(1);
    expect((await call<List>('request.list', { search: '100%_' })).total).toBe(0);
    const byName = await call<List>('request.list', { sort: 'applicantName', limit: 2 });
    expect(byName.total).toBe(4);
    expect(byName.rows.map((r) => r.applicantName)).toEqual(['Hugo Lefèvre', 'Jade Petit']);
    const page2 = await call<List>('request.list', { sort: 'applicantName', limit: 2, offset: 2 });
    expect(page2.rows.map((r) => r.applicantName)).toEqual(['Léa Garcia', 'Zoé Martin']);
    const byDue = await call<List>('request.list', { sort: 'dueDate', direction: 'desc' });
    expect(byDue.rows[0]?.id).toBe(later.id);
    expect(byDue.rows.at(-1)?.id).toBe(answered.id);
    expect(overdue.reference).toMatch(/^DEM-2026-/);
  });

  it('gives the dashboard the requests due in the next 7 days and the overdue ones', async () => {
    const { call, soon, overdue } = await seeded();
    const d = await call<{ today: string; dueSoon: List; overdue: List }>('request.dueSoon', {});
    expect(d.today).toBe('2026-03-10');
    expect(d.dueSoon.total).toBe(1);
    expect(d.dueSoon.rows[0]?.id).toBe(soon.id);
    expect(d.overdue.total).toBe(1);
    expect(d.overdue.rows[0]?.id).toBe(overdue.id);
  });

  it('hands the dashboard statistics and the reminders date-only snapshots, without names', async () => {
    const { service, dir, soon, answered } = await seeded();
    service.close();
    const { vault } = await Vault.open(dir, 'claire', PASSPHRASE);
    try {
      const stats = requestStatRows(vault.db);
      expect(stats).toHaveLength(4);
      expect(stats.find((r) => r.id === answered.id)).toEqual({ id: answered.id, receivedOn: '2026-01-05', dueDate: '2026-02-05', answeredOn: '2026-01-20', closed: false });
      const reminders = requestReminderRows(vault.db);
      expect(reminders.map((r) => r.id)).not.toContain(answered.id);
      expect(reminders.find((r) => r.id === soon.id)).toEqual({ id: soon.id, reference: soon.reference, dueDate: '2026-03-12', extended: false, closed: false });
      expect(JSON.stringify([stats, reminders])).not.toMatch(/Lefèvre|Martin/);
    } finally {
      vault.close();
    }
  });

  it('refuses a period whose end precedes its start', async () => {
    const { fails } = await seeded();
    const e = await fails('request.list', { receivedFrom: '2026-03-01', receivedTo: '2026-02-01' });
    expect(e.issues?.[0]?.path).toBe('receivedTo');
  });
});

describe('Batch import', () => {
  const item = (receivedAt: string, actions: unknown[] = []) => ({ type: 'access', receivedAt, channel: 'web_form', applicant, actions });

  it('imports requests with their steps through the same rules, one audit row each', async () => {
    const { call, service } = await setup('2026-03-10T09:00:00Z');
    const before = await auditCount(service);
    const out = await call<{ count: number; references: string[] }>('request.importBatch', {
      requests: [
        item('2026-01-05T09:00:00Z', [{ type: 'start', at: '2026-01-06T09:00:00Z' }, { type: 'answer', outcome: 'granted', channel: 'email', at: '2026-02-10T09:00:00Z' }]),
        item('2026-02-20T09:00:00Z', [{ type: 'extend', reasons: 'Volume', at: '2026-02-25T09:00:00Z' }]),
      ],
    });
    expect(out.count).toBe(2);
    expect(out.references).toEqual(['DEM-2026-0001', 'DEM-2026-0002']);
    expect(await auditCount(service)).toBe(before + 2);
    const rows = (await call<{ rows: RequestRow[] }>('request.list', { sort: 'reference' })).rows;
    expect(rows[0]?.lateDays).toBe(5); // due Thursday 5 February
    expect(rows[1]?.effectiveDueDate).toBe('2026-05-20');
  });

  it('rolls the whole batch back and names the faulty step', async () => {
    const { call, fails, service } = await setup('2026-03-10T09:00:00Z');
    const before = await auditCount(service);
    const e = await fails('request.importBatch', {
      requests: [item('2026-01-05T09:00:00Z'), item('2026-01-05T09:00:00Z', [{ type: 'extend', reasons: 'Trop tard', at: '2026-02-10T09:00:00Z' }])],
    });
    expect(e.issues?.[0]?.path).toBe('requests.1.actions.0.at');
    expect((await call<{ total: number }>('request.list', {})).total).toBe(0);
    expect(await auditCount(service)).toBe(before);
  });
});

describe('Roles: the DPO does everything, compliance reads and exports, security sees no request', () => {
  async function asRole(role: 'dpo' | 'security' | 'compliance') {
    const s = await setup('2026-02-10T09:00:00Z');
    const r = await create(s.call);
    if (role !== 'dpo') {
      await s.call('user.add', { username: `u-${role}`, displayName: role, role, passphrase: 'correct horse battery staple' });
      await s.call('session.lock', {});
      await s.call('session.unlock', { username: `u-${role}`, passphrase: 'correct horse battery staple' });
    }
    return { ...s, id: r.id };
  }
  const reads = (id: string): [string, unknown][] => [
    ['request.get', { id }],
    ['request.list', {}],
    ['request.dueSoon', {}],
    ['request.letter', { id, kind: 'acknowledgement' }],
    ['request.register', { from: '2026-01-01', to: '2026-12-31', format: 'pdf' }],
    ['request.calendar', {}],
  ];
  const writes = (id: string): [string, unknown][] => [
    ['request.create', { type: 'access', receivedAt: '2026-02-01T09:00:00Z', channel: 'email', applicant }],
    ['request.update', { id, notes: 'note' }],
    ['request.act', { id, action: { type: 'start' } }],
    ['request.importBatch', { requests: [{ type: 'access', receivedAt: '2026-02-01T09:00:00Z', channel: 'email', applicant }] }],
  ];

  it('lets the DPO read, export and change requests', async () => {
    const { service, id } = await asRole('dpo');
    for (const [m, input] of [...reads(id), ...writes(id)]) expect((await service.call(m, input)).ok, m).toBe(true);
  });

  it('lets the compliance officer read and export requests but change none', async () => {
    const { service, id } = await asRole('compliance');
    for (const [m, input] of reads(id)) expect((await service.call(m, input)).ok, m).toBe(true);
    for (const [m, input] of writes(id)) {
      const r = await service.call(m, input);
      expect(!r.ok && r.error.code, m).toBe('FORBIDDEN');
    }
  });

  it('refuses the security officer every request method, reads included', async () => {
    const { service, id } = await asRole('security');
    for (const [m, input] of [...reads(id), ...writes(id)]) {
      const r = await service.call(m, input);
      expect(!r.ok && r.error.code, m).toBe('FORBIDDEN');
    }
  });
});

describe('Europe/Paris day of an instant (memoised for bulk imports)', () => {
  it('gives the same day as core/time parisDateOf for any instant, clock changes included', () => {
    const instants = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) }).map((ms) => new Date(ms).toISOString());
    fc.assert(fc.property(instants, (iso) => parisDay(iso) === parisDateOf(iso)), { numRuns: 2000 });
    expect(parisDay('2026-03-29T00:59:59.999Z')).toBe('2026-03-29');
    expect(parisDay('2026-10-24T21:59:59.999Z')).toBe('2026-10-24');
    expect(parisDay('2026-10-24T22:00:00.000Z')).toBe('2026-10-25');
  });
});
