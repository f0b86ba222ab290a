import { describe, expect, it } from 'vitest';
import { controlDemoStep } from '../../src-main/service/demo/control-demo';
import type { DemoContext } from '../../src-main/service/demo/index';
import { DemoRandom } from '../../src-main/service/demo/random';
import type { ActionListOutput, AuditPlanDetail, CheckListOutput, CoverageOutput } from '../../src-main/shared/schemas/control';
import { call, controlVault } from './control-fixtures';

describe('the Contrôle demo data', () => {
  it.each(['2026-06-15T08:00:00Z', '2026-01-01T23:30:00Z'])('builds a 3-year plan, a dozen permanent controls, findings and actions in every state, some overdue (on %s)', async (now) => {
    const { service } = await controlVault(now);
    const ctx: DemoContext = { service, random: new DemoRandom(2026), scale: 1, now: new Date(now), call: (m, i) => call(service, m, i) };
    await controlDemoStep(ctx);

    const plans = await call<{ id: string; startYear: number; years: number }[]>(service, 'control.planList', {});
    expect(plans).toHaveLength(1);
    expect(plans[0]).toMatchObject({ startYear: Number(now.slice(0, 4)) - 1, years: 3 });
    const plan = await call<AuditPlanDetail>(service, 'control.planGet', { id: plans[0]?.id });
    expect(new Set(plan.items.map((i) => i.status))).toEqual(new Set(['planned', 'in_progress', 'done', 'cancelled']));
    const coverage = await call<CoverageOutput>(service, 'control.coverage', { planId: plans[0]?.id });
    expect(coverage.organisation.done).toBeGreaterThanOrEqual(3);

    const checks = await call<CheckListOutput>(service, 'check.list', {});
    expect(checks.rows).toHaveLength(12);
    const states = checks.rows.map((c) => c.state);
    expect(states).toContain('overdue');
    expect(states).toContain('never_done');
    expect(states).toContain('upcoming');

    const findings = await call<{ total: number }>(service, 'finding.list', {});
    expect(findings.total).toBe(5);
    const actions = await call<ActionListOutput>(service, 'action.list', { limit: 500 });
    expect(new Set(actions.rows.map((a) => a.status))).toEqual(new Set(['open', 'in_progress', 'done', 'cancelled']));
    expect(actions.rows.filter((a) => a.overdue).length).toBeGreaterThanOrEqual(2);
    expect(actions.rows.some((a) => a.evidenceCount > 0)).toBe(true);
    const verify = await call<{ ok: boolean }>(service, 'audit.verify', {});
    expect(verify.ok).toBe(true);
  });
});
