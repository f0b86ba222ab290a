import { describe, expect, it } from 'vitest';
import type { ActionDetail, ActionListOutput, FindingDetail } from '../../src-main/shared/schemas/control';
import { action, breachId, call, controlVault, failure, finding } from './control-fixtures';

describe('findings open actions (GDPR Art. 5(2), 24(1))', () => {
  it('numbers findings and actions per year and gives an action the priority of its finding’s severity', async () => {
    const { service } = await controlVault();
    const f = await finding(service, 'critical');
    expect(f).toMatchObject({ reference: 'CST-2026-0001', state: 'no_action', stateLabel: { fr: 'Sans action' } });
    const a = await action(service, { type: 'finding', id: f.id });
    expect(a).toMatchObject({
      reference: 'ACT-2026-0001',
      priority: 'urgent',
      status: 'open',
      source: { type: 'finding', id: f.id, reference: 'CST-2026-0001', severity: 'critical' },
      sourceLabel: { fr: 'Constat d’audit ou de contrôle' },
    });
    expect(a.history.map((h) => h.kind)).toEqual(['created']);
    const second = await action(service, { type: 'finding', id: f.id }, { priority: 'low', title: 'Former les managers' });
    expect(second).toMatchObject({ reference: 'ACT-2026-0002', priority: 'low' });
  });

  it('follows the finding from « no action » to « being treated » to « treated »', async () => {
    const { service } = await controlVault();
    const f = await finding(service);
    const a = await action(service, { type: 'finding', id: f.id });
    const b = await action(service, { type: 'finding', id: f.id }, { title: 'Revoir la procédure de départ' });
    let detail = await call<FindingDetail>(service, 'finding.get', { id: f.id });
    expect(detail.state).toBe('in_treatment');
    expect(detail.actions.map((x) => x.reference)).toEqual([a.reference, b.reference]);
    await call(service, 'action.setStatus', { id: a.id, status: 'done' });
    await call(service, 'action.setStatus', { id: b.id, status: 'cancelled', note: 'Procédure déjà revue par la DRH en janvier.' });
    detail = await call<FindingDetail>(service, 'finding.get', { id: f.id });
    expect(detail).toMatchObject({ state: 'treated', actionCounts: { total: 2, done: 1, cancelled: 1, open: 0 } });
    const treated = await call<{ rows: { id: string }[] }>(service, 'finding.list', { states: ['treated'] });
    expect(treated.rows.map((r) => r.id)).toEqual([f.id]);
  });

  it('refuses an action whose finding does not exist, and writes nothing', async () => {
    const { service } = await controlVault();
    const before = await call<{ count: number }>(service, 'audit.verify', {});
    const e = await failure(service, 'action.create', { source: { type: 'finding', id: 'INCONNU' }, title: 'X', owner: 'Y' });
    expect(e.code).toBe('NOT_FOUND');
    expect(e.message).toMatch(/constat d’origine est introuvable/);
    expect((await call<{ count: number }>(service, 'audit.verify', {})).count).toBe(before.count);
  });

  it('stores breach and processor sources as typed sources and filters on them', async () => {
    const { service } = await controlVault();
    const breach = await breachId(service);
    const fromBreach = await action(service, { type: 'breach', id: breach }, { title: 'Rappeler la procédure d’envoi sécurisé' });
    expect(fromBreach.source).toEqual({ type: 'breach', id: breach });
    const list = await call<ActionListOutput>(service, 'action.list', { sourceType: 'breach' });
    expect(list.rows.map((r) => r.id)).toEqual([fromBreach.id]);
    expect((await call<ActionListOutput>(service, 'action.list', { breachId: breach })).total).toBe(1);
    const missingAlert = await failure(service, 'action.create', { source: { type: 'processor', id: 'P1' }, title: 'X', owner: 'Y' });
    expect(missingAlert.code).toBe('VALIDATION');
    expect(missingAlert.issues?.[0]?.path).toBe('source.alert');
  });
});

describe('due dates, overdue and postponement', () => {
  it('is overdue the day after its due date, not on it, while open or in progress', async () => {
    const { service, clock } = await controlVault('2026-03-31T08:00:00Z');
    const f = await finding(service);
    const a = await action(service, { type: 'finding', id: f.id }, { dueDate: '2026-03-31' });
    expect(a).toMatchObject({ overdue: false, daysOverdue: 0 });
    clock.set('2026-04-03T08:00:00Z');
    expect(await call<ActionDetail>(service, 'action.get', { id: a.id })).toMatchObject({ overdue: true, daysOverdue: 3 });
    const overdue = await call<ActionListOutput>(service, 'action.list', { overdue: true });
    expect(overdue.rows.map((r) => r.id)).toEqual([a.id]);
    expect((await call<FindingDetail>(service, 'finding.get', { id: f.id })).actionCounts.overdue).toBe(1);
    await call(service, 'action.setStatus', { id: a.id, status: 'done' });
    expect((await call<ActionListOutput>(service, 'action.list', { overdue: true })).total).toBe(0);
    expect((await call<ActionListOutput>(service, 'action.list', { overdue: false })).total).toBe(1);
  });

  it('requires a reason to postpone a due date and keeps it in the history', async () => {
    const { service } = await controlVault();
    const f = await finding(service);
    const a = await action(service, { type: 'finding', id: f.id }, { dueDate: '2026-03-31' });
    const e = await failure(service, 'action.update', { id: a.id, dueDate: '2026-04-30' });
    expect(e.code).toBe('VALIDATION');
    expect(e.issues?.[0]?.path).toBe('reason');
    const u = await call<ActionDetail>(service, 'action.update', { id: a.id, dueDate: '2026-04-30', reason: 'Prestataire indisponible en mars.', owner: 'RSSI — Karim Benali' });
    expect(u.dueDate).toBe('2026-04-30');
    expect(u.history.map((h) => h.label)).toEqual(['Action créée', 'Échéance reportée', 'Action modifiée']);
    expect(u.history[1]?.detail).toBe('Du 31/03/2026 au 30/04/2026 : Prestataire indisponible en mars.');
    // Bringing a date forward needs no reason.
    const earlier = await call<ActionDetail>(service, 'action.update', { id: a.id, dueDate: '2026-04-15' });
    expect(earlier.history.at(-1)?.label).toBe('Échéance modifiée');
  });
});

describe('action statuses', () => {
  it('dates completion, and requires a reason to cancel or to reopen', async () => {
    const { service } = await controlVault('2026-03-12T08:00:00Z');
    const f = await finding(service);
    const a = await action(service, { type: 'finding', id: f.id });
    expect(a.allowedStatuses).toEqual(['in_progress', 'done', 'cancelled']);
    const cancel = await failure(service, 'action.setStatus', { id: a.id, status: 'cancelled' });
    expect(cancel.message).toBe('Expliquez pourquoi l’action est abandonnée (motif obligatoire).');
    const done = await call<ActionDetail>(service, 'action.setStatus', { id: a.id, status: 'done' });
    expect(done).toMatchObject({ status: 'done', completedOn: '2026-03-12', allowedStatuses: ['in_progress'] });
    const reopen = await failure(service, 'action.setStatus', { id: a.id, status: 'in_progress' });
    expect(reopen.issues?.[0]?.path).toBe('note');
    const skip = await failure(service, 'action.setStatus', { id: a.id, status: 'cancelled', note: 'x' });
    expect(skip.code).toBe('INVALID_STATE');
    const reopened = await call<ActionDetail>(service, 'action.setStatus', { id: a.id, status: 'in_progress', note: 'Trois comptes réapparus au contrôle suivant.' });
    expect(reopened).toMatchObject({ status: 'in_progress', completedOn: null });
    expect(reopened.history.map((h) => h.label)).toEqual(['Action créée', 'Statut : À faire → Terminée', 'Statut : Terminée → En cours']);
  });

  it('refuses to edit a closed action until it is reopened', async () => {
    const { service } = await controlVault();
    const f = await finding(service);
    const a = await action(service, { type: 'finding', id: f.id });
    await call(service, 'action.setStatus', { id: a.id, status: 'done' });
    const e = await failure(service, 'action.update', { id: a.id, title: 'Autre intitulé' });
    expect(e.code).toBe('INVALID_STATE');
    expect(e.message).toMatch(/rouvrez-la avant de la modifier/);
  });

  it('sorts and pages the action plan', async () => {
    const { service } = await controlVault();
    const f = await finding(service, 'medium');
    await action(service, { type: 'finding', id: f.id }, { title: 'Sans échéance', dueDate: null });
    await action(service, { type: 'finding', id: f.id }, { title: 'Avril', dueDate: '2026-04-30', priority: 'urgent' });
    await action(service, { type: 'finding', id: f.id }, { title: 'Mars', dueDate: '2026-03-31' });
    const byDue = await call<ActionListOutput>(service, 'action.list', {});
    expect(byDue.rows.map((r) => r.title)).toEqual(['Mars', 'Avril', 'Sans échéance']);
    const byPriority = await call<ActionListOutput>(service, 'action.list', { sort: 'priority', limit: 1 });
    expect(byPriority).toMatchObject({ total: 3, limit: 1 });
    expect(byPriority.rows.map((r) => r.title)).toEqual(['Avril']);
    const search = await call<ActionListOutput>(service, 'action.list', { search: 'ECHEANCE' });
    expect(search.rows.map((r) => r.title)).toEqual(['Sans échéance']);
  });
});
