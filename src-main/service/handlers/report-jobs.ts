/**
 * Background jobs of the service (the audit pack): they run beside the service's call queue, on their
 * own snapshot of the vault, so that every other call keeps working while a pack is made. A job
 * belongs to the user and the unlocked vault that started it; locking the vault cancels it (its
 * snapshot connection holds the data key).
 */
import { rmSync } from 'node:fs';
import { DomainError, type ErrorCode } from '../../shared/errors';
import type { JobState, JobStatus, PackPeriod } from '../../shared/schemas/pack';
import type { Vault } from '../../store/vault';
import type { HandlerContext } from '../context';

export interface JobResultFile {
  /** Where the finished ZIP waits to be collected (inside the vault folder, owner-only). */
  path: string;
  filename: string;
  size: number;
  sha256: string;
}

export interface PackJob {
  readonly id: string;
  readonly owner: string;
  readonly vault: Vault;
  readonly period: PackPeriod;
  readonly startedAt: string;
  readonly abort: AbortController;
  state: JobState;
  progress: number;
  step: string;
  finishedAt: string | null;
  error: { code: ErrorCode; message: string } | null;
  result: JobResultFile | null;
  /** Settles when the job ends, whatever the outcome (never rejects). */
  settled: Promise<void>;
}

/** Finished jobs kept for their status; older ones are forgotten. */
const KEEP_FINISHED = 20;
const jobs = new Map<string, PackJob>();

export function registerJob(job: PackJob): void {
  jobs.set(job.id, job);
  const finished = [...jobs.values()].filter((j) => j.state !== 'running');
  for (const old of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) jobs.delete(old.id);
}

/** The job `id` of the caller's session; NOT_FOUND for another user's or another vault's job. */
export function jobOf(ctx: HandlerContext, id: string): PackJob {
  const job = jobs.get(id);
  if (!job || job.vault !== ctx.session.vault() || job.owner !== ctx.session.user().username) {
    throw new DomainError('NOT_FOUND', `Aucune génération « ${id} » dans cette session : elle a été lancée par un autre utilisateur, ou le coffre a été verrouillé depuis. Relancez-la.`);
  }
  return job;
}

/** Resolves when job `id` has ended (shutdown of a shell, tests); undefined for an unknown job. */
export function jobSettled(id: string): Promise<void> | undefined {
  return jobs.get(id)?.settled;
}

/** Whether a file of the packs folder belongs to a job of this process (named after its id). */
export function isKnownJobFile(name: string): boolean {
  return jobs.has(name.replace(/\..*$/, ''));
}

export function runningJobOf(vault: Vault): PackJob | undefined {
  return [...jobs.values()].find((j) => j.vault === vault && j.state === 'running');
}

export function statusOf(job: PackJob): JobStatus {
  return {
    jobId: job.id,
    kind: 'auditPack',
    period: { spec: job.period.spec, kind: job.period.kind, from: job.period.from, to: job.period.to, label: job.period.label },
    state: job.state,
    progress: Math.max(0, Math.min(100, Math.floor(job.progress))),
    step: job.step,
    startedAt: job.startedAt,
    finishedAt: job.finishedAt,
    error: job.error ? { code: job.error.code, message: job.error.message } : null,
    result: job.result ? { filename: job.result.filename, size: job.result.size, sha256: job.result.sha256 } : null,
  };
}

/** A finished pack not collected within this time is deleted (it holds personal data in clear). */
export const UNCOLLECTED_TTL_MS = 60 * 60 * 1000;
const WATCH_MS = 1000;

/**
 * Watches a finished pack until it is collected: deleted as soon as the vault is locked, or after
 * UNCOLLECTED_TTL_MS on the vault's clock (data minimisation and security, GDPR Art. 5(1)(c), 32).
 */
export function guardUncollected(job: PackJob): void {
  const finished = job.vault.now().getTime();
  const timer = setInterval(() => {
    const result = job.result;
    if (!result) {
      clearInterval(timer);
      return;
    }
    const locked = !job.vault.isOpen;
    if (!locked && job.vault.now().getTime() - finished < UNCOLLECTED_TTL_MS) return;
    clearInterval(timer);
    rmSync(result.path, { force: true });
    job.result = null;
    job.state = 'cancelled';
    job.error = {
      code: 'CANCELLED',
      message: locked ? 'Le coffre a été verrouillé avant la récupération du paquet : son fichier a été supprimé. Relancez la génération.' : 'Paquet non récupéré dans l’heure : son fichier a été supprimé. Relancez la génération.',
    };
  }, WATCH_MS);
  timer.unref();
}
