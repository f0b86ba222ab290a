import { describe, expect, it } from 'vitest';
import {
  createSessionToken,
  hasValidSession,
  sessionCookieHeader,
  sessionCookieName,
  sessionCookieValues,
  tokensMatch,
} from '../../../src-main/web/session-token';

describe('the web session token', () => {
  it('is 32 random bytes in base64url, different at every run', () => {
    const a = createSessionToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(a, 'base64url')).toHaveLength(32);
    expect(createSessionToken()).not.toBe(a);
  });

  it('matches only the exact token', () => {
    const token = createSessionToken();
    expect(tokensMatch(token, token)).toBe(true);
    expect(tokensMatch(token, token.slice(0, -1))).toBe(false);
    expect(tokensMatch(token, `${token}x`)).toBe(false);
    expect(tokensMatch(token, '')).toBe(false);
    expect(tokensMatch(token, undefined)).toBe(false);
  });

  it('finds the session cookie among others, including duplicates', () => {
    const name = sessionCookieName(4321);
    expect(sessionCookieValues('theme=dark; dpo_session_4321=abc;other=1; dpo_session_4321=def', name)).toEqual(['abc', 'def']);
    expect(sessionCookieValues(undefined, name)).toEqual([]);
    expect(sessionCookieValues('xdpo_session_4321=abc', name)).toEqual([]);
    expect(hasValidSession('dpo_session_4321=stale; dpo_session_4321=good', 'good', name)).toBe(true);
    expect(hasValidSession('dpo_session_4321=stale', 'good', name)).toBe(false);
  });

  it('names the cookie after the port, so two servers on 127.0.0.1 keep their own session', () => {
    expect(sessionCookieName(4321)).toBe('dpo_session_4321');
    expect(sessionCookieName(4322)).not.toBe(sessionCookieName(4321));
    // The other server's cookie is not read, even when it carries the right token.
    expect(hasValidSession('dpo_session_4322=good', 'good', sessionCookieName(4321))).toBe(false);
  });

  it('is an HttpOnly, SameSite=Strict cookie for the whole site', () => {
    expect(sessionCookieHeader('t0k', 'dpo_session_4321')).toBe('dpo_session_4321=t0k; HttpOnly; SameSite=Strict; Path=/');
  });
});
