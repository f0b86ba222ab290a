import { describe, it, expect } from 'vitest';
import {
  AuditPlan,
  type AuditPlanItem,
  controlStatus,
  coverage,
  isControlOverdue,
  isOverdue,
  nextDue,
} from '../../../src-main/core/audit-plan';

const item = (id: string, target: AuditPlanItem['target'], year: number, status: AuditPlanItem['status']): AuditPlanItem => ({
  id, title: `Audit ${id}`, target, year, quarter: null, auditor: 'DPO', status,
});

describe('multi-year audit plan', () => {
  it('accepts a plan of 3 to 5 years and refuses 2 or 6', () => {
    const base = { startYear: 2026, items: [] };
    expect(AuditPlan.safeParse({ ...base, years: 3 }).success).toBe(true);
    expect(AuditPlan.safeParse({ ...base, years: 5 }).success).toBe(true);
    expect(AuditPlan.safeParse({ ...base, years: 2 }).success).toBe(false);
    expect(AuditPlan.safeParse({ ...base, years: 6 }).success).toBe(false);
  });

  it('refuses an audit planned outside the years of the plan, saying which one', () => {
    const r = AuditPlan.safeParse({ startYear: 2026, years: 3, items: [item('A1', { kind: 'processing', id: 'T1' }, 2029, 'planned')] });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toContain('2026-2028');
  });

  it('accepts an audit planned in a quarter and an organisation-level control', () => {
    const org = { ...item('A2', { kind: 'organisation', control: 'Tenue du registre' }, 2027, 'planned'), quarter: 2 };
    expect(AuditPlan.safeParse({ startYear: 2026, years: 4, items: [org] }).success).toBe(true);
  });

  it('measures coverage: audited (done) and covered (planned, in progress or done) within the cycle', () => {
    const items = [
      item('A1', { kind: 'processing', id: 'T1' }, 2026, 'done'),
      item('A2', { kind: 'processing', id: 'T2' }, 2027, 'planned'),
      item('A3', { kind: 'processing', id: 'T3' }, 2027, 'cancelled'),
      item('A4', { kind: 'processing', id: 'T4' }, 2030, 'done'),
      item('A5', { kind: 'processor', id: 'P1' }, 2028, 'in_progress'),
      item('A6', { kind: 'organisation', control: 'Formation' }, 2026, 'done'),
    ];
    const c = coverage({ items }, ['T1', 'T2', 'T3', 'T4'], ['P1', 'P2'], { fromYear: 2026, toYear: 2028 });
    expect(c.processings.audited).toEqual(['T1']);
    expect(c.processings.covered).toEqual(['T1', 'T2']);
    expect(c.processings.auditedShare).toBe(0.25);
    expect(c.processings.coveredShare).toBe(0.5);
    expect(c.processings.neverCovered).toEqual(['T3', 'T4']);
    expect(c.processors.auditedShare).toBe(0);
    expect(c.processors.coveredShare).toBe(0.5);
    expect(c.processors.neverCovered).toEqual(['P2']);
  });

  it('has no coverage share when there is nothing to audit', () => {
    const c = coverage({ items: [] }, [], [], { fromYear: 2026, toYear: 2028 });
    expect(c.processings.auditedShare).toBeNull();
    expect(c.processings.total).toBe(0);
  });
});

describe('recurring controls', () => {
  it('is due one month, a quarter, six months or a year after it was last done', () => {
    expect(nextDue('2026-01-15', 'monthly')).toBe('2026-02-15');
    expect(nextDue('2026-01-15', 'quarterly')).toBe('2026-04-15');
    expect(nextDue('2026-01-15', 'half_yearly')).toBe('2026-07-15');
    expect(nextDue('2026-01-15', 'yearly')).toBe('2027-01-15');
  });

  it('clamps a monthly control done on 31 January to the last day of February', () => {
    expect(nextDue('2026-01-31', 'monthly')).toBe('2026-02-28');
    expect(nextDue('2028-01-31', 'monthly')).toBe('2028-02-29');
  });

  it('is overdue the day after its due date, due on the day, upcoming before, and never done without a date', () => {
    const c = { lastDone: '2026-01-15', frequency: 'quarterly' as const };
    expect(controlStatus(c, '2026-04-14').state).toBe('upcoming');
    expect(controlStatus(c, '2026-04-15').state).toBe('due_today');
    expect(controlStatus(c, '2026-04-18')).toEqual({ nextDue: '2026-04-15', state: 'overdue', daysOverdue: 3 });
    expect(isControlOverdue(c, '2026-04-15')).toBe(false);
    expect(controlStatus({ lastDone: null, frequency: 'yearly' }, '2026-04-15').state).toBe('never_done');
  });
});

describe('actions', () => {
  it('is overdue the day after its due date while open or in progress', () => {
    expect(isOverdue({ id: 'X', status: 'open', dueDate: '2026-03-10' }, '2026-03-11')).toBe(true);
    expect(isOverdue({ id: 'X', status: 'in_progress', dueDate: '2026-03-10' }, '2026-03-11')).toBe(true);
  });

  it('is not overdue on its due date, when done or cancelled, or without a due date', () => {
    expect(isOverdue({ id: 'X', status: 'open', dueDate: '2026-03-10' }, '2026-03-10')).toBe(false);
    expect(isOverdue({ id: 'X', status: 'done', dueDate: '2026-03-10' }, '2026-04-01')).toBe(false);
    expect(isOverdue({ id: 'X', status: 'cancelled', dueDate: '2026-03-10' }, '2026-04-01')).toBe(false);
    expect(isOverdue({ id: 'X', status: 'open', dueDate: null }, '2026-04-01')).toBe(false);
  });
});
