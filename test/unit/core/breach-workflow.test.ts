import { describe, expect, it } from 'vitest';
import {
  BREACH_STATUSES,
  BREACH_TRANSITIONS,
  applyBreachAction,
  breachClock,
  newBreachRecord,
  type BreachAction,
  type BreachRecord,
} from '../../../src-main/core/breach-workflow';

const AWARE = '2026-03-28T10:00:00+01:00'; // 72 h → 2026-03-31T09:00:00Z

function run(record: BreachRecord, ...actions: BreachAction[]): BreachRecord {
  return actions.reduce((r, action) => {
    const result = applyBreachAction(r, action);
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  }, record);
}

function attempt(record: BreachRecord, action: BreachAction) {
  const result = applyBreachAction(record, action);
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

const confirmed = () =>
  run(newBreachRecord('2026-03-28T08:00:00+01:00'), { type: 'start_assessment', at: '2026-03-28T08:30:00+01:00' }, { type: 'confirm', at: '2026-03-28T10:05:00+01:00', awareAt: AWARE });

describe('Breach statuses', () => {
  it('only lists known statuses as targets and never leaves « closed »', () => {
    for (const s of BREACH_STATUSES) for (const t of BREACH_TRANSITIONS[s]) expect(BREACH_STATUSES).toContain(t);
    expect(BREACH_TRANSITIONS.closed).toEqual([]);
  });

  it('starts the 72-hour clock when the breach is confirmed, not when it is reported', () => {
    const reported = newBreachRecord('2026-03-28T08:00:00+01:00');
    expect(breachClock(reported, '2026-03-28T09:00:00+01:00')).toBeNull();
    const record = confirmed();
    expect(record.status).toBe('confirmed');
    expect(breachClock(record, '2026-03-29T10:00:00+02:00')).toMatchObject({ state: 'running', dueAt: '2026-03-31T09:00:00.000Z' });
  });

  it('refuses a confirmation with a moment of awareness in the future', () => {
    const assessing = run(newBreachRecord('2026-03-28T08:00:00Z'), { type: 'start_assessment', at: '2026-03-28T08:30:00Z' });
    expect(attempt(assessing, { type: 'confirm', at: '2026-03-28T09:00:00Z', awareAt: '2026-03-28T10:00:00Z' }).issues?.[0]?.path).toBe('awareAt');
  });

  it('refuses to confirm a breach that was not assessed', () => {
    expect(attempt(newBreachRecord('2026-03-28T08:00:00Z'), { type: 'confirm', at: '2026-03-28T09:00:00Z', awareAt: '2026-03-28T09:00:00Z' }).code).toBe('INVALID_STATE');
  });
});

describe('Dismissal (not a personal-data breach)', () => {
  const assessing = () => run(newBreachRecord('2026-03-28T08:00:00Z'), { type: 'start_assessment', at: '2026-03-28T08:30:00Z' });

  it('requires a reason, which stays in the register', () => {
    expect(attempt(assessing(), { type: 'dismiss', at: '2026-03-28T09:00:00Z', reason: '  ' }).issues?.[0]?.path).toBe('reason');
    const dismissed = run(assessing(), { type: 'dismiss', at: '2026-03-28T09:00:00Z', reason: 'Fichier de test sans données réelles.' });
    expect(dismissed.status).toBe('dismissed');
    expect(dismissed.dismissal?.reason).toBe('Fichier de test sans données réelles.');
  });

  it('can be reopened on a new fact, keeping the first dismissal', () => {
    const reopened = run(assessing(), { type: 'dismiss', at: '2026-03-28T09:00:00Z', reason: 'Pas de données.' }, { type: 'reopen', at: '2026-03-29T09:00:00Z', reason: 'Des données d’adhérents y figuraient.' });
    expect(reopened.status).toBe('assessing');
    expect(reopened.dismissal).not.toBeNull();
    expect(reopened.reopenings).toHaveLength(1);
  });
});

describe('Decision', () => {
  it('requires a justification when it departs from the recommendation', () => {
    const error = attempt(confirmed(), { type: 'decide', at: '2026-03-29T10:00:00Z', kind: 'document_only', recommendation: 'risk' });
    expect(error.issues?.[0]?.path).toBe('justification');
    const decided = run(confirmed(), { type: 'decide', at: '2026-03-29T10:00:00Z', kind: 'document_only', recommendation: 'risk', justification: 'Données déjà publiques.' });
    expect(decided.decision?.justification).toBe('Données déjà publiques.');
  });

  it('needs no justification when it follows the recommendation', () => {
    expect(run(confirmed(), { type: 'decide', at: '2026-03-29T10:00:00Z', kind: 'notify_authority', recommendation: 'risk' }).status).toBe('decided');
  });

  it('requires the reason of an Art. 34(3) exemption, and a public communication for 34(3)(c)', () => {
    const base = { type: 'decide', at: '2026-03-29T10:00:00Z', kind: 'notify_authority', recommendation: 'high_risk' } as const;
    expect(attempt(confirmed(), { ...base, art34Exemption: { condition: 'a', reason: '' } }).issues?.map((i) => i.path)).toEqual(['art34Exemption.reason']);
    expect(attempt(confirmed(), { ...base, art34Exemption: { condition: 'c', reason: '200 000 adhérents sans adresse à jour.' } }).issues?.map((i) => i.path)).toEqual(['art34Exemption.publicCommunication']);
    const ok = run(confirmed(), { ...base, art34Exemption: { condition: 'a', reason: 'Base chiffrée AES-256, clé hors du serveur volé.' } });
    expect(ok.decision?.art34Exemption?.condition).toBe('a');
  });

  it('refuses an Art. 34(3) exemption when people are to be informed anyway', () => {
    expect(attempt(confirmed(), { type: 'decide', at: '2026-03-29T10:00:00Z', kind: 'notify_authority_and_subjects', recommendation: 'high_risk', art34Exemption: { condition: 'b', reason: 'Mots de passe réinitialisés.' } }).issues?.[0]?.path).toBe('art34Exemption');
  });

  it('goes straight from decided to closed when the decision is « document only »', () => {
    const closed = run(confirmed(), { type: 'decide', at: '2026-03-29T10:00:00Z', kind: 'document_only', recommendation: 'none' }, { type: 'close', at: '2026-03-29T11:00:00Z' });
    expect(closed.status).toBe('closed');
    expect(closed.notifications).toEqual([]);
    expect(breachClock(closed, '2026-04-10T00:00:00Z')).toBeNull();
  });

  it('refuses to close a breach the decision says to notify before it is notified', () => {
    const decided = run(confirmed(), { type: 'decide', at: '2026-03-29T10:00:00Z', kind: 'notify_authority', recommendation: 'risk' });
    expect(attempt(decided, { type: 'close', at: '2026-03-29T11:00:00Z' }).message).toContain('art. 33(1)');
  });
});

describe('Notification to the CNIL (Art. 33)', () => {
  const decided = (kind: 'notify_authority' | 'notify_authority_and_subjects' = 'notify_authority') =>
    run(confirmed(), { type: 'decide', at: '2026-03-29T10:00:00Z', kind, recommendation: kind === 'notify_authority' ? 'risk' : 'high_risk' });

  it('records an initial notification within 72 hours without reasons for delay', () => {
    const notified = run(decided(), { type: 'notify', kind: 'initial', at: '2026-03-31T09:00:00Z', reference: 'CNIL-2026-0042' });
    expect(notified.status).toBe('notified');
    expect(breachClock(notified, '2026-04-05T00:00:00Z')?.state).toBe('met');
  });

  it('requires reasons for the delay after 72 hours', () => {
    expect(attempt(decided(), { type: 'notify', kind: 'initial', at: '2026-03-31T09:00:01Z' }).issues?.[0]?.path).toBe('delayReasons');
    const late = run(decided(), { type: 'notify', kind: 'initial', at: '2026-04-01T09:00:00Z', delayReasons: 'Prestataire injoignable pendant le week-end.' });
    expect(late.notifications[0]?.delayReasons).toBe('Prestataire injoignable pendant le week-end.');
    expect(breachClock(late, '2026-04-05T00:00:00Z')?.state).toBe('late');
  });

  it('adds complementary notifications after the initial one (Art. 33(4)), never before', () => {
    expect(attempt(decided(), { type: 'notify', kind: 'complementary', at: '2026-03-30T09:00:00Z' }).message).toContain('notification initiale');
    const twice = run(decided(), { type: 'notify', kind: 'initial', at: '2026-03-30T09:00:00Z' }, { type: 'notify', kind: 'complementary', at: '2026-04-03T09:00:00Z' });
    expect(twice.notifications.map((n) => n.kind)).toEqual(['initial', 'complementary']);
    expect(attempt(twice, { type: 'notify', kind: 'initial', at: '2026-04-04T09:00:00Z' }).message).toContain('complémentaire');
  });

  it('refuses a notification when the decision is « document only »', () => {
    const docOnly = run(confirmed(), { type: 'decide', at: '2026-03-29T10:00:00Z', kind: 'document_only', recommendation: 'none' });
    expect(attempt(docOnly, { type: 'notify', kind: 'initial', at: '2026-03-30T09:00:00Z' }).message).toContain('révisez la décision');
  });

  it('requires people to be informed before closing a high-risk breach (Art. 34(1))', () => {
    const notified = run(decided('notify_authority_and_subjects'), { type: 'notify', kind: 'initial', at: '2026-03-30T09:00:00Z' });
    expect(attempt(notified, { type: 'close', at: '2026-04-10T09:00:00Z' }).message).toContain('art. 34(1)');
    const closed = run(notified, { type: 'inform_subjects', at: '2026-03-31T09:00:00Z' }, { type: 'close', at: '2026-04-10T09:00:00Z' });
    expect(closed.status).toBe('closed');
    expect(closed.subjectsInformedAt).toBe('2026-03-31T09:00:00.000Z');
  });
});
