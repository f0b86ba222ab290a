/** What the audit-pack panel shows for a job status (pure, so each state is tested). */
import type { JobStatus } from '../../../src-main/shared/schemas/pack';

/** How often the job's progress is read while it runs. */
export const POLL_MS = 500;

export type PackView =
  | { kind: 'idle' }
  | { kind: 'running'; progress: number; step: string }
  | { kind: 'done'; filename: string; size: number; sha256: string }
  | { kind: 'failed'; message: string }
  | { kind: 'cancelled' };

export function packView(status: JobStatus | undefined): PackView {
  if (!status) return { kind: 'idle' };
  switch (status.state) {
    case 'running':
      return { kind: 'running', progress: status.progress, step: status.step };
    case 'done':
      return status.result ? { kind: 'done', ...status.result } : { kind: 'failed', message: status.error?.message ?? status.step };
    case 'failed':
      return { kind: 'failed', message: status.error?.message ?? status.step };
    case 'cancelled':
      return { kind: 'cancelled' };
  }
}

/** Keep polling while the job runs; stop once it has an outcome. */
export function shouldPoll(status: JobStatus | undefined): boolean {
  return status === undefined || status.state === 'running';
}
