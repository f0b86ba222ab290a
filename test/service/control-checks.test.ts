import { describe, expect, it } from 'vitest';
import type { CheckDetail, CheckRecordOutput } from '../../src-main/shared/schemas/control';
import { call, check, controlVault, failure } from './control-fixtures';

describe('permanent controls: next due date and overdue (GDPR Art. 24(1), 32(1)(d))', () => {
  it('falls due one month after the last execution, clamped to the end of February', async () => {
    const { service } = await controlVault('2026-02-27T10:00:00Z');
    const c = await check(service, { title: 'Test de restauration des sauvegardes', frequency: 'monthly', lastDone: '2026-01-31' });
    expect(c).toMatchObject({ lastDone: '2026-01-31', nextDue: '2026-02-28', state: 'upcoming', daysOverdue: 0 });
  });

  it('is due on its due date and overdue the day after, in Paris time', async () => {
    // 23:30 UTC on 28 February is already 1 March in Paris.
    const { service, clock } = await controlVault('2026-02-28T10:00:00Z');
    const c = await check(service, { frequency: 'monthly', lastDone: '2026-01-31' });
    expect((await call<CheckDetail>(service, 'check.get', { id: c.id })).state).toBe('due_today');
    clock.set('2026-02-28T23:30:00Z');
    expect(await call<CheckDetail>(service, 'check.get', { id: c.id })).toMatchObject({ state: 'overdue', daysOverdue: 1 });
  });

  it('shows a control never performed as « never done », without a due date', async () => {
    const { service } = await controlVault();
    const c = await check(service);
    expect(c).toMatchObject({ lastDone: null, nextDue: null, state: 'never_done', stateLabel: { fr: 'Jamais réalisé', en: 'Never done' } });
  });

  it('lists only the overdue controls when asked', async () => {
    const { service } = await controlVault('2026-03-10T09:00:00Z');
    const late = await check(service, { title: 'Purge des durées de conservation', frequency: 'quarterly', lastDone: '2025-11-15' });
    await check(service, { title: 'Revue du registre', frequency: 'yearly', lastDone: '2025-09-01' });
    const list = await call<{ rows: { id: string; daysOverdue: number }[] }>(service, 'check.list', { states: ['overdue'] });
    expect(list.rows.map((r) => r.id)).toEqual([late.id]);
    expect(list.rows[0]?.daysOverdue).toBe(23);
  });

  it('moves the next due date when an execution is recorded, not when an older one is caught up', async () => {
    const { service } = await controlVault('2026-03-10T09:00:00Z');
    const c = await check(service, { frequency: 'quarterly', lastDone: '2025-11-15' });
    const r = await call<CheckRecordOutput>(service, 'check.record', { checkId: c.id, performedOn: '2026-03-09', result: 'ok' });
    expect(r.check).toMatchObject({ lastDone: '2026-03-09', lastResult: 'ok', nextDue: '2026-06-09', state: 'upcoming' });
    expect(r.execution).toMatchObject({ performedBy: 'Claire Martin', recordedBy: 'claire', result: 'ok', findingId: null });
    const older = await call<CheckRecordOutput>(service, 'check.record', { checkId: c.id, performedOn: '2026-01-05', result: 'ok' });
    expect(older.check).toMatchObject({ lastDone: '2026-03-09', nextDue: '2026-06-09' });
    expect(older.check.executions.map((e) => e.performedOn)).toEqual(['2026-03-09', '2026-01-05']);
  });

  it('recalculates the due date when the frequency changes', async () => {
    const { service } = await controlVault('2026-03-10T09:00:00Z');
    const c = await check(service, { frequency: 'yearly', lastDone: '2025-11-15' });
    expect(c.nextDue).toBe('2026-11-15');
    const u = await call<CheckDetail>(service, 'check.update', { id: c.id, frequency: 'quarterly' });
    expect(u).toMatchObject({ nextDue: '2026-02-15', state: 'overdue' });
  });

  it('refuses an execution dated in the future and one on an inactive control', async () => {
    const { service } = await controlVault('2026-03-10T09:00:00Z');
    const c = await check(service);
    const future = await failure(service, 'check.record', { checkId: c.id, performedOn: '2026-03-11', result: 'ok' });
    expect(future.code).toBe('VALIDATION');
    expect(future.message).toMatch(/est dans le futur/);
    await call(service, 'check.update', { id: c.id, active: false });
    const inactive = await failure(service, 'check.record', { checkId: c.id, performedOn: '2026-03-10', result: 'ok' });
    expect(inactive.code).toBe('INVALID_STATE');
    expect(inactive.message).toMatch(/réactivez-le/);
    const list = await call<{ rows: unknown[] }>(service, 'check.list', {});
    expect(list.rows).toHaveLength(0);
    const all = await call<{ rows: unknown[] }>(service, 'check.list', { includeInactive: true });
    expect(all.rows).toHaveLength(1);
  });
});

describe('a non-compliant execution opens a finding', () => {
  it('opens a finding dated on the execution and linked to it', async () => {
    const { service } = await controlVault('2026-03-10T09:00:00Z');
    const c = await check(service, { title: 'Test de restauration des sauvegardes', frequency: 'monthly' });
    const r = await call<CheckRecordOutput>(service, 'check.record', {
      checkId: c.id,
      performedOn: '2026-03-06',
      result: 'ko',
      comment: 'La restauration de la base adhérents a échoué (sauvegarde incomplète).',
      finding: { title: 'Sauvegarde de la base adhérents non restaurable', severity: 'critical' },
    });
    expect(r.check).toMatchObject({ lastResult: 'ko', lastDone: '2026-03-06' });
    expect(r.finding).toMatchObject({
      reference: 'CST-2026-0001',
      severity: 'critical',
      observedOn: '2026-03-06',
      state: 'no_action',
      source: { type: 'check', executionId: r.execution.id, checkId: c.id, label: 'Test de restauration des sauvegardes' },
    });
    expect(r.execution).toMatchObject({ findingId: r.finding?.id, findingReference: 'CST-2026-0001' });
  });

  it('requires a comment for a non-compliant result and refuses a finding on a compliant one', async () => {
    const { service } = await controlVault();
    const c = await check(service);
    const noComment = await failure(service, 'check.record', { checkId: c.id, performedOn: '2026-03-06', result: 'ko' });
    expect(noComment.issues?.[0]).toMatchObject({ path: 'comment', message: 'Décrivez l’anomalie constatée : un contrôle non conforme doit être commenté.' });
    const okWithFinding = await failure(service, 'check.record', { checkId: c.id, performedOn: '2026-03-06', result: 'ok', finding: { title: 'X', severity: 'low' } });
    expect(okWithFinding.issues?.[0]?.path).toBe('finding');
    const detail = await call<CheckDetail>(service, 'check.get', { id: c.id });
    expect(detail.executions).toHaveLength(0);
  });

  it('refuses a finding on a compliant execution recorded earlier', async () => {
    const { service } = await controlVault();
    const c = await check(service);
    const r = await call<CheckRecordOutput>(service, 'check.record', { checkId: c.id, performedOn: '2026-03-06', result: 'ok' });
    const e = await failure(service, 'finding.create', { title: 'X', severity: 'low', observedOn: '2026-03-06', source: { type: 'check', executionId: r.execution.id } });
    expect(e.code).toBe('INVALID_STATE');
  });
});
