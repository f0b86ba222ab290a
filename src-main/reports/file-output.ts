/**
 * How a generated document leaves the document layer: as a FileOutput for the API (base64 + SHA-256,
 * so the receiver can check what it got), or as a file written atomically — a temporary file beside
 * the target, fsynced, then renamed over it. A crash, a full disk or a failing generator leaves either
 * the previous file or nothing, never a half-written export (integrity, GDPR Art. 5(1)(f) and 32(1)(b)).
 */
import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { FileOutput } from '../shared/schemas/common';
import { DomainError } from '../shared/errors';

export const MIME = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  zip: 'application/zip',
  csv: 'text/csv; charset=utf-8',
  ics: 'text/calendar; charset=utf-8',
} as const;

export function sha256Hex(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

export function toFileOutput(filename: string, mime: string, buffer: Buffer): FileOutput {
  return { filename, mime, base64: buffer.toString('base64'), sha256: sha256Hex(buffer) };
}

/** Writes into the stream it is given; may end it or leave that to writeFileAtomic. */
export type StreamWriter = (out: Writable) => Promise<void>;

/** Exports hold personal (often health) data: readable by their owner only. */
const FILE_MODE = 0o600;

function translate(error: unknown, target: string): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return new DomainError('DISK_FULL');
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new DomainError('INVALID_STATE', `Impossible d'écrire « ${target} » : accès refusé. Choisissez un dossier où vous avez le droit d'écrire.`);
  }
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new DomainError('INVALID_STATE', `Impossible d'écrire « ${target} » : le dossier n'existe pas. Choisissez un dossier existant.`);
  }
  return error;
}

async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some filesystems refuse fsync on a directory; the rename itself is still atomic.
  }
}

async function fsyncFile(path: string): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Streams `write` into a new file at `path`; resolves once every byte is handed to the OS and the file is closed. */
async function streamToNewFile(path: string, write: StreamWriter): Promise<void> {
  const out = createWriteStream(path, { flags: 'wx', mode: FILE_MODE });
  // A stream error (ENOSPC…) must fail the export even while the writer is awaiting something else.
  const failed = new Promise<never>((_, reject) => out.once('error', reject));
  failed.catch(() => undefined);
  // Later errors (a producer still writing after a failure) are already accounted for.
  out.on('error', () => undefined);
  try {
    await Promise.race([write(out), failed]);
    if (!out.writableEnded) out.end();
    await Promise.race([finished(out), failed]);
    if (!out.closed) await Promise.race([once(out, 'close'), failed]);
  } catch (error) {
    out.destroy();
    if (!out.closed) await once(out, 'close').catch(() => undefined);
    throw error;
  }
}

/**
 * Writes `content` (bytes, or a function streaming into a Writable) to `target` atomically.
 * On any failure the temporary file is removed and the error is rethrown (disk full → DISK_FULL).
 */
export async function writeFileAtomic(target: string, content: Buffer | StreamWriter): Promise<void> {
  const tmp = join(dirname(target), `.${basename(target)}.tmp-${randomBytes(6).toString('hex')}`);
  try {
    if (Buffer.isBuffer(content)) {
      const handle = await open(tmp, 'wx', FILE_MODE);
      try {
        await handle.writeFile(content);
        await handle.sync();
      } finally {
        await handle.close();
      }
    } else {
      await streamToNewFile(tmp, content);
      // fsync applies to the file, whichever descriptor asks: the stream's own is already closed.
      await fsyncFile(tmp);
    }
    await rename(tmp, target);
    await syncDirectory(dirname(target));
  } catch (error) {
    await rm(tmp, { force: true });
    throw translate(error, target);
  }
}
