import { z } from 'zod';
import { DEFAULT_MESSAGES, DomainError } from '../shared/errors';
import { fail, type FieldIssue, type Result } from '../shared/result';

export function zodIssues(err: z.ZodError): FieldIssue[] {
  return err.issues.map((i) => ({ path: i.path.map(String).join('.') || '(racine)', message: i.message }));
}

/** Maps anything thrown below the service to a Result with a stable code and a French sentence. */
export function toFailure(err: unknown): Result<never> {
  if (err instanceof DomainError) return fail(err.code, err.message, err.issues);
  if (err instanceof z.ZodError) return fail('VALIDATION', DEFAULT_MESSAGES.VALIDATION, zodIssues(err));
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code.startsWith('SQLITE_')) {
    if (code === 'SQLITE_FULL' || code === 'SQLITE_IOERR_WRITE') return fail('DISK_FULL', DEFAULT_MESSAGES.DISK_FULL);
    if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) return fail('VAULT_CORRUPT', DEFAULT_MESSAGES.VAULT_CORRUPT);
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return fail('VAULT_BUSY', DEFAULT_MESSAGES.VAULT_BUSY);
    if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') return fail('CONFLICT', DEFAULT_MESSAGES.CONFLICT);
  }
  if (typeof code === 'string' && (code === 'ENOSPC' || code === 'EDQUOT')) return fail('DISK_FULL', DEFAULT_MESSAGES.DISK_FULL);
  // Unexpected: report the kind of error only, never the data or the key material.
  const name = err instanceof Error ? err.name : typeof err;
  process.stderr.write(`[dpo] erreur interne (${name}${typeof code === 'string' ? ` ${code}` : ''})\n`);
  if (process.env.DPO_DEBUG === '1' && err instanceof Error) process.stderr.write(`${err.stack ?? ''}\n`);
  return fail('INTERNAL', DEFAULT_MESSAGES.INTERNAL);
}
