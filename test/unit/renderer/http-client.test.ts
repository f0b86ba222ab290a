import { describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../../src-main/shared/contract';
import {
  createHttpClient,
  NETWORK_ERROR_MESSAGE,
  SESSION_EXPIRED_MESSAGE,
} from '../../../src-renderer/api/http-client';

interface Call {
  url: string;
  init: RequestInit | undefined;
}

function fakeFetch(respond: (call: Call) => Response | Promise<Response>) {
  const calls: Call[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const call = { url: String(input), init };
    calls.push(call);
    return respond(call);
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('HTTP client (window.dpo in the browser)', () => {
  it('has one function per contract method and nothing else, frozen', () => {
    const api = createHttpClient({ fetch: fakeFetch(() => json({ ok: true, value: null })).fetch });
    expect(Object.keys(api).sort()).toEqual([...METHOD_NAMES].sort());
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('posts the input as JSON to /api/<method> with same-origin credentials', async () => {
    const { fetch, calls } = fakeFetch(() => json({ ok: true, value: { username: 'cmartin', displayName: 'C. Martin', role: 'dpo' } }));
    const api = createHttpClient({ fetch });
    const result = await api['session.unlock']({ username: 'cmartin', passphrase: 'violon marée granit' });
    expect(result).toEqual({ ok: true, value: { username: 'cmartin', displayName: 'C. Martin', role: 'dpo' } });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe('/api/session.unlock');
    expect(calls[0]?.init?.method).toBe('POST');
    expect(calls[0]?.init?.credentials).toBe('same-origin');
    expect(JSON.parse(String(calls[0]?.init?.body))).toEqual({ username: 'cmartin', passphrase: 'violon marée granit' });
  });

  it('sends an empty object when a method takes no input', async () => {
    const { fetch, calls } = fakeFetch(() => json({ ok: true, value: null }));
    await createHttpClient({ fetch })['session.lock']();
    expect(calls[0]?.init?.body).toBe('{}');
  });

  it('passes a failed Result through unchanged, whatever the HTTP status', async () => {
    const failure = {
      ok: false,
      error: { code: 'WRONG_PASSPHRASE', message: 'Nom d’utilisateur ou phrase secrète incorrects.', issues: [{ path: 'passphrase', message: 'Incorrecte.' }] },
    };
    const api = createHttpClient({ fetch: fakeFetch(() => json(failure, 401)).fetch });
    expect(await api['session.unlock']({ username: 'x1', passphrase: 'y' })).toEqual(failure);
  });

  it('turns a network failure into an INTERNAL Result with a French message', async () => {
    const api = createHttpClient({
      fetch: fakeFetch(() => {
        throw new TypeError('Failed to fetch');
      }).fetch,
    });
    expect(await api['session.state']()).toEqual({ ok: false, error: { code: 'INTERNAL', message: NETWORK_ERROR_MESSAGE } });
  });

  it('refuses an answer that is not a Result envelope', async () => {
    const api = createHttpClient({ fetch: fakeFetch(() => new Response('<html>proxy</html>', { status: 502 })).fetch });
    const result = await api['session.state']();
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('INTERNAL');
      expect(result.error.message).toContain('HTTP 502');
    }
  });

  it('refuses an unknown error code', async () => {
    const api = createHttpClient({ fetch: fakeFetch(() => json({ ok: false, error: { code: 'TEAPOT', message: 'x' } })).fetch });
    const result = await api['session.state']();
    expect(result.ok ? null : result.error.code).toBe('INTERNAL');
  });

  it('explains a refused session cookie (web token missing)', async () => {
    const api = createHttpClient({ fetch: fakeFetch(() => new Response('Jeton manquant', { status: 401 })).fetch });
    expect(await api['vault.status']()).toEqual({ ok: false, error: { code: 'INTERNAL', message: SESSION_EXPIRED_MESSAGE } });
  });
});
