/**
 * The service's side of an audit pack's generation: starts the worker thread (report-pack-worker.ts)
 * with a bounded heap, relays its progress into the job, tells it to stop when the user cancels or the
 * vault is locked, and records the outcome. The job settles only once the worker has ended, so that its
 * read-only connection (which holds the data key) and its files are gone by then.
 */
import { readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { ErrorCode } from '../../shared/errors';
import type { Role } from '../../shared/roles';
import { packFileName } from '../../reports/pack/names';
import { guardUncollected, type PackJob } from './report-jobs';
import type { PackWorkerData, PackWorkerMessage, PackWorkerStop } from './report-pack-protocol';

/**
 * The worker's heap. The pack's live data stays under 140 MB (rows are streamed; the summary's request
 * statistics are the largest thing held). The young generation is what decides the peak: pdfkit and
 * exceljs allocate short-lived strings and buffers at a high rate, and a small nursery (8 MB) makes V8
 * collect them as it goes. The old generation's bound stops a runaway worker (it then fails in French)
 * without forcing full collections on the way. Measured on the one-year benchmark pack
 * (`npm run bench -- --only pack`, docs/decisions.md): no limits 27 s / 506 MB; nursery 32 MB
 * 31 s / 439 MB; nursery 8 MB with this old generation 32–39 s / 370–387 MB (490 MB when the pack
 * ran in the service's own thread).
 */
export const PACK_WORKER_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 320, maxYoungGenerationSizeMb: 8 };

/** The worker's entry: from the TypeScript sources unless the shell gives its build's (Electron). */
export function defaultPackWorkerEntry(): URL {
  return new URL('./report-pack-worker-source.mjs', import.meta.url);
}

export const CANCELLED_MESSAGE = 'Génération du paquet d’audit annulée : aucun fichier n’a été écrit.';
export const LOCKED_MESSAGE = 'Le coffre a été verrouillé pendant la génération : elle a été arrêtée et aucun fichier n’a été écrit.';
const OUT_OF_MEMORY_MESSAGE =
  'La génération du paquet d’audit a manqué de mémoire et a été arrêtée : aucun fichier n’a été écrit. Choisissez une période plus courte (un trimestre) ou fermez d’autres applications.';
const CRASHED_MESSAGE = 'La génération du paquet d’audit s’est arrêtée de manière inattendue : aucun fichier n’a été écrit. Relancez-la.';

export interface PackThreadRun {
  job: PackJob;
  workerEntry: URL | string;
  dbPath: string;
  key: Buffer;
  nativeBinding?: string;
  generatedAt: Date;
  generatedBy: string;
  role: Role;
  /** Where the finished ZIP is written (atomically, by the worker). */
  target: string;
}

type Outcome = { ok: true; size: number; sha256: string } | { ok: false; code: ErrorCode; message: string };

/** The ZIP and any temporary file of it (`.<name>.tmp-…`, reports/file-output.ts) are removed. */
function removeOutputs(target: string): void {
  rmSync(target, { force: true });
  const prefix = `.${basename(target)}.tmp-`;
  try {
    for (const name of readdirSync(dirname(target))) if (name.startsWith(prefix)) rmSync(join(dirname(target), name), { force: true });
  } catch {
    // the folder is gone with the vault
  }
}

/** Runs the worker to its end: the outcome it reported, or why it ended without one. */
function runWorker(run: PackThreadRun): Promise<Outcome> {
  const { job } = run;
  const data: PackWorkerData = {
    dbPath: run.dbPath,
    key: new Uint8Array(run.key),
    nativeBinding: run.nativeBinding,
    period: job.period,
    generatedAt: run.generatedAt.toISOString(),
    generatedBy: run.generatedBy,
    role: run.role,
    target: run.target,
  };
  return new Promise((resolve) => {
    let outcome: Outcome | null = null;
    let crash: Outcome | null = null;
    const worker = new Worker(run.workerEntry, { workerData: data, resourceLimits: PACK_WORKER_LIMITS, stdout: false, stderr: false });
    data.key.fill(0);
    let stopped = false;
    const stop = (message: string): void => {
      if (stopped) return;
      stopped = true;
      worker.postMessage({ type: 'stop', message } satisfies PackWorkerStop);
    };
    const onAbort = (): void => stop(CANCELLED_MESSAGE);
    job.abort.signal.addEventListener('abort', onAbort, { once: true });
    if (job.abort.signal.aborted) onAbort();
    // Locking the vault stops the job: its connection holds the data key.
    const lockWatch = setInterval(() => {
      if (!job.vault.isOpen) stop(LOCKED_MESSAGE);
    }, 200);
    lockWatch.unref();
    worker.on('message', (message: PackWorkerMessage) => {
      if (message.type === 'progress') {
        job.progress = Math.max(job.progress, Math.min(99, message.progress));
        job.step = message.step;
      } else if (message.type === 'done') {
        outcome = { ok: true, size: message.size, sha256: message.sha256 };
      } else {
        outcome = { ok: false, code: message.code, message: message.message };
      }
    });
    worker.on('error', (error: Error & { code?: string }) => {
      crash = { ok: false, code: 'INTERNAL', message: error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? OUT_OF_MEMORY_MESSAGE : CRASHED_MESSAGE };
    });
    worker.on('exit', () => {
      clearInterval(lockWatch);
      job.abort.signal.removeEventListener('abort', onAbort);
      resolve(outcome ?? crash ?? { ok: false, code: 'INTERNAL', message: CRASHED_MESSAGE });
    });
  });
}

/** Runs the job to its end; never rejects (the outcome is in the job's state). */
export async function runAuditPack(run: PackThreadRun): Promise<void> {
  const { job } = run;
  let outcome: Outcome;
  try {
    outcome = await runWorker(run);
  } catch {
    outcome = { ok: false, code: 'INTERNAL', message: CRASHED_MESSAGE };
  }
  if (outcome.ok && job.vault.isOpen) {
    job.result = { path: run.target, filename: packFileName(job.period), size: outcome.size, sha256: outcome.sha256 };
    job.progress = 100;
    job.step = 'Paquet d’audit prêt';
    job.state = 'done';
    guardUncollected(job);
  } else {
    removeOutputs(run.target);
    const failure = outcome.ok ? { code: 'CANCELLED' as const, message: LOCKED_MESSAGE } : outcome;
    job.state = failure.code === 'CANCELLED' ? 'cancelled' : 'failed';
    job.error = { code: failure.code, message: failure.message };
    job.step = job.state === 'cancelled' ? 'Génération annulée' : 'Génération échouée';
  }
  job.finishedAt = job.vault.now().toISOString();
}
