import { describe, expect, it } from 'vitest';
import { BREACH_STATUSES } from '../../src-main/core/breach-workflow';
import { breachDemoStep } from '../../src-main/service/demo/breach-demo';
import type { DemoContext } from '../../src-main/service/demo';
import { DemoRandom } from '../../src-main/service/demo/random';
import type { BreachListRow } from '../../src-main/shared/schemas/breach';
import { callerOf, testClock } from './breach-fixtures';
import { newVault } from '../helpers/vault';

describe('demo breaches (dpo demo)', () => {
  it('adds breaches in every state, clocks running and late among them, scaled by --scale', async () => {
    const clock = testClock('2026-09-15T10:00:00Z');
    const { service } = await newVault({ now: clock.now });
    const call = callerOf(service);
    const ctx: DemoContext = { service, random: new DemoRandom(7), scale: 2, now: clock.now(), call };
    await breachDemoStep(ctx);
    const { rows, total } = await call<{ rows: BreachListRow[]; total: number }>('breach.list', { limit: 500 });
    // Ten scenarios, then five more for the second unit of scale (running clocks are not copied back).
    expect(total).toBe(15);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(BREACH_STATUSES));
    const states = rows.map((r) => r.clock?.state);
    expect(states).toContain('running');
    expect(states).toContain('late');
    expect(states).toContain('met');
    expect(rows.some((r) => r.notificationCount === 2)).toBe(true);
    const register = await call<{ filename: string }>('breach.register', { from: '2026-01-01', to: '2026-12-31' });
    expect(register.filename).toMatch(/\.xlsx$/);
  });
});
