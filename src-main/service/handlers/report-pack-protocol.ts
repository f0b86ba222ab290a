/**
 * What the service and the audit pack's worker thread say to each other (report-pack-thread.ts on the
 * service's side, report-pack-worker.ts inside the worker). Plain data only: it is copied between
 * threads by the structured clone algorithm.
 */
import type { ErrorCode } from '../../shared/errors';
import type { Role } from '../../shared/roles';
import type { PackPeriod } from '../../shared/schemas/pack';

/** Given to the worker when it starts. */
export interface PackWorkerData {
  dbPath: string;
  /** The vault's data key: the worker opens its own read-only view of the vault with it. */
  key: Uint8Array;
  nativeBinding?: string;
  period: PackPeriod;
  generatedAt: string;
  generatedBy: string;
  role: Role;
  target: string;
}

/** Sent by the worker while it runs, then once at its end. */
export type PackWorkerMessage =
  | { type: 'progress'; progress: number; step: string }
  | { type: 'done'; size: number; sha256: string }
  | { type: 'failed'; code: ErrorCode; message: string };

/** Sent by the service: stop at the next check, remove what was written, report CANCELLED with this message. */
export interface PackWorkerStop {
  type: 'stop';
  message: string;
}

/** How often the worker reports its progress (the UI polls report.jobStatus about every half second). */
export const PROGRESS_EVERY_MS = 150;
