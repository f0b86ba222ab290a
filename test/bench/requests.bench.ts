/**
 * Requests module figures on 100 000 requests (the `dpo demo --scale 2500` volume): bulk import
 * through `request.importBatch`, the filtered and sorted first page of `request.list` (p95 over 50
 * runs), the « due within 7 days » dashboard query (p95), and the XLSX register export of the whole
 * vault — time and peak memory. Everything goes through the service (validation, roles, output check).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { demoRequestItems, REQUEST_BATCH_SIZE } from '../../src-main/service/demo/request-demo';
import { DemoRandom } from '../../src-main/service/demo/random';
import { createService } from '../../src-main/service/service';
import type { Service } from '../../src-main/service/types';
import type { Report } from './run';
import { mb, measure, ms, percentile } from './stats';

const COUNT = 100_000;
const RUNS = 50;

async function ok<T>(service: Service, method: string, input: unknown): Promise<T> {
  const r = await service.call(method, input);
  if (!r.ok) throw new Error(`${method} : ${r.error.message}`);
  return r.value as T;
}

async function p95(service: Service, method: string, input: unknown): Promise<{ p95: number; median: number }> {
  await ok(service, method, input); // warm the statement cache and the page cache
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await ok(service, method, input);
    times.push(performance.now() - t0);
  }
  return { p95: percentile(times, 95), median: percentile(times, 50) };
}

export async function run(report: Report): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'dpo-bench-requests-'));
  const service = createService({ vaultDir: join(root, 'vault') });
  try {
    await ok(service, 'vault.create', {
      organisation: { name: 'Mutuelle du banc d’essai (fictive)', siren: '732829320', dpoName: 'Claire Martin', dpoEmail: 'dpo@banc.example' },
      user: { username: 'claire', displayName: 'Claire Martin' },
      passphrase: 'phrase secrète du banc d’essai',
    });

    const now = new Date();
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const random = new DemoRandom(2026);
    // Generated batch by batch, so that the import's input does not weigh on the export's memory below.
    for (let start = 0; start < COUNT; start += REQUEST_BATCH_SIZE) {
      await ok(service, 'request.importBatch', { requests: demoRequestItems(random, now, REQUEST_BATCH_SIZE, start) });
    }
    const importMs = performance.now() - t0;
    const importCpu = process.cpuUsage(cpu0).user / 1000;
    report(
      `import de ${COUNT} demandes (request.importBatch, lots de ${REQUEST_BATCH_SIZE})`,
      `${(importMs / 1000).toFixed(1)} s (${Math.round(COUNT / (importMs / 1000))} /s ; CPU ${(importCpu / 1000).toFixed(1)} s)`,
    );

    const filtered = { pending: true, types: ['access', 'erasure', 'rectification'], sort: 'dueDate', direction: 'asc', limit: 50 };
    const list = await p95(service, 'request.list', filtered);
    const total = (await ok<{ total: number }>(service, 'request.list', filtered)).total;
    report(`liste filtrée (en attente, 3 types), triée par échéance, 1re page de 50 — p95 sur ${RUNS} (${total} résultats)`, `${ms(list.p95)} (médiane ${ms(list.median)})`);

    const search = await p95(service, 'request.list', { search: 'martin', sort: 'receivedAt', direction: 'desc', limit: 50 });
    report(`recherche « martin », triée par réception, 1re page — p95 sur ${RUNS}`, `${ms(search.p95)} (médiane ${ms(search.median)})`);

    const overdue = await p95(service, 'request.list', { overdue: true, sort: 'dueDate', limit: 50 });
    report(`demandes en retard, 1re page — p95 sur ${RUNS}`, `${ms(overdue.p95)} (médiane ${ms(overdue.median)})`);

    const dueSoon = await p95(service, 'request.dueSoon', { days: 7 });
    report(`échéances à 7 jours et retards (request.dueSoon) — p95 sur ${RUNS}`, `${ms(dueSoon.p95)} (médiane ${ms(dueSoon.median)})`);

    const from = new Date(now.getTime() - 800 * 86_400_000).toISOString().slice(0, 10);
    const to = now.toISOString().slice(0, 10);
    const rssBefore = process.memoryUsage().rss;
    const cpu1 = process.cpuUsage();
    const xlsx = await measure(() => ok<{ base64: string }>(service, 'request.register', { from, to, format: 'xlsx' }));
    report(`registre XLSX des ${COUNT} demandes : durée`, `${ms(xlsx.ms)} (CPU ${ms(process.cpuUsage(cpu1).user / 1000)})`);
    report('registre XLSX : RSS avant l’export', mb(rssBefore));
    report('registre XLSX : pic de mémoire (RSS échantillonnée)', mb(xlsx.peakRss));
    report('registre XLSX : taille du fichier', mb((xlsx.value.base64.length * 3) / 4));
  } finally {
    service.close();
    rmSync(root, { recursive: true, force: true });
  }
}
