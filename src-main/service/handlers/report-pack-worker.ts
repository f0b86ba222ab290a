/**
 * The audit pack's worker thread: opens its own read-only view of the vault, writes the pack
 * (report-pack-job.ts) and reports progress and outcome to the service (report-pack-thread.ts).
 *
 * The generation runs here rather than on the service's thread for memory and responsiveness: pdfkit
 * and exceljs leave a lot of short-lived garbage, which a worker with its own, bounded heap collects
 * as it goes (issue 7: under 400 MB for a one-year pack of 100 000 requests), and which is handed
 * back whole when the worker ends; the service's own thread keeps answering calls meanwhile.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { DomainError } from '../../shared/errors';
import { toFailure } from '../errors';
import { generatePack, type PackWork } from './report-pack-job';
import { PROGRESS_EVERY_MS, type PackWorkerData, type PackWorkerMessage, type PackWorkerStop } from './report-pack-protocol';
import { openReadSnapshot, type ReadSnapshot } from './report-snapshot';

async function main(port: NonNullable<typeof parentPort>, data: PackWorkerData): Promise<void> {
  const post = (message: PackWorkerMessage): void => port.postMessage(message);
  const abort = new AbortController();
  port.on('message', (command: PackWorkerStop) => {
    if (command.type === 'stop') abort.abort(new DomainError('CANCELLED', command.message));
  });
  // Listening must not keep the worker alive once the pack is written: it ends with its work.
  port.unref();
  const work: PackWork = { period: data.period, signal: abort.signal, progress: 3, step: 'Vue cohérente du coffre ouverte' };
  let reported = '';
  const report = (): void => {
    const now = `${Math.floor(work.progress)}|${work.step}`;
    if (now === reported) return;
    reported = now;
    post({ type: 'progress', progress: work.progress, step: work.step });
  };
  const ticker = setInterval(report, PROGRESS_EVERY_MS);
  let snapshot: ReadSnapshot | null = null;
  try {
    const key = Buffer.from(data.key);
    snapshot = openReadSnapshot(data.dbPath, key, data.nativeBinding);
    key.fill(0);
    report();
    const written = await generatePack({ job: work, snapshot, generatedAt: new Date(data.generatedAt), generatedBy: data.generatedBy, role: data.role, target: data.target });
    post({ type: 'done', size: written.size, sha256: written.sha256 });
  } catch (error) {
    const failure = toFailure(error);
    post(failure.ok ? { type: 'failed', code: 'INTERNAL', message: 'Erreur inattendue.' } : { type: 'failed', code: failure.error.code, message: failure.error.message });
  } finally {
    clearInterval(ticker);
    snapshot?.close();
  }
}

if (parentPort) await main(parentPort, workerData as PackWorkerData);
