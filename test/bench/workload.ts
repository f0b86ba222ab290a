import { performance } from 'node:perf_hooks';
import type { Service } from '../../src-main/service/types';

/**
 * The create workload of the foundation benchmark: the richest create method the contract has,
 * through the service. Batch = `count` creates in a row; single = latency of individual creates.
 */
export async function benchCreateWorkload(service: Service, count: number): Promise<{ method: string; count: number; batchMs: number; single: number[] }> {
  const method = 'settings.update';
  const make = (i: number) => ({ autoLockMinutes: i % 400 });
  const t0 = performance.now();
  for (let i = 0; i < count; i++) {
    const r = await service.call(method, make(i));
    if (!r.ok) throw new Error(r.error.message);
  }
  const batchMs = performance.now() - t0;
  const single: number[] = [];
  for (let i = 0; i < 200; i++) {
    const s = performance.now();
    await service.call(method, make(i));
    single.push(performance.now() - s);
  }
  return { method, count, batchMs, single };
}
