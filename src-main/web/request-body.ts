/** Reads a JSON request body with a size limit, without ever keeping more than the limit in memory. */
import type { IncomingMessage } from 'node:http';

/** Largest accepted body: an audit-pack request or an imported attachment fits well below it. */
export const MAX_BODY_BYTES = 50 * 1024 * 1024;

export type BodyOutcome =
  | { kind: 'json'; value: unknown }
  | { kind: 'too-large' }
  | { kind: 'invalid-json' }
  | { kind: 'aborted' };

export function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<BodyOutcome> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) return Promise.resolve({ kind: 'too-large' });

  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (outcome: BodyOutcome): void => {
      if (settled) return;
      settled = true;
      resolve(outcome);
    };
    req.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > maxBytes) {
        chunks.length = 0;
        req.pause();
        settle({ kind: 'too-large' });
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      if (text.trim() === '') {
        settle({ kind: 'json', value: undefined });
        return;
      }
      try {
        settle({ kind: 'json', value: JSON.parse(text) as unknown });
      } catch {
        settle({ kind: 'invalid-json' });
      }
    });
    req.on('error', () => settle({ kind: 'aborted' }));
    req.on('close', () => settle({ kind: 'aborted' }));
  });
}
