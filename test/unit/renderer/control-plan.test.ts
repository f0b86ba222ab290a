/** The audit-plan tab (plan chosen, calendar, audit form), permanent controls and calendar days. */
import { describe, expect, it } from 'vitest';
import { AuditItemInput, type AuditItem, type AuditPlanSummary } from '../../../src-main/shared/schemas/control';
import { draftFromItem, emptyAuditItem, missingFields, toItemAdd, toItemUpdate } from '../../../src-renderer/pages/control/plan/audit-item-draft';
import { calendarCells, cellKey, choosePlan, hasUnscheduled, percent, planYears } from '../../../src-renderer/pages/control/plan/plan-view';
import { checklistLines, checkMissing, emptyCheck, toCheckUpdate } from '../../../src-renderer/pages/control/checks/check-draft';
import { daysBetween, formatDay, isCalendarDay, parisToday } from '../../../src-renderer/pages/control/common/calendar-day';
import { sortRows } from '../../../src-renderer/pages/control/common/sort-state';

const plan = (id: string, startYear: number, years = 3): AuditPlanSummary => ({
  id,
  title: id,
  startYear,
  years,
  endYear: startYear + years - 1,
  notes: '',
  itemCount: 0,
  doneCount: 0,
  createdAt: '',
  updatedAt: '',
});

const item = (id: string, year: number, quarter: number | null, title = id): AuditItem => ({
  id,
  planId: 'P',
  title,
  target: { kind: 'organisation', control: 'Habilitations' },
  targetLabel: 'Habilitations',
  year,
  quarter,
  auditor: 'DPO',
  status: 'planned',
  statusLabel: { fr: 'Planifié', en: 'Planned' },
  completedOn: null,
  conclusion: '',
  findingCount: 0,
  createdAt: '',
  updatedAt: '',
});

describe('which plan the tab shows', () => {
  const plans = [plan('ancien', 2020), plan('actuel', 2025), plan('suivant', 2028)];

  it('shows the plan named in the URL', () => {
    expect(choosePlan(plans, 'ancien', 2026)?.id).toBe('ancien');
  });

  it('shows the plan covering the current year when the URL names none (or a gone one)', () => {
    expect(choosePlan(plans, null, 2026)?.id).toBe('actuel');
    expect(choosePlan(plans, 'supprime', 2027)?.id).toBe('actuel');
  });

  it('shows the latest plan when none covers the year, and nothing without plans', () => {
    expect(choosePlan(plans, null, 2040)?.id).toBe('suivant');
    expect(choosePlan([], null, 2026)).toBeNull();
  });

  it('lists the 3 to 5 years of a plan', () => {
    expect(planYears(plan('p', 2026, 5))).toEqual([2026, 2027, 2028, 2029, 2030]);
  });
});

describe('plan calendar', () => {
  it('places each audit in its year and quarter, by title, and the undated ones in the year row', () => {
    const cells = calendarCells([item('b', 2026, 2, 'Sauvegardes'), item('a', 2026, 2, 'Habilitations'), item('c', 2027, null)]);
    expect(cells.get(cellKey(2026, 2))?.map((i) => i.title)).toEqual(['Habilitations', 'Sauvegardes']);
    expect(cells.get(cellKey(2027, 0))?.map((i) => i.id)).toEqual(['c']);
    expect(cells.get(cellKey(2026, 1))).toBeUndefined();
  });

  it('shows the « during the year » row only when an audit has no quarter', () => {
    expect(hasUnscheduled([item('a', 2026, 1)])).toBe(false);
    expect(hasUnscheduled([item('a', 2026, null)])).toBe(true);
  });

  it('rounds shares to whole percentages and keeps « nothing to measure » apart from 0 %', () => {
    expect(percent(1 / 3)).toBe(33);
    expect(percent(0)).toBe(0);
    expect(percent(null)).toBeNull();
  });
});

describe('audit form', () => {
  it('sends an organisation-level control with its label, and no quarter as null', () => {
    const draft = { ...emptyAuditItem(2026), title: ' Audit des purges ', control: ' Durées de conservation ', auditor: 'DPO' };
    const input = toItemAdd(draft, 'P1');
    expect(input).toMatchObject({ planId: 'P1', title: 'Audit des purges', target: { kind: 'organisation', control: 'Durées de conservation' }, quarter: null });
    expect(AuditItemInput.safeParse(input).success).toBe(true);
  });

  it('sends a processing by its id and the quarter as a number', () => {
    const draft = { ...emptyAuditItem(2026), title: 'Audit', targetKind: 'processing' as const, targetId: 'T1', quarter: '3' as const, auditor: 'DPO' };
    expect(toItemAdd(draft, 'P1')).toMatchObject({ target: { kind: 'processing', id: 'T1' }, quarter: 3 });
  });

  it('names the fields still empty, with the service’s paths', () => {
    expect(missingFields(emptyAuditItem(2026))).toEqual(['title', 'target.control', 'auditor']);
    expect(missingFields({ ...emptyAuditItem(2026), targetKind: 'processor' })).toContain('target.id');
  });

  it('edits an audit without resending its plan', () => {
    const update = toItemUpdate(draftFromItem(item('I1', 2027, 4, 'Audit')), 'I1');
    expect(update).toMatchObject({ id: 'I1', year: 2027, quarter: 4 });
    expect(update).not.toHaveProperty('planId');
  });
});

describe('permanent control form', () => {
  it('takes one checkpoint per line and drops blank lines', () => {
    expect(checklistLines(' Extraire les comptes \n\n Rapprocher des sorties RH\r\n')).toEqual(['Extraire les comptes', 'Rapprocher des sorties RH']);
  });

  it('needs a title and an owner', () => {
    expect(checkMissing(emptyCheck())).toEqual(['title', 'owner']);
  });

  it('never rewrites the last execution date of an existing control (executions do)', () => {
    expect(toCheckUpdate({ ...emptyCheck(), title: 'Revue', owner: 'DSI', lastDone: '2026-01-01' }, 'C1')).not.toHaveProperty('lastDone');
  });
});

describe('calendar days', () => {
  it('shows a calendar day as that day whatever the machine’s time zone', () => {
    expect(formatDay('2026-03-01', 'fr')).toBe('1 mars 2026');
    expect(formatDay('2026-12-31', 'en')).toBe('31 Dec 2026');
  });

  it('refuses days that do not exist', () => {
    expect(isCalendarDay('2026-02-29')).toBe(false);
    expect(isCalendarDay('2028-02-29')).toBe(true);
  });

  it('counts whole days across a change to summer time', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
  });

  it('takes today in Paris: 23:30 UTC on 28 March is already the 29th', () => {
    expect(parisToday(Date.parse('2026-03-28T23:30:00Z'))).toBe('2026-03-29');
    expect(parisToday(Date.parse('2026-07-14T21:59:00Z'))).toBe('2026-07-14');
  });

  it('sorts a column with the empty cells last in both directions', () => {
    const rows = [{ d: '2026-02-01' }, { d: null }, { d: '2026-01-01' }];
    const key = (r: { d: string | null }) => r.d;
    expect(sortRows(rows, { sort: 'd', direction: 'asc' }, key).map((r) => r.d)).toEqual(['2026-01-01', '2026-02-01', null]);
    expect(sortRows(rows, { sort: 'd', direction: 'desc' }, key).map((r) => r.d)).toEqual(['2026-02-01', '2026-01-01', null]);
  });
});
