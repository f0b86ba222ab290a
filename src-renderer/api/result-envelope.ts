/**
 * Run-time check of what comes back over HTTP: a `Result` envelope (shared/result.ts) with a known
 * error code. The value itself is the service's business; the envelope is ours to check.
 */
import { z } from 'zod';
import { ERROR_CODES } from '../../src-main/shared/errors';
import type { Result } from '../../src-main/shared/result';

const FieldIssue = z.object({ path: z.string(), message: z.string() });

const Envelope = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({
    ok: z.literal(false),
    error: z.object({ code: z.enum(ERROR_CODES), message: z.string(), issues: z.array(FieldIssue).optional() }),
  }),
]);

export function parseResultEnvelope(body: unknown): Result<unknown> | null {
  const parsed = Envelope.safeParse(body);
  if (!parsed.success) return null;
  const data = parsed.data;
  if (data.ok) return { ok: true, value: data.value };
  const { code, message, issues } = data.error;
  return { ok: false, error: issues ? { code, message, issues } : { code, message } };
}
