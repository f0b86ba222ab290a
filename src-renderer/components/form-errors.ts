/** Field errors keyed by dotted path (`organisation.siren`), from zod (before sending) or the service. */
import type { z } from 'zod';
import type { FieldIssue } from '../../src-main/shared/result';
import { ApiError } from '../api/api-error';

export type FieldErrors = Readonly<Record<string, string>>;

/** First message per path: one clear sentence per field is enough. */
export function issuesToFieldErrors(issues: readonly FieldIssue[]): FieldErrors {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    if (!(issue.path in errors)) errors[issue.path] = issue.message;
  }
  return errors;
}

export function zodFieldErrors(error: z.ZodError): FieldErrors {
  return issuesToFieldErrors(error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })));
}

/** The field issues carried by a failed call, if any. */
export function apiFieldErrors(error: unknown): FieldErrors {
  return error instanceof ApiError ? issuesToFieldErrors(error.appError.issues ?? []) : {};
}

/** Re-keys errors under a prefix removed (`organisation.siren` → `siren`). */
export function withoutPrefix(errors: FieldErrors, prefix: string): FieldErrors {
  const result: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    if (path.startsWith(prefix)) result[path.slice(prefix.length)] = message;
  }
  return result;
}
