/**
 * The audit pack's worker thread as the service sees it: whatever way the worker ends, the job ends
 * with a French outcome and leaves no file (not even a temporary one) in the vault's packs folder.
 * Worker entries stand in for the real one (ServiceOptions.packWorker), as a bundled build gives its own.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createService } from '../../src-main/service/service';
import type { Service } from '../../src-main/service/types';
import { jobSettled } from '../../src-main/service/handlers/report-jobs';
import { defaultPackWorkerEntry, PACK_WORKER_LIMITS } from '../../src-main/service/handlers/report-pack-thread';
import type { Result } from '../../src-main/shared/result';
import type { JobStatus } from '../../src-main/shared/schemas/pack';
import { ORGANISATION, PASSPHRASE, tempDir, unwrap } from '../helpers/vault';

const ENTRIES = {
  /** Starts writing the ZIP's temporary file, then dies. */
  crash: `import { workerData } from 'node:worker_threads';
import { writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
writeFileSync(join(dirname(workerData.target), '.' + basename(workerData.target) + '.tmp-0123456789ab'), 'PK moitié de paquet');
throw new Error('panne simulée');`,
  /** Keeps every buffer it allocates (1 GiB at most, then it stops by itself). */
  hungry: `const kept = [];
for (let i = 0; i < 1024; i++) kept.push(new Array(128 * 1024).fill(i));
`,
  /** Reports progress, then ends without saying how it ended. */
  silent: `import { parentPort } from 'node:worker_threads';
parentPort.postMessage({ type: 'progress', progress: 40, step: 'Registre des demandes' });`,
} as const;

async function vaultWith(entry: keyof typeof ENTRIES): Promise<{ dir: string; service: Service }> {
  const root = tempDir('dpo-pack-worker-');
  const file = join(root, `${entry}.mjs`);
  writeFileSync(file, ENTRIES[entry]);
  const dir = join(root, 'vault');
  const service = createService({ vaultDir: dir, packWorker: file });
  unwrap(await service.call('vault.create', { organisation: ORGANISATION, user: { username: 'claire', displayName: 'Claire Martin' }, passphrase: PASSPHRASE }));
  return { dir, service };
}

async function packEnding(service: Service): Promise<JobStatus> {
  const { jobId } = unwrap((await service.call('report.auditPackStart', { period: '2026-Q3' })) as Result<{ jobId: string }>);
  await jobSettled(jobId);
  return unwrap((await service.call('report.jobStatus', { jobId })) as Result<JobStatus>);
}

describe('audit pack worker thread', () => {
  const services: Service[] = [];
  afterAll(() => services.forEach((s) => s.close()));

  it('gives the worker a small nursery and a bounded heap (the 400 MB memory target of the pack)', () => {
    expect(PACK_WORKER_LIMITS.maxYoungGenerationSizeMb).toBeLessThanOrEqual(8);
    expect(PACK_WORKER_LIMITS.maxOldGenerationSizeMb).toBeLessThan(400);
  });

  it('starts the worker from the sources by default, and from its own bundle in the desktop build', async () => {
    expect(existsSync(fileURLToPath(defaultPackWorkerEntry()))).toBe(true);
    const config = (await import('../../electron.vite.config')).default as { main?: { build?: { rolldownOptions?: { input?: Record<string, string> } } } };
    expect(config.main?.build?.rolldownOptions?.input?.['pack-worker']).toBe(resolve('src-main/service/handlers/report-pack-worker.ts'));
    expect(readFileSync(resolve('src-main/app/main.ts'), 'utf8')).toMatch(/packWorker = path\.join\(mainDir, 'pack-worker\.js'\)/);
  });

  it('ends the job « failed » when the worker dies half-way, says to start again, and removes the half-written file', async () => {
    const v = await vaultWith('crash');
    services.push(v.service);
    const status = await packEnding(v.service);
    expect(status.state).toBe('failed');
    expect(status.error?.code).toBe('INTERNAL');
    expect(status.error?.message).toMatch(/s’est arrêtée de manière inattendue.*aucun fichier.*Relancez/);
    expect(status.result).toBeNull();
    expect(readdirSync(join(v.dir, 'packs'))).toEqual([]);
  });

  it('stops a worker that runs out of memory and says so in French', async () => {
    const v = await vaultWith('hungry');
    services.push(v.service);
    const status = await packEnding(v.service);
    expect(status.state).toBe('failed');
    expect(status.error?.message).toMatch(/manqué de mémoire.*période plus courte/);
    expect(readdirSync(join(v.dir, 'packs'))).toEqual([]);
  });

  it('never reports « done » for a worker that ended without its pack', async () => {
    const v = await vaultWith('silent');
    services.push(v.service);
    const status = await packEnding(v.service);
    expect(status.state).toBe('failed');
    expect(status.progress).toBeLessThan(100);
    expect(status.result).toBeNull();
  });
});
