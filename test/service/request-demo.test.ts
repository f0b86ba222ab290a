import { describe, expect, it } from 'vitest';
import { REQUEST_STATES, REQUEST_TYPES } from '../../src-main/core/request-workflow';
import type { DemoContext } from '../../src-main/service/demo';
import { DemoRandom } from '../../src-main/service/demo/random';
import { requestDemoStep } from '../../src-main/service/demo/request-demo';
import type { Result } from '../../src-main/shared/result';
import type { RequestRow } from '../../src-main/shared/schemas/request';
import { newVault, unwrap } from '../helpers/vault';

const NOW = new Date('2026-06-15T08:00:00Z');

async function demo(scale: number) {
  const { service } = await newVault({ now: () => NOW });
  // The requests step alone (other modules add their own steps to `dpo demo`).
  const ctx: DemoContext = {
    service,
    random: new DemoRandom(2026),
    scale,
    now: NOW,
    call: async <T>(method: string, input: unknown) => unwrap((await service.call(method, input)) as Result<T>),
  };
  await requestDemoStep(ctx);
  const list = async (input: Record<string, unknown>) => unwrap((await service.call('request.list', { limit: 500, ...input })) as Result<{ rows: RequestRow[]; total: number }>);
  return { service, list };
}

describe('Demo requests', () => {
  it('adds 40 requests per unit of scale, of every type and every state, some answered late and some overdue', async () => {
    const { list, service } = await demo(1);
    const all = await list({});
    expect(all.total).toBe(40);
    expect(new Set(all.rows.map((r) => r.type))).toEqual(new Set(REQUEST_TYPES));
    expect(new Set(all.rows.map((r) => r.state))).toEqual(new Set(REQUEST_STATES));
    expect((await list({ overdue: true })).total).toBeGreaterThan(0);
    expect(all.rows.some((r) => r.answeredAt !== null && r.lateDays > 0)).toBe(true);
    const audit = unwrap((await service.call('audit.verify', {})) as Result<{ ok: boolean }>);
    expect(audit.ok).toBe(true);
  });

  it('goes through the batch import beyond 200 requests, with the same mix', async () => {
    const { list } = await demo(6);
    const all = await list({});
    expect(all.total).toBe(240);
    expect((await list({ states: ['closed'] })).total).toBeGreaterThan(0);
    expect((await list({ states: ['extended'] })).total).toBeGreaterThan(0);
  });
});
