/**
 * The value every contract method returns across a boundary (IPC, HTTP, CLI).
 * Handlers never throw to a shell: the service turns every failure into `{ ok: false }`.
 */
import type { ErrorCode } from './errors';

export interface FieldIssue {
  /** Dotted path of the offending field, e.g. `organisation.siren`. */
  path: string;
  /** French sentence that says what to fix. */
  message: string;
}

export interface AppError {
  code: ErrorCode;
  /** French sentence: what happened and what to do. */
  message: string;
  issues?: FieldIssue[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, issues?: FieldIssue[]): Result<never> => ({
  ok: false,
  error: issues && issues.length > 0 ? { code, message, issues } : { code, message },
});
