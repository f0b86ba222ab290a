/**
 * The register's « DPIA to do » filter (Art. 35(1)): the fiches whose latest screening requires a
 * DPIA and whose follow-up is not done. The dashboard counts them and links to this very list, so
 * the figure and the list total cannot disagree (Art. 5(2)).
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { processingDemoStep } from '../../src-main/service/demo/processing-demo';
import { processorDemoStep } from '../../src-main/service/demo/processor-demo';
import { DemoRandom } from '../../src-main/service/demo/random';
import type { Dashboard } from '../../src-main/shared/schemas/dashboard';
import type { ProcessingListOutput } from '../../src-main/shared/schemas/processing';
import { newVault } from '../helpers/vault';
import { call, NOW } from './processor-fixtures';

type List = z.infer<typeof ProcessingListOutput>;

async function demoRegister() {
  const { service } = await newVault({ now: () => NOW });
  const ctx = { service, random: new DemoRandom(2026), scale: 2, now: NOW, call: <T>(method: string, input: unknown) => call<T>(service, method, input) };
  await processorDemoStep(ctx);
  await processingDemoStep(ctx);
  return service;
}

describe('processing.list dpiaPending (Art. 35(1): DPIA required, not carried out)', () => {
  it('lists exactly the fiches the dashboard counts as « AIPD à réaliser »', async () => {
    const service = await demoRegister();
    const dashboard = await call<Dashboard>(service, 'dashboard.get', {});
    const figure = dashboard.processings?.dpiaMissing;
    expect(figure?.link).toEqual({ method: 'processing.list', input: { dpiaPending: true }, exact: true, note: null });
    const list = await call<List>(service, 'processing.list', { ...figure?.link?.input, limit: 5000 });
    expect(figure?.value).toBeGreaterThan(0);
    expect(list.total).toBe(figure?.value);
    expect(list.rows.every((r) => r.dpiaOutcome === 'required' && r.dpiaStatus !== 'done' && r.dpiaPending)).toBe(true);
    service.close();
  });

  it('leaves out a required DPIA already carried out, which the « required » outcome filter keeps', async () => {
    const service = await demoRegister();
    const required = await call<List>(service, 'processing.list', { dpiaOutcome: 'required', limit: 5000 });
    const pending = await call<List>(service, 'processing.list', { dpiaPending: true, limit: 5000 });
    const done = required.rows.filter((r) => r.dpiaStatus === 'done');
    expect(done.length).toBeGreaterThan(0);
    expect(pending.total).toBe(required.total - done.length);
    expect(pending.rows.map((r) => r.id)).not.toContain(done[0]?.id);
    service.close();
  });

  it('splits the register in two with false: every fiche is in exactly one of the lists', async () => {
    const service = await demoRegister();
    const all = await call<List>(service, 'processing.list', { limit: 5000 });
    const pending = await call<List>(service, 'processing.list', { dpiaPending: true, limit: 5000 });
    const others = await call<List>(service, 'processing.list', { dpiaPending: false, limit: 5000 });
    expect(pending.total + others.total).toBe(all.total);
    expect(others.rows.some((r) => r.dpiaPending)).toBe(false);
    service.close();
  });
});
