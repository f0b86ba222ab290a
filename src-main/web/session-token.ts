/**
 * The per-run secret of the web shell. Anyone on the machine can reach 127.0.0.1, and any web page
 * the DPO visits can send requests to it: only the browser that opened the printed URL may use the
 * service (GDPR Art. 32(1)(b): confidentiality of processing systems).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Prefix of the session cookie's name; the port follows it (see sessionCookieName). */
export const SESSION_COOKIE_PREFIX = 'dpo_session';

/**
 * Cookies are shared by every port of a host (RFC 6265 §8.5): two `dpo serve` on 127.0.0.1 with one
 * cookie name would overwrite each other's session. The port in the name keeps them apart.
 */
export function sessionCookieName(port: number): string {
  return `${SESSION_COOKIE_PREFIX}_${port}`;
}

/** 32 random bytes, base64url: unguessable, URL- and cookie-safe. */
export function createSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Constant-time comparison. Both sides are hashed first so that their lengths are equal and the
 * time taken reveals neither the token's length nor its prefix.
 */
export function tokensMatch(expected: string, candidate: string | undefined): boolean {
  if (candidate === undefined) return false;
  const a = createHash('sha256').update(expected, 'utf8').digest();
  const b = createHash('sha256').update(candidate, 'utf8').digest();
  return timingSafeEqual(a, b);
}

/** Every value of the session cookie in a `Cookie` header (a browser may send several). */
export function sessionCookieValues(cookieHeader: string | undefined, name: string): string[] {
  if (!cookieHeader) return [];
  const values: string[] = [];
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) values.push(part.slice(eq + 1).trim());
  }
  return values;
}

/** True when one of the request's session cookies carries this run's token. */
export function hasValidSession(cookieHeader: string | undefined, token: string, name: string): boolean {
  let valid = false;
  // No early exit: every candidate is compared, whatever the outcome.
  for (const value of sessionCookieValues(cookieHeader, name)) valid = tokensMatch(token, value) || valid;
  return valid;
}

/**
 * HttpOnly: page scripts cannot read it. SameSite=Strict: other sites' pages cannot make the browser
 * send it. No `Secure`: the loopback server speaks plain HTTP, which never leaves the machine.
 */
export function sessionCookieHeader(token: string, name: string): string {
  return `${name}=${token}; HttpOnly; SameSite=Strict; Path=/`;
}
