import { performance } from 'node:perf_hooks';
import type { Service } from '../../src-main/service/types';

export interface CreateWorkload {
  batchMethod: string;
  batchCount: number;
  batchMs: number;
  singleMethod: string;
  single: number[];
  singleCount: number;
  singleMs: number;
}

const day = 86_400_000;

/**
 * Creates through the service, with their audit rows:
 * - one batch: `count` rights requests through `request.importBatch` (5,000 per call, each call one
 *   transaction, each request validated and audited like a single create);
 * - single creates: `breach.create`, one transaction (fsync) each — latency per call.
 */
export async function benchCreateWorkload(service: Service, count: number, now = Date.now()): Promise<CreateWorkload> {
  const t0 = performance.now();
  for (let done = 0; done < count; done += 5000) {
    const n = Math.min(5000, count - done);
    const requests = Array.from({ length: n }, (_, k) => {
      const i = done + k;
      return {
        type: i % 3 === 0 ? 'access' : i % 3 === 1 ? 'erasure' : 'rectification',
        receivedAt: new Date(now - (i % 300) * day).toISOString(),
        channel: i % 2 === 0 ? 'email' : 'letter',
        applicant: { name: `Adhérent fictif ${i}`, memberNumber: `M${100000 + i}` },
        summary: 'Demande de banc d’essai (fictive).',
      };
    });
    const r = await service.call('request.importBatch', { requests });
    if (!r.ok) throw new Error(`${r.error.message} ${JSON.stringify(r.error.issues?.slice(0, 3))}`);
  }
  const batchMs = performance.now() - t0;

  const single: number[] = [];
  const singleCount = 1000;
  const t1 = performance.now();
  for (let i = 0; i < singleCount; i++) {
    const s = performance.now();
    const r = await service.call('breach.create', { title: `Incident de banc d’essai ${i}`, discoveredAt: new Date(now - i * 60_000).toISOString() });
    if (!r.ok) throw new Error(r.error.message);
    single.push(performance.now() - s);
  }
  return { batchMethod: 'request.importBatch', batchCount: count, batchMs, singleMethod: 'breach.create', single, singleCount, singleMs: performance.now() - t1 };
}
