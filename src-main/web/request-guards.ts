/**
 * Host and Origin checks of the web shell.
 * - Host: defeats DNS rebinding (a hostile site whose name resolves to 127.0.0.1 would otherwise be
 *   "same origin" with the workbench).
 * - Origin on POST: defeats cross-site request forgery even if a cookie leaked.
 */

/** The Host values the server answers to: the loopback address or `localhost`, on its own port. */
export function isAllowedHost(hostHeader: string | undefined, port: number): boolean {
  if (hostHeader === undefined) return false;
  const host = hostHeader.toLowerCase();
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/**
 * True when the request's Origin is the server's own origin as the browser sees it
 * (`http://` + the already validated Host). A missing Origin is refused.
 */
export function isOwnOrigin(originHeader: string | undefined, hostHeader: string | undefined): boolean {
  if (originHeader === undefined || hostHeader === undefined) return false;
  return originHeader.toLowerCase() === `http://${hostHeader.toLowerCase()}`;
}
