/**
 * The app:// protocol handler: serves the renderer build with the same security headers (and CSP)
 * as the web shell. Only GET and HEAD; anything outside the renderer folder is a 404.
 */
import { securityHeaders } from '../web/csp';
import { readStaticFile } from '../web/static-file';
import { appProtocolPath } from './security';

/** What the handler reads of Electron's protocol request (a standard fetch Request). */
export interface AppRequest {
  readonly url: string;
  readonly method: string;
}

function textResponse(status: number, message: string): Response {
  return new Response(message, {
    status,
    headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

export async function appProtocolResponse(rendererDir: string, request: AppRequest): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return textResponse(405, 'Méthode non autorisée.');
  }
  const file = appProtocolPath(rendererDir, request.url);
  const content = file === null ? null : await readStaticFile(rendererDir, file);
  if (content === null) return textResponse(404, 'Fichier introuvable dans l’application.');
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(content.body), {
    status: 200,
    headers: { ...securityHeaders(), 'Content-Type': content.contentType, 'Cache-Control': 'no-cache' },
  });
}
