import { describe, expect, it } from 'vitest';
import {
  createSessionToken,
  hasValidSession,
  sessionCookieHeader,
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
    expect(sessionCookieValues('theme=dark; dpo_session=abc;other=1; dpo_session=def')).toEqual(['abc', 'def']);
    expect(sessionCookieValues(undefined)).toEqual([]);
    expect(sessionCookieValues('xdpo_session=abc')).toEqual([]);
    expect(hasValidSession('dpo_session=stale; dpo_session=good', 'good')).toBe(true);
    expect(hasValidSession('dpo_session=stale', 'good')).toBe(false);
  });

  it('is an HttpOnly, SameSite=Strict cookie for the whole site', () => {
    expect(sessionCookieHeader('t0k')).toBe('dpo_session=t0k; HttpOnly; SameSite=Strict; Path=/');
  });
});
