/**
 * What an evidence file really is, from its first bytes (« magic numbers »), never from its name
 * alone: a renamed executable must not enter the vault as a « PDF ». DOCX and XLSX are ZIP packages
 * told apart by their parts (ECMA-376: `word/…` or `xl/…` next to `[Content_Types].xml`). Plain text
 * has no signature: it must be valid UTF-8 without control characters other than tab and line breaks.
 */
import type { EvidenceKind } from '../../shared/schemas/control';

export const EVIDENCE_MIME: Readonly<Record<EvidenceKind, string>> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  txt: 'text/plain; charset=utf-8',
};

export const EVIDENCE_EXTENSIONS: Readonly<Record<EvidenceKind, readonly string[]>> = {
  pdf: ['pdf'],
  png: ['png'],
  jpeg: ['jpg', 'jpeg'],
  docx: ['docx'],
  xlsx: ['xlsx'],
  txt: ['txt'],
};

export const EVIDENCE_NAMES: Readonly<Record<EvidenceKind, string>> = {
  pdf: 'un PDF',
  png: 'une image PNG',
  jpeg: 'une image JPEG',
  docx: 'un document Word (DOCX)',
  xlsx: 'un classeur Excel (XLSX)',
  txt: 'un fichier texte (TXT)',
};

const startsWith = (buf: Buffer, bytes: readonly number[]): boolean => buf.length >= bytes.length && bytes.every((b, i) => buf[i] === b);

/** Entry names from a ZIP's central directory; null when the archive is not readable. */
export function zipEntryNames(buf: Buffer): string[] | null {
  const EOCD = 0x06054b50;
  const CENTRAL = 0x02014b50;
  // The end-of-central-directory record is 22 bytes plus a comment of at most 65 535 bytes.
  const lowest = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= lowest; i--) {
    if (buf.readUInt32LE(i) !== EOCD) continue;
    const count = buf.readUInt16LE(i + 10);
    const size = buf.readUInt32LE(i + 12);
    let p = buf.readUInt32LE(i + 16);
    if (p + size > i) return null;
    const names: string[] = [];
    for (let n = 0; n < count; n++) {
      if (p + 46 > i || buf.readUInt32LE(p) !== CENTRAL) return null;
      const nameLength = buf.readUInt16LE(p + 28);
      const extraLength = buf.readUInt16LE(p + 30);
      const commentLength = buf.readUInt16LE(p + 32);
      names.push(buf.toString('utf8', p + 46, p + 46 + nameLength));
      p += 46 + nameLength + extraLength + commentLength;
    }
    return names;
  }
  return null;
}

function isPlainText(buf: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return false;
  }
  for (const byte of buf) {
    // NUL and C0 controls other than tab, line feed, form feed and carriage return betray a binary file.
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) return false;
    if (byte === 0x7f) return false;
  }
  return true;
}

/** The kind the content proves, or null when it is none of the accepted kinds. */
export function detectEvidenceKind(buf: Buffer): EvidenceKind | null {
  if (startsWith(buf, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  if (startsWith(buf, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(buf, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(buf, [0x50, 0x4b, 0x03, 0x04])) {
    const names = zipEntryNames(buf);
    if (!names || !names.includes('[Content_Types].xml')) return null;
    if (names.some((n) => n.startsWith('word/'))) return 'docx';
    if (names.some((n) => n.startsWith('xl/'))) return 'xlsx';
    return null;
  }
  return isPlainText(buf) ? 'txt' : null;
}

/** Lower-case extension of a file name, '' when it has none. */
export function extensionOf(filename: string): string {
  const dot = filename.lastIndexOf('.');
  return dot <= 0 ? '' : filename.slice(dot + 1).toLowerCase();
}

/** The kind a file name announces, from its extension. */
export function kindOfExtension(ext: string): EvidenceKind | null {
  for (const [kind, exts] of Object.entries(EVIDENCE_EXTENSIONS) as [EvidenceKind, readonly string[]][]) {
    if (exts.includes(ext)) return kind;
  }
  return null;
}
