/**
 * Maps a request path to a file strictly inside the renderer build folder. Shared by the web server
 * and Electron's app:// protocol. Pure: no file-system access (symlinks are checked when reading,
 * see static-file.ts).
 *
 * Refused (→ null): `..` and `.` segments, dotfiles, encoded slashes or backslashes (`%2F`, `%5C`),
 * NUL bytes, drive letters, malformed percent-encoding, absolute paths smuggled in a segment.
 * A path whose last segment has no extension is a client-side route (`/violations/42`) and gets
 * index.html (single-page application fallback).
 */
import path from 'node:path';

export const INDEX_FILE = 'index.html';

export interface StaticTarget {
  /** Absolute path of the file to send, inside the root. */
  file: string;
  /** True when the request was a client-side route answered with index.html. */
  spaFallback: boolean;
}

/** True when `file` is strictly below `root` (both absolute). */
export function isStrictlyInside(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  return (
    relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative)
  );
}

const FORBIDDEN_IN_SEGMENT = /[\\/\0:]/;

/** Decodes one path segment; null when the encoding is malformed or hides a separator. */
function decodeSegment(raw: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return null;
  }
  if (decoded.length === 0 || decoded.startsWith('.') || FORBIDDEN_IN_SEGMENT.test(decoded)) return null;
  return decoded;
}

/**
 * @param root absolute folder of the renderer build
 * @param pathname the URL path, still percent-encoded, starting with `/` (no query, no fragment)
 */
export function resolveStaticPath(root: string, pathname: string): StaticTarget | null {
  if (!pathname.startsWith('/') || pathname.includes('\\') || pathname.includes('\0')) return null;
  const base = path.resolve(root);
  const index = { file: path.join(base, INDEX_FILE), spaFallback: false };
  const rawSegments = pathname.slice(1).split('/');
  // `/` and `/violations/` (trailing slash) end with an empty segment: treat like the route without it.
  if (rawSegments[rawSegments.length - 1] === '') rawSegments.pop();
  if (rawSegments.length === 0) return index;

  const segments: string[] = [];
  for (const raw of rawSegments) {
    const segment = decodeSegment(raw);
    if (segment === null) return null;
    segments.push(segment);
  }
  const file = path.resolve(base, ...segments);
  if (!isStrictlyInside(base, file)) return null;

  const last = segments[segments.length - 1] ?? '';
  if (!last.includes('.')) return { file: index.file, spaFallback: true };
  return { file, spaFallback: false };
}
