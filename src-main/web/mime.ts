/**
 * Content types of the files a Vite build of the renderer contains. Served with
 * `X-Content-Type-Options: nosniff`, so a wrong type would stop the file from loading: unknown
 * extensions are sent as opaque bytes, never guessed.
 */
const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

export const FALLBACK_MIME_TYPE = 'application/octet-stream';

/** The Content-Type for a file name, from its (case-insensitive) extension. */
export function mimeType(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  const slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
  if (dot <= slash) return FALLBACK_MIME_TYPE;
  return MIME_TYPES[fileName.slice(dot).toLowerCase()] ?? FALLBACK_MIME_TYPE;
}
