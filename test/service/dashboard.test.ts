import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Service } from '../../src-main/service/types';
import type { Result } from '../../src-main/shared/result';
import type { Dashboard, Figure } from '../../src-main/shared/schemas/dashboard';
import { unwrap } from '../helpers/vault';
import { packVault, sessionAs, type PackVault } from './pack-fixtures';

const dashboardOf = async (service: Service): Promise<Dashboard> => unwrap((await service.call('dashboard.get', {})) as Result<Dashboard>);

/** Every figure of the dashboard, with a name for the failure message. */
function figures(d: Dashboard): [string, Figure][] {
  const out: [string, Figure][] = [];
  const walk = (prefix: string, value: unknown): void => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return;
    const v = value as Record<string, unknown>;
    if ('value' in v && 'link' in v) {
      out.push([prefix, v as unknown as Figure]);
      return;
    }
    for (const [k, x] of Object.entries(v)) walk(prefix ? `${prefix}.${k}` : k, x);
  };
  walk('', d);
  return out;
}

/** The total of the list a figure links to, called through the service as the UI would. */
async function linkedTotal(service: Service, f: Figure): Promise<number> {
  const link = f.link;
  if (!link) throw new Error('figure sans lien');
  const r = unwrap((await service.call(link.method, { ...link.input, limit: 500 })) as Result<{ total: number }>);
  return r.total;
}

describe('dashboard.get on a known vault (5 October 2026, 10:00 in Paris)', () => {
  let v: PackVault;
  let d: Dashboard;
  beforeAll(async () => {
    v = await packVault();
    d = await dashboardOf(v.service);
  });
  afterAll(() => v?.dispose());

  it('computes the figures at the service clock, for the DPO', () => {
    expect(d.now).toBe('2026-10-05T08:00:00.000Z');
    expect(d.today).toBe('2026-10-05');
    expect(d.role).toBe('dpo');
  });

  it('counts the open breaches and the 72-hour clocks (Art. 33(1))', () => {
    expect(d.breaches.open.value).toBe(4);
    expect(d.breaches.clockRunning.value).toBe(1);
    expect(d.breaches.late.value).toBe(1);
    expect(d.breaches.toNotify.value).toBe(1);
  });

  it('lists the notifications still to make, the one past 72 hours first, with its lateness', () => {
    expect(d.breaches.countdownsTotal).toBe(2);
    const [late, running] = d.breaches.countdowns;
    expect(late?.id).toBe(v.ids.lateInQ3);
    expect(late?.late).toBe(true);
    expect(late?.dueAt).toBe('2026-09-23T09:00:00.000Z');
    // Aware on 20 September at 11:00 (Paris): due 72 h later, on 23 September; late by 12 days 23 hours at generation.
    expect(late?.lateByMs).toBe(Date.parse('2026-10-05T08:00:00Z') - Date.parse('2026-09-23T09:00:00Z'));
    expect(running?.id).toBe(v.ids.runningAfterQ3);
    expect(running?.late).toBe(false);
    // Aware on 4 October at 14:00 (Paris): 72 h end on 7 October at 14:00, 2 days 4 hours after generation.
    expect(running?.remainingMs).toBe(52 * 3_600_000);
  });

  it('counts the requests due within 7 days, overdue and pending on the due date in force (Art. 12(3))', () => {
    expect(d.requests?.pending.value).toBe(4);
    expect(d.requests?.dueWithin7Days.value).toBe(1);
    expect(d.requests?.overdue.value).toBe(1);
  });

  it('gives the on-time rate per month of the due date over 12 months, and the median answer time', () => {
    const months = Object.fromEntries((d.requests?.onTimeByMonth ?? []).map((m) => [m.month, m]));
    expect(d.requests?.onTimeByMonth).toHaveLength(12);
    expect(d.requests?.onTimeByMonth[11]?.month).toBe('2026-10');
    expect(months['2026-07']).toMatchObject({ onTime: 1, late: 0 });
    expect(months['2026-08']).toMatchObject({ onTime: 1, late: 1, rate: 0.5 });
    expect(months['2026-09']).toMatchObject({ onTime: 0, late: 1 });
    expect(months['2026-10']).toMatchObject({ pending: 2 });
    expect(d.requests?.onTimeRate12Months).toBe(0.5);
    // Answers after 11, 14 and 41 days.
    expect(d.requests?.medianAnswerDays).toBe(14);
  });

  it('counts the processings whose required DPIA is not done (Art. 35) and the audit-plan coverage', () => {
    expect(d.processings?.total.value).toBe(2);
    expect(d.processings?.dpiaMissing.value).toBe(1);
    expect(d.processings?.dpiaMissing.link).toMatchObject({ method: 'processing.list', input: { dpiaPending: true }, exact: true });
    expect(d.auditPlan?.planId).toBe(v.ids.planId);
    expect(d.auditPlan?.processings).toMatchObject({ total: 2, audited: 1, auditedShare: 0.5 });
    expect(d.auditPlan?.processors).toMatchObject({ total: 2, audited: 0, covered: 1 });
    expect(d.auditPlan?.currentYear).toEqual({ year: 2026, total: 1, done: 1 });
  });

  it('counts the open and overdue actions (an action is late the day after its due date)', () => {
    expect(d.actions.scope).toBe('all');
    expect(d.actions.open.value).toBe(2);
    expect(d.actions.overdue.value).toBe(1);
  });

  it('gives, for every figure with an exact link, the list call whose total is that figure', async () => {
    const exact = figures(d).filter(([, f]) => f.link?.exact);
    expect(exact.length).toBeGreaterThan(12);
    for (const [name, f] of exact) expect({ name, total: await linkedTotal(v.service, f) }).toEqual({ name, total: f.value });
  });

  it('links every figure to a list that holds exactly its rows, with no note to apply by hand', () => {
    const linked = figures(d).filter(([, f]) => f.link);
    expect(linked.filter(([, f]) => !f.link?.exact || f.link.note !== null).map(([name]) => name)).toEqual([]);
  });

  it('shows the compliance officer every part', async () => {
    const s = await sessionAs(v, 'compliance');
    const c = await dashboardOf(s);
    expect(c.role).toBe('compliance');
    expect(c.requests).not.toBeNull();
    expect(c.processors).not.toBeNull();
    expect(c.auditPlan).not.toBeNull();
    expect(c.breaches.open.value).toBe(d.breaches.open.value);
    s.close();
  });

  it('shows the security officer the breaches and the actions decided after them only (Art. 5(1)(c))', async () => {
    const s = await sessionAs(v, 'security');
    const sec = await dashboardOf(s);
    expect(sec.role).toBe('security');
    expect(sec.requests).toBeNull();
    expect(sec.processors).toBeNull();
    expect(sec.processings).toBeNull();
    expect(sec.auditPlan).toBeNull();
    expect(sec.breaches.countdownsTotal).toBe(2);
    expect(sec.actions).toMatchObject({ scope: 'breach', open: { value: 2 }, overdue: { value: 1 } });
    expect(sec.actions.overdue.link?.input).toEqual({ overdue: true, sourceType: 'breach' });
    // The security officer's links work with its own role.
    for (const [name, f] of figures(sec)) expect({ name, total: await linkedTotal(s, f) }).toEqual({ name, total: f.value });
    s.close();
  });
});
