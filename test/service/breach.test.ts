import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { BreachListRow } from '../../src-main/shared/schemas/breach';
import { breachVault, confirmedBreach, CONTACT_LEAK, HEALTH_DISCLOSURE, HOUR, MISSENT_STATEMENT, RANSOMWARE_WITH_BACKUP } from './breach-fixtures';

type List = { rows: BreachListRow[]; total: number; now: string };

/** Hours between two Paris wall-clock readings, as a person reading the clock would count them. */
const wallClockHours = (fromParis: string, toParis: string): number =>
  DateTime.fromISO(toParis.slice(0, 19), { zone: 'utc' }).diff(DateTime.fromISO(fromParis.slice(0, 19), { zone: 'utc' }), 'hours').hours;

describe('fast capture and completion (issue 4, Art. 33(5))', () => {
  it('logs an incident from a title and the discovery instant, with a yearly reference', async () => {
    const { call } = await breachVault('2026-02-10T09:00:00Z');
    const first = await call('breach.create', { title: 'Ordinateur portable volé', discoveredAt: '2026-02-10T08:30:00+01:00' });
    const second = await call('breach.create', { title: 'Courriel mal adressé', discoveredAt: '2026-02-10T08:45:00+01:00', natures: ['confidentiality'] });
    expect(first.reference).toBe('VIO-2026-0001');
    expect(second.reference).toBe('VIO-2026-0002');
    expect(first.status).toBe('reported');
    expect(first.facts.timeline.discoveredAt).toBe('2026-02-10T07:30:00.000Z');
    expect(first.clock).toBeNull();
    expect(first.missing.length).toBeGreaterThan(5);
    expect(second.facts.nature.natures).toEqual(['confidentiality']);
  });

  it('completes the record section by section, keeping what a partial update leaves out', async () => {
    const { call } = await breachVault('2026-03-25T10:00:00Z');
    const b = await call('breach.create', { title: 'Relevé envoyé au mauvais adhérent', discoveredAt: '2026-03-25T09:30:00+01:00' });
    const full = await call('breach.update', { id: b.id, ...MISSENT_STATEMENT });
    expect(full.flags).toEqual({ specialCategories: true, nir: true, vulnerableSubjects: false });
    const partial = await call('breach.update', { id: b.id, subjects: { count: 2 } });
    expect(partial.facts.subjects).toEqual({ ...full.facts.subjects, count: 2 });
    expect(partial.facts.data).toEqual(full.facts.data);
    expect(partial.facts.description).toBe(MISSENT_STATEMENT.description);
  });

  it('refuses a discovery in the future and an occurrence after the discovery', async () => {
    const { service, call } = await breachVault('2026-03-25T10:00:00Z');
    const future = await service.call('breach.create', { title: 'Incident', discoveredAt: '2026-03-26T10:00:00Z' });
    expect(future.ok).toBe(false);
    if (!future.ok) expect(future.error.issues?.[0]?.path).toBe('timeline.discoveredAt');
    const b = await call('breach.create', { title: 'Incident', discoveredAt: '2026-03-25T09:00:00Z' });
    const r = await service.call('breach.update', { id: b.id, timeline: { occurrence: 'specific', occurredFrom: '2026-03-25T09:30:00Z' } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/commencé après sa découverte/);
  });

  it('writes every change to the audit log, in the history of the breach', async () => {
    const { call } = await breachVault('2026-03-25T10:00:00Z');
    const b = await confirmedBreach(call, '2026-03-25T09:00:00Z', '2026-03-25T09:30:00Z');
    await call('breach.update', { id: b.id, ...MISSENT_STATEMENT });
    await call('breach.assess', { id: b.id, answers: HEALTH_DISCLOSURE });
    const detail = await call('breach.get', { id: b.id });
    expect(detail.history.map((h) => h.action)).toEqual(['breach.create', 'breach.startAssessment', 'breach.confirm', 'breach.update', 'breach.assess']);
    expect(detail.history.every((h) => h.actor === 'claire')).toBe(true);
    const verify = await call<{ ok: boolean }>('audit.verify', {});
    expect(verify.ok).toBe(true);
  });

  it('refuses an awareness earlier than the discovery (EDPB 9/2022: awareness follows the investigation)', async () => {
    const { service, call } = await breachVault('2026-03-25T10:00:00Z');
    const b = await call('breach.create', { title: 'Incident', discoveredAt: '2026-03-25T09:00:00Z' });
    await call('breach.startAssessment', { id: b.id });
    const r = await service.call('breach.confirm', { id: b.id, awareAt: '2026-03-25T08:00:00Z' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues?.[0]?.path).toBe('awareAt');
  });
});

describe('the 72-hour clock of Art. 33(1), stored and listed', () => {
  it('stores the due instant 72 elapsed hours after awareness across the spring clock change (73 h on the Paris wall clock)', async () => {
    const { call, clock } = await breachVault('2026-03-28T11:00:00+01:00');
    const b = await confirmedBreach(call, '2026-03-28T08:00:00+01:00', '2026-03-28T10:00:00+01:00');
    expect(b.workflow.dueAt).toBe('2026-03-31T09:00:00.000Z');
    expect(b.clock?.dueAtParis).toBe('2026-03-31T11:00:00.000+02:00');
    expect(wallClockHours('2026-03-28T10:00:00+01:00', b.clock?.dueAtParis ?? '')).toBe(73);

    clock.set('2026-03-29T10:00:00+02:00');
    const list = await call<List>('breach.list', { filter: 'clock_running' });
    expect(list.rows.map((r) => r.id)).toEqual([b.id]);
    expect(list.rows[0]?.dueAt).toBe('2026-03-31T09:00:00.000Z');
    expect(list.rows[0]?.clock).toMatchObject({ state: 'running', remainingMs: 49 * HOUR, lateByMs: 0 });
    expect(list.now).toBe('2026-03-29T08:00:00.000Z');
  });

  it('stores the due instant 72 elapsed hours after awareness across the autumn clock change (71 h on the Paris wall clock)', async () => {
    const { call, clock } = await breachVault('2026-10-24T11:00:00+02:00');
    const b = await confirmedBreach(call, '2026-10-24T09:00:00+02:00', '2026-10-24T10:00:00+02:00');
    expect(b.workflow.dueAt).toBe('2026-10-27T08:00:00.000Z');
    expect(b.clock?.dueAtParis).toBe('2026-10-27T09:00:00.000+01:00');
    expect(wallClockHours('2026-10-24T10:00:00+02:00', b.clock?.dueAtParis ?? '')).toBe(71);

    clock.set('2026-10-26T09:00:00+01:00');
    const [row] = (await call<List>('breach.list', {})).rows;
    expect(row?.clock).toMatchObject({ state: 'running', remainingMs: 24 * HOUR });
  });

  it('has no clock before awareness, for a dismissed incident, or once the decision is « document only »', async () => {
    const { call, clock } = await breachVault('2026-05-04T08:00:00Z');
    const reported = await call('breach.create', { title: 'Alerte antivirus', discoveredAt: '2026-05-04T07:00:00Z' });
    expect(reported.clock).toBeNull();
    const b = await confirmedBreach(call, '2026-05-04T07:00:00Z', '2026-05-04T07:30:00Z', 'Rançongiciel sur un serveur de fichiers');
    await call('breach.assess', { id: b.id, answers: RANSOMWARE_WITH_BACKUP });
    const decided = await call('breach.decide', { id: b.id, kind: 'document_only' });
    expect(decided.clock).toBeNull();
    clock.set('2026-05-10T08:00:00Z');
    const late = await call<List>('breach.list', { filter: 'late' });
    expect(late.total).toBe(0);
    const row = (await call<List>('breach.list', { search: 'rancongiciel' })).rows[0];
    expect(row?.clock).toBeNull();
    expect(row?.dueAt).toBe('2026-05-07T07:30:00.000Z');
  });
});

describe('lateness and the reasons for the delay (Art. 33(1), last sentence)', () => {
  async function decidedToNotify() {
    const v = await breachVault('2026-06-01T10:00:00Z');
    const b = await confirmedBreach(v.call, '2026-06-01T08:00:00Z', '2026-06-01T09:00:00Z');
    await v.call('breach.update', { id: b.id, ...MISSENT_STATEMENT, timeline: { ...MISSENT_STATEMENT.timeline, occurredFrom: '2026-05-30T09:00:00Z' } });
    await v.call('breach.assess', { id: b.id, answers: CONTACT_LEAK });
    await v.call('breach.decide', { id: b.id, kind: 'notify_authority' });
    return { ...v, b };
  }

  it('shows the clock as late once 72 hours have passed, by how much, and asks for the reasons', async () => {
    const { call, clock, b } = await decidedToNotify();
    clock.set('2026-06-04T16:00:00Z');
    const detail = await call('breach.get', { id: b.id });
    expect(detail.clock).toMatchObject({ state: 'late', lateByMs: 7 * HOUR, remainingMs: 0, requiresDelayReasons: true });
    expect(detail.missing.map((m) => m.message)).toContainEqual(expect.stringMatching(/Motifs du retard/));
    const late = await call<List>('breach.list', { filter: 'late' });
    expect(late.rows.map((r) => r.id)).toEqual([b.id]);
  });

  it('refuses a notification made after 72 hours without the reasons for the delay', async () => {
    const { service, clock, b } = await decidedToNotify();
    clock.set('2026-06-04T16:00:00Z');
    const r = await service.call('breach.notify', { id: b.id, kind: 'initial', at: '2026-06-04T15:00:00Z', reference: 'CNIL-2026-123' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.issues?.map((i) => i.path)).toContain('delayReasons');
      expect(r.error.message).toMatch(/plus de 72 h/);
    }
  });

  it('records a late notification with its reasons, and keeps the clock late for good', async () => {
    const { call, clock, b } = await decidedToNotify();
    clock.set('2026-06-04T16:00:00Z');
    const notified = await call('breach.notify', {
      id: b.id,
      kind: 'initial',
      at: '2026-06-04T15:00:00Z',
      reference: 'CNIL-2026-123',
      delayReasons: 'Le sous-traitant a confirmé l’étendue des données le 4 juin seulement.',
    });
    expect(notified.status).toBe('notified');
    expect(notified.notifications[0]).toMatchObject({ kind: 'initial', late: true, reference: 'CNIL-2026-123', delayReasons: expect.stringMatching(/sous-traitant/) });
    expect(notified.facts.timeline.delayReasons).toMatch(/sous-traitant/);
    clock.set('2026-07-01T00:00:00Z');
    const detail = await call('breach.get', { id: b.id });
    expect(detail.clock).toMatchObject({ state: 'late', lateByMs: 6 * HOUR });
  });

  it('records a notification within 72 hours without reasons, and the clock as met', async () => {
    const { call, clock, b } = await decidedToNotify();
    clock.set('2026-06-02T10:00:00Z');
    const notified = await call('breach.notify', { id: b.id, kind: 'initial', at: '2026-06-02T09:00:00Z', reference: 'CNIL-2026-124' });
    expect(notified.notifications[0]?.late).toBe(false);
    expect(notified.clock).toMatchObject({ state: 'met', remainingMs: 48 * HOUR });
    const [row] = (await call<List>('breach.list', {})).rows;
    expect(row).toMatchObject({ notified: true, notifiedAt: '2026-06-02T09:00:00.000Z', notificationCount: 1 });
  });
});

describe('notifications and their frozen copies', () => {
  it('freezes what was sent with its SHA-256, unchanged by later edits, and numbers complementary notifications', async () => {
    const v = await breachVault('2026-06-01T10:00:00Z');
    const b = await confirmedBreach(v.call, '2026-06-01T08:00:00Z', '2026-06-01T09:00:00Z');
    await v.call('breach.update', { id: b.id, ...MISSENT_STATEMENT });
    await v.call('breach.assess', { id: b.id, answers: HEALTH_DISCLOSURE });
    await v.call('breach.decide', { id: b.id, kind: 'notify_authority_and_subjects' });
    const first = await v.call('breach.notify', { id: b.id, kind: 'initial', at: '2026-06-01T09:45:00Z', reference: 'CNIL-42' });
    await v.call('breach.update', { id: b.id, subjects: { count: 3 } });
    v.clock.set('2026-06-03T10:00:00Z');
    const second = await v.call('breach.notify', { id: b.id, kind: 'complementary', at: '2026-06-03T09:00:00Z', reference: 'CNIL-42-2' });
    expect(second.notifications.map((n) => [n.sequence, n.kind])).toEqual([
      [1, 'initial'],
      [2, 'complementary'],
    ]);
    const initialId = first.notifications[0]?.id ?? '';
    const frozen = await v.call<{ verified: boolean; content: { breach: { facts: { subjects: { count: number } } }; notification: { reference: string } }; notification: { snapshotSha256: string } }>(
      'breach.notification',
      { id: b.id, notificationId: initialId },
    );
    expect(frozen.verified).toBe(true);
    expect(frozen.content.breach.facts.subjects.count).toBe(1);
    expect(frozen.content.notification.reference).toBe('CNIL-42');
    expect(frozen.notification.snapshotSha256).toMatch(/^[0-9a-f]{64}$/);
    const complementary = await v.call<{ content: { notification: { initialReference: string | null }; breach: { facts: { subjects: { count: number } } } } }>('breach.notification', {
      id: b.id,
      notificationId: second.notifications[1]?.id,
    });
    expect(complementary.content.notification.initialReference).toBe('CNIL-42');
    expect(complementary.content.breach.facts.subjects.count).toBe(3);
  });

  it('refuses a complementary notification before the initial one, and a notification in the future', async () => {
    const v = await breachVault('2026-06-01T10:00:00Z');
    const b = await confirmedBreach(v.call, '2026-06-01T08:00:00Z', '2026-06-01T09:00:00Z');
    await v.call('breach.assess', { id: b.id, answers: CONTACT_LEAK });
    await v.call('breach.decide', { id: b.id, kind: 'notify_authority' });
    const early = await v.service.call('breach.notify', { id: b.id, kind: 'complementary', at: '2026-06-01T09:30:00Z' });
    expect(early.ok).toBe(false);
    const future = await v.service.call('breach.notify', { id: b.id, kind: 'initial', at: '2026-06-01T11:00:00Z' });
    expect(future.ok).toBe(false);
    if (!future.ok) expect(future.error.message).toMatch(/futur/);
  });
});

describe('decisions, communications and closing (Art. 33, 34)', () => {
  it('requires a justification for a decision against the recommendation, kept in the decision', async () => {
    const v = await breachVault('2026-06-01T10:00:00Z');
    const b = await confirmedBreach(v.call, '2026-06-01T08:00:00Z', '2026-06-01T09:00:00Z');
    const assessed = await v.call('breach.assess', { id: b.id, answers: HEALTH_DISCLOSURE });
    expect(assessed.assessments[0]?.result.recommendation).toBe('high_risk');
    const refused = await v.service.call('breach.decide', { id: b.id, kind: 'document_only' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.issues?.[0]?.path).toBe('justification');
    const decided = await v.call('breach.decide', { id: b.id, kind: 'notify_authority', justification: 'Le destinataire est un professionnel de santé tenu au secret.' });
    expect(decided.workflow.decision).toMatchObject({ kind: 'notify_authority', recommendation: 'high_risk', justification: expect.stringMatching(/secret/) });
  });

  it('keeps every risk assessment, newest first, and lists the latest severity', async () => {
    const v = await breachVault('2026-06-01T10:00:00Z');
    const b = await confirmedBreach(v.call, '2026-06-01T08:00:00Z', '2026-06-01T09:00:00Z');
    await v.call('breach.assess', { id: b.id, answers: RANSOMWARE_WITH_BACKUP });
    v.clock.set('2026-06-01T11:00:00Z');
    const again = await v.call('breach.assess', { id: b.id, answers: HEALTH_DISCLOSURE });
    expect(again.assessments.map((a) => a.result.recommendation)).toEqual(['high_risk', 'none']);
    const [row] = (await v.call<List>('breach.list', {})).rows;
    expect(row?.recommendation).toBe('high_risk');
    expect(row?.severity).toBe(again.assessments[0]?.result.enisa.band);
  });

  it('records the information of the people (Art. 34) and closes only once they are informed', async () => {
    const v = await breachVault('2026-06-01T10:00:00Z');
    const b = await confirmedBreach(v.call, '2026-06-01T08:00:00Z', '2026-06-01T09:00:00Z');
    await v.call('breach.assess', { id: b.id, answers: HEALTH_DISCLOSURE });
    await v.call('breach.decide', { id: b.id, kind: 'notify_authority_and_subjects' });
    await v.call('breach.notify', { id: b.id, kind: 'initial', at: '2026-06-01T09:50:00Z', reference: 'CNIL-7' });
    const early = await v.service.call('breach.close', { id: b.id });
    expect(early.ok).toBe(false);
    if (!early.ok) expect(early.error.message).toMatch(/art\. 34\(1\)/);
    const informed = await v.call('breach.communicate', { id: b.id, at: '2026-06-01T09:55:00Z', channel: 'letter', numberInformed: 1, content: 'Courrier du 1er juin.' });
    expect(informed.communicationStatus).toBe('yes');
    expect(informed.communications[0]).toMatchObject({ channel: 'letter', numberInformed: 1 });
    const closed = await v.call('breach.close', { id: b.id });
    expect(closed.status).toBe('closed');
    expect(closed.allowedActions).toEqual([]);
    const edit = await v.service.call('breach.update', { id: b.id, title: 'Autre' });
    expect(edit.ok).toBe(false);
  });

  it('keeps a dismissed incident with its reason, and reopens it on a new fact', async () => {
    const v = await breachVault('2026-06-01T10:00:00Z');
    const b = await v.call('breach.create', { title: 'Clé USB retrouvée', discoveredAt: '2026-06-01T08:00:00Z' });
    await v.call('breach.startAssessment', { id: b.id });
    const blank = await v.service.call('breach.dismiss', { id: b.id, reason: '  ' });
    expect(blank.ok).toBe(false);
    const dismissed = await v.call('breach.dismiss', { id: b.id, reason: 'La clé ne contenait que des documents publics.' });
    expect(dismissed.status).toBe('dismissed');
    expect(dismissed.workflow.dismissal?.reason).toMatch(/documents publics/);
    const listed = await v.call<List>('breach.list', { statuses: ['dismissed'] });
    expect(listed.total).toBe(1);
    const reopened = await v.call('breach.reopen', { id: b.id, reason: 'Un fichier d’adhérents y a été retrouvé.' });
    expect(reopened.status).toBe('assessing');
    expect(reopened.workflow.reopenings).toHaveLength(1);
  });
});

describe('the list (what the UI shows)', () => {
  it('filters, searches, sorts by due instant and pages', async () => {
    const v = await breachVault('2026-06-10T10:00:00Z');
    const late = await confirmedBreach(v.call, '2026-06-01T08:00:00Z', '2026-06-01T09:00:00Z', 'Hameçonnage d’un compte adhérent');
    const soon = await confirmedBreach(v.call, '2026-06-09T08:00:00Z', '2026-06-09T09:00:00Z', 'Extranet mal configuré');
    await v.call('breach.create', { title: 'Perte d’un badge', discoveredAt: '2026-06-10T09:00:00Z' });
    const all = await v.call<List>('breach.list', { sort: 'dueAt' });
    expect(all.total).toBe(3);
    expect(all.rows.map((r) => r.id).slice(0, 2)).toEqual([late.id, soon.id]);
    expect((await v.call<List>('breach.list', { filter: 'clock_running' })).rows.map((r) => r.id)).toEqual([soon.id]);
    expect((await v.call<List>('breach.list', { filter: 'late' })).rows.map((r) => r.id)).toEqual([late.id]);
    expect((await v.call<List>('breach.list', { search: 'HAMECONNAGE' })).rows.map((r) => r.id)).toEqual([late.id]);
    expect((await v.call<List>('breach.list', { discoveredFrom: '2026-06-09', discoveredTo: '2026-06-09' })).rows.map((r) => r.id)).toEqual([soon.id]);
    const page = await v.call<List>('breach.list', { limit: 1, offset: 1, sort: 'reference', direction: 'desc' });
    expect(page.total).toBe(3);
    expect(page.rows[0]?.reference).toBe('VIO-2026-0002');
  });
});

describe('the register list filters by severity and by notification (issue 4: status, period, severity, notified or not)', () => {
  it('keeps only the breaches of the chosen severity bands, and only the notified (or not) ones', async () => {
    const { call, clock } = await breachVault('2026-06-01T10:00:00Z');
    const low = await confirmedBreach(call, '2026-06-01T08:00:00Z', '2026-06-01T09:00:00Z', 'Rançongiciel restauré');
    await call('breach.assess', { id: low.id, answers: RANSOMWARE_WITH_BACKUP });
    const high = await confirmedBreach(call, '2026-06-01T08:30:00Z', '2026-06-01T09:00:00Z', 'Divulgation de données de santé');
    await call('breach.assess', { id: high.id, answers: HEALTH_DISCLOSURE });
    await call('breach.decide', { id: high.id, kind: 'notify_authority_and_subjects' });
    clock.set('2026-06-02T10:00:00Z');
    await call('breach.notify', { id: high.id, kind: 'initial', at: '2026-06-02T09:00:00Z', reference: 'CNIL-2026-9' });
    const unassessed = await call('breach.create', { title: 'Alerte non qualifiée', discoveredAt: '2026-06-02T08:00:00Z' });

    const all = await call<List>('breach.list', {});
    const bands = new Map(all.rows.map((r) => [r.id, r.severity]));
    expect(bands.get(low.id)).not.toBe(bands.get(high.id));
    const highBand = bands.get(high.id);
    if (!highBand) throw new Error('the high-risk breach has no severity');
    const bySeverity = await call<List>('breach.list', { severities: [highBand] });
    expect(bySeverity.rows.map((r) => r.id)).toEqual([high.id]);
    const notified = await call<List>('breach.list', { notified: true });
    expect(notified.rows.map((r) => r.id)).toEqual([high.id]);
    const notNotified = await call<List>('breach.list', { notified: false, sort: 'reference' });
    expect(notNotified.rows.map((r) => r.id).sort()).toEqual([low.id, unassessed.id].sort());
  });
});
