/**
 * The Content Security Policy and the security headers shared by both shells (Electron's app://
 * protocol and the loopback web server), so the renderer runs under the same rules everywhere.
 *
 * Why so strict: the renderer shows data about people (health data, GDPR Art. 9) and can reach every
 * service method. No inline script or style, no eval, no remote origin: an injected string in a
 * breach description can neither run nor send anything anywhere (GDPR Art. 32(1): security of
 * processing; Electron security checklist item 7 "Define a Content Security Policy").
 */

/** Directive → sources, in the order they are written. `default-src 'none'` denies what is not listed. */
const CSP_DIRECTIVES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['default-src', ["'none'"]],
  ['script-src', ["'self'"]],
  ['style-src', ["'self'"]],
  ['img-src', ["'self'", 'data:', 'blob:']],
  ['font-src', ["'self'", 'data:']],
  // The web shell calls POST /api/<method> on its own origin; Electron uses IPC, not fetch.
  ['connect-src', ["'self'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'none'"]],
  ['form-action', ["'none'"]],
  ['frame-ancestors', ["'none'"]],
];

/** The CSP header value, identical in Electron and in web mode. */
export function contentSecurityPolicy(): string {
  return CSP_DIRECTIVES.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/** Headers sent with every response of both shells (static files, API, errors). */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
  };
}
