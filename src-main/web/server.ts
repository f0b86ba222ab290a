/**
 * The local web shell (`dpo serve`): the renderer build and the service, served to one browser on
 * 127.0.0.1. node:http only.
 *
 * Order of checks for every request: Host (DNS rebinding) → token exchange → session cookie →
 * Origin (POST) → route. Nothing is logged: neither the token nor any request body (the bodies
 * carry personal data, GDPR Art. 5(1)(f) and 32).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Result } from '../shared/result';
import type { Service } from '../service/types';
import { API_PREFIX, handleApiCall } from './api-route';
import { securityHeaders } from './csp';
import { MAX_BODY_BYTES } from './request-body';
import { isAllowedHost, isOwnOrigin } from './request-guards';
import { createSessionToken, hasValidSession, sessionCookieHeader, sessionCookieName, tokensMatch } from './session-token';
import { readStaticFile } from './static-file';
import { resolveStaticPath } from './static-path';

export const LOOPBACK_HOST = '127.0.0.1';

export interface WebServerOptions {
  service: Service;
  /** Folder of the renderer build (index.html and assets). */
  staticDir: string;
  /** 0 (default) lets the system choose a free port. */
  port?: number;
  /** Only the loopback address is accepted: the workbench is never exposed to the network. */
  host?: string;
  /** Body size limit of API calls (default 50 MB); tests lower it. */
  maxBodyBytes?: number;
}

export interface WebServer {
  /** The address to open, with this run's token: `http://127.0.0.1:<port>/?token=…`. Keep it secret. */
  url: string;
  token: string;
  port: number;
  /** Stops listening and closes open connections. Does not close the service (the caller owns it). */
  close(): Promise<void>;
}

const MESSAGES = {
  badHost: (port: number) =>
    `Adresse non autorisée : ouvrez l'adresse affichée par « dpo serve » (http://127.0.0.1:${port}/…).`,
  badRequest: 'Requête invalide : ouvrez l’adresse affichée par « dpo serve ».',
  badToken: 'Jeton invalide ou périmé : ouvrez l’adresse complète affichée au dernier lancement de « dpo serve ».',
  noSession:
    'Session absente : ouvrez l’adresse complète affichée par « dpo serve » (elle contient « ?token=… »). Chaque lancement crée un nouveau jeton.',
  badOrigin: 'Requête refusée : elle ne vient pas de la page du poste de travail. Rechargez la page depuis l’adresse de « dpo serve ».',
  notAllowed: 'Méthode HTTP non autorisée pour cette adresse.',
  notFound: 'Fichier introuvable.',
  noRenderer:
    "L'interface n'a pas été construite : lancez « npm run build:renderer » puis relancez « dpo serve ».",
  internal: 'Erreur inattendue du serveur local : relancez « dpo serve ».',
} as const;

type Headers = Record<string, string>;

function send(res: ServerResponse, status: number, headers: Headers, body?: Buffer | string, headOnly = false): void {
  const payload = body === undefined ? undefined : typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  res.writeHead(status, {
    ...securityHeaders(),
    ...headers,
    ...(payload ? { 'Content-Length': String(payload.length) } : {}),
  });
  res.end(headOnly ? undefined : payload);
}

function sendText(res: ServerResponse, status: number, message: string, extra: Headers = {}): void {
  send(res, status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...extra }, message);
}

function sendResult(res: ServerResponse, status: number, result: Result<unknown>, extra: Headers = {}): void {
  send(
    res,
    status,
    { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...extra },
    JSON.stringify(result),
  );
}

/** Splits `req.url` (origin-form only: it must start with a single `/`). */
function splitTarget(target: string | undefined): { pathname: string; query: URLSearchParams } | null {
  if (!target || !target.startsWith('/') || target.startsWith('//')) return null;
  const q = target.indexOf('?');
  const pathname = q < 0 ? target : target.slice(0, q);
  const query = new URLSearchParams(q < 0 ? '' : target.slice(q + 1));
  return { pathname, query };
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const { service, staticDir, port: requestedPort = 0, host = LOOPBACK_HOST, maxBodyBytes = MAX_BODY_BYTES } = options;
  if (host !== LOOPBACK_HOST) {
    throw new Error(
      `Le serveur local n'écoute que sur ${LOOPBACK_HOST} (adresse reçue : ${host}) : il ne doit jamais être joignable depuis le réseau.`,
    );
  }
  const token = createSessionToken();
  let port = requestedPort;

  async function serveStatic(res: ServerResponse, pathname: string, headOnly: boolean): Promise<void> {
    const target = resolveStaticPath(staticDir, pathname);
    if (!target) return sendText(res, 404, MESSAGES.notFound);
    const file = await readStaticFile(staticDir, target.file);
    if (!file) return sendText(res, 404, target.spaFallback || pathname === '/' ? MESSAGES.noRenderer : MESSAGES.notFound);
    send(res, 200, { 'Content-Type': file.contentType, 'Cache-Control': 'no-cache' }, file.body, headOnly);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const hostHeader = req.headers.host;
    if (!isAllowedHost(hostHeader, port)) return sendText(res, 421, MESSAGES.badHost(port));
    const target = splitTarget(req.url);
    if (!target) return sendText(res, 400, MESSAGES.badRequest);
    const method = req.method ?? 'GET';
    const isRead = method === 'GET' || method === 'HEAD';

    // Token exchange: the printed URL carries the token once; the cookie carries it afterwards and
    // the redirect removes it from the address bar and the history.
    const offered = target.query.get('token');
    if (isRead && offered !== null) {
      if (!tokensMatch(token, offered)) return sendText(res, 401, MESSAGES.badToken);
      return send(res, 303, { Location: '/', 'Set-Cookie': sessionCookieHeader(token, sessionCookieName(port)), 'Cache-Control': 'no-store' });
    }

    if (!hasValidSession(req.headers.cookie, token, sessionCookieName(port))) return sendText(res, 401, MESSAGES.noSession);

    if (target.pathname.startsWith(API_PREFIX)) {
      if (method !== 'POST') return sendText(res, 405, MESSAGES.notAllowed, { Allow: 'POST' });
      if (!isOwnOrigin(req.headers.origin, hostHeader)) return sendText(res, 403, MESSAGES.badOrigin);
      const reply = await handleApiCall(service, target.pathname, req, maxBodyBytes);
      // After a refused oversized body the rest of the upload is not read: close the connection.
      return sendResult(res, reply.status, reply.result, reply.status === 413 ? { Connection: 'close' } : {});
    }
    if (!isRead) return sendText(res, 405, MESSAGES.notAllowed, { Allow: 'GET, HEAD' });
    return serveStatic(res, target.pathname, method === 'HEAD');
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) sendText(res, 500, MESSAGES.internal);
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(requestedPort, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://${LOOPBACK_HOST}:${port}/?token=${token}`,
    token,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
