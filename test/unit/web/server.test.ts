import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../../src-main/shared/contract';
import type { Result } from '../../../src-main/shared/result';
import type { Service } from '../../../src-main/service/types';
import { contentSecurityPolicy } from '../../../src-main/web/csp';
import { startWebServer, type WebServer } from '../../../src-main/web/server';

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

interface Call {
  method: string;
  input: unknown;
}

let dir: string;
let staticDir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'dpo-web-'));
  staticDir = path.join(dir, 'renderer');
  mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>DPO Workbench</title>');
  writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'export const x = 1;');
  writeFileSync(path.join(staticDir, 'assets', 'app.css'), 'body{}');
  writeFileSync(path.join(dir, 'workbench.db'), 'SECRET VAULT BYTES');
  symlinkSync(path.join(dir, 'workbench.db'), path.join(staticDir, 'assets', 'vault.js'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const servers: WebServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function start(options: { maxBodyBytes?: number } = {}) {
  const calls: Call[] = [];
  const service: Service = {
    methods: METHOD_NAMES,
    close: () => undefined,
    call: async (method: string, input: unknown): Promise<Result<unknown>> => {
      calls.push({ method, input });
      return { ok: true, value: { method } };
    },
  };
  const server = await startWebServer({ service, staticDir, ...options });
  servers.push(server);
  const origin = `http://127.0.0.1:${server.port}`;
  const cookie = `dpo_session_${server.port}=${server.token}`;
  return { server, calls, origin, cookie };
}

/** Raw HTTP so that Host, Origin and Cookie are exactly what a test says. */
function send(
  port: number,
  options: { method?: string; path?: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path ?? '/',
        headers: { host: `127.0.0.1:${port}`, ...options.headers },
        setHost: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

function post(ctx: { server: WebServer; origin: string; cookie: string }, method: string, body: unknown, headers: Record<string, string> = {}) {
  return send(ctx.server.port, {
    method: 'POST',
    path: `/api/${method}`,
    headers: { origin: ctx.origin, cookie: ctx.cookie, 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

describe('the web shell binds the loopback address only', () => {
  it('listens on 127.0.0.1 on a random port and prints a URL carrying the token', async () => {
    const { server } = await start();
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
    expect(Buffer.from(server.token, 'base64url')).toHaveLength(32);
  });

  it('refuses to listen on any other address', async () => {
    const service = { methods: METHOD_NAMES, close: () => undefined, call: async () => ({ ok: true as const, value: null }) };
    await expect(startWebServer({ service, staticDir, host: '0.0.0.0' })).rejects.toThrow(/127\.0\.0\.1/);
  });

  it('gives every run a new token', async () => {
    const a = await start();
    const b = await start();
    expect(a.server.token).not.toBe(b.server.token);
  });
});

describe('token exchange', () => {
  it('turns the printed URL into an HttpOnly SameSite=Strict cookie and removes the token from the address bar', async () => {
    const { server } = await start();
    const reply = await send(server.port, { path: `/?token=${server.token}` });
    expect(reply.status).toBe(303);
    expect(reply.headers.location).toBe('/');
    expect(reply.headers['set-cookie']).toEqual([`dpo_session_${server.port}=${server.token}; HttpOnly; SameSite=Strict; Path=/`]);
  });

  it('refuses a wrong token without setting a cookie', async () => {
    const { server } = await start();
    const reply = await send(server.port, { path: `/?token=${server.token.slice(0, -2)}xx` });
    expect(reply.status).toBe(401);
    expect(reply.headers['set-cookie']).toBeUndefined();
    expect(reply.body).toMatch(/dpo serve/);
  });

  it('does not accept the token of another run', async () => {
    const a = await start();
    const b = await start();
    expect((await send(a.server.port, { path: `/?token=${b.server.token}` })).status).toBe(401);
  });
});

describe('session cookie', () => {
  it('is required for the page, its assets and the API, with a French explanation', async () => {
    const ctx = await start();
    for (const p of ['/', '/assets/app.js', '/violations/1']) {
      const reply = await send(ctx.server.port, { path: p });
      expect(reply.status, p).toBe(401);
      expect(reply.headers['content-type']).toBe('text/plain; charset=utf-8');
      expect(reply.body).toMatch(/Session absente/);
    }
    const api = await post({ ...ctx, cookie: '' }, 'session.state', {});
    expect(api.status).toBe(401);
    expect(ctx.calls).toEqual([]);
  });

  it('refuses a wrong cookie', async () => {
    const ctx = await start();
    const reply = await send(ctx.server.port, { path: '/', headers: { cookie: `dpo_session_${ctx.server.port}=forged` } });
    expect(reply.status).toBe(401);
    expect((await post({ ...ctx, cookie: `dpo_session_${ctx.server.port}=forged` }, 'user.list', {})).status).toBe(401);
    expect(ctx.calls).toEqual([]);
  });

  it('keeps two servers on 127.0.0.1 apart: each reads only the cookie named after its own port', async () => {
    const a = await start();
    const b = await start();
    const exchanged = await send(b.server.port, { path: `/?token=${b.server.token}` });
    expect(exchanged.headers['set-cookie']?.[0]).toMatch(new RegExp(`^dpo_session_${b.server.port}=`));
    // A browser sends both servers' cookies to both ports (cookies ignore the port): each still works.
    const both = `${a.cookie}; ${b.cookie}`;
    expect((await send(a.server.port, { path: '/', headers: { cookie: both } })).status).toBe(200);
    expect((await send(b.server.port, { path: '/', headers: { cookie: both } })).status).toBe(200);
    // The other server's cookie alone, under its own name, opens nothing here.
    expect((await send(a.server.port, { path: '/', headers: { cookie: b.cookie } })).status).toBe(401);
    expect((await send(a.server.port, { path: '/', headers: { cookie: `dpo_session_${b.server.port}=${a.server.token}` } })).status).toBe(401);
  });

  it('serves the renderer once the cookie is present', async () => {
    const ctx = await start();
    const reply = await send(ctx.server.port, { path: '/', headers: { cookie: ctx.cookie } });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.body).toContain('DPO Workbench');
  });
});

describe('Host header (DNS rebinding)', () => {
  it.each(['evil.example', 'evil.example:{port}', '127.0.0.1', '127.0.0.1:1', '0.0.0.0:{port}', '[::1]:{port}', 'localhost.evil.example:{port}'])(
    'refuses Host %s',
    async (host) => {
      const ctx = await start();
      const reply = await send(ctx.server.port, {
        path: `/?token=${ctx.server.token}`,
        headers: { host: host.replace('{port}', String(ctx.server.port)), cookie: ctx.cookie },
      });
      expect(reply.status).toBe(421);
      expect(reply.headers['set-cookie']).toBeUndefined();
    },
  );

  it('accepts localhost on the server port', async () => {
    const ctx = await start();
    const reply = await send(ctx.server.port, { path: '/', headers: { host: `localhost:${ctx.server.port}`, cookie: ctx.cookie } });
    expect(reply.status).toBe(200);
  });
});

describe('Origin on API calls (cross-site request forgery)', () => {
  it('runs the call when Origin is the server itself', async () => {
    const ctx = await start();
    const reply = await post(ctx, 'session.state', {});
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: { method: 'session.state' } });
  });

  it.each(['https://evil.example', 'http://127.0.0.1:1', 'null', 'http://localhost.evil.example'])(
    'refuses Origin %s',
    async (origin) => {
      const ctx = await start();
      const reply = await post(ctx, 'breach.create', {}, { origin });
      expect(reply.status).toBe(403);
      expect(ctx.calls).toEqual([]);
    },
  );

  it('refuses a POST without Origin', async () => {
    const ctx = await start();
    const reply = await send(ctx.server.port, {
      method: 'POST',
      path: '/api/session.state',
      headers: { cookie: ctx.cookie, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(reply.status).toBe(403);
    expect(ctx.calls).toEqual([]);
  });
});

describe('POST /api/<method>', () => {
  it('passes the JSON body untouched to the service', async () => {
    const ctx = await start();
    const input = { username: 'dpo', passphrase: 'correct horse battery staple', extra: [1, 2, 3] };
    await post(ctx, 'session.unlock', input);
    expect(ctx.calls).toEqual([{ method: 'session.unlock', input }]);
  });

  it('passes no input when the body is empty', async () => {
    const ctx = await start();
    const reply = await send(ctx.server.port, {
      method: 'POST',
      path: '/api/session.state',
      headers: { cookie: ctx.cookie, origin: ctx.origin },
    });
    expect(reply.status).toBe(200);
    expect(ctx.calls).toEqual([{ method: 'session.state', input: undefined }]);
  });

  it.each(['breach.fly', '__proto__', 'constructor', 'session.state/extra', ''])(
    'answers 404 UNKNOWN_METHOD for %s',
    async (method) => {
      const ctx = await start();
      const reply = await post(ctx, method, {});
      expect(reply.status).toBe(404);
      const result = JSON.parse(reply.body) as Result<unknown>;
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('UNKNOWN_METHOD');
      expect(ctx.calls).toEqual([]);
    },
  );

  it('refuses a malformed JSON body with a French VALIDATION Result', async () => {
    const ctx = await start();
    const reply = await send(ctx.server.port, {
      method: 'POST',
      path: '/api/session.state',
      headers: { cookie: ctx.cookie, origin: ctx.origin, 'content-type': 'application/json' },
      body: '{"username": ',
    });
    expect(reply.status).toBe(400);
    const result = JSON.parse(reply.body) as Result<unknown>;
    expect(result.ok ? null : result.error.code).toBe('VALIDATION');
    expect(ctx.calls).toEqual([]);
  });

  it('refuses a body larger than the limit, declared or streamed', async () => {
    const ctx = await start({ maxBodyBytes: 1024 });
    const declared = await post(ctx, 'organisation.update', { blob: 'x'.repeat(2000) });
    expect(declared.status).toBe(413);
    const result = JSON.parse(declared.body) as Result<unknown>;
    expect(result.ok ? '' : result.error.message).toMatch(/taille maximale/);

    const streamed = await send(ctx.server.port, {
      method: 'POST',
      path: '/api/organisation.update',
      headers: { cookie: ctx.cookie, origin: ctx.origin, 'transfer-encoding': 'chunked' },
      body: JSON.stringify({ blob: 'y'.repeat(5000) }),
    });
    expect(streamed.status).toBe(413);
    expect(ctx.calls).toEqual([]);
  });

  it('accepts a body just under the limit', async () => {
    const ctx = await start({ maxBodyBytes: 1024 });
    const reply = await post(ctx, 'organisation.update', { blob: 'x'.repeat(900) });
    expect(reply.status).toBe(200);
  });

  it('answers only POST on /api', async () => {
    const ctx = await start();
    const reply = await send(ctx.server.port, { path: '/api/session.state', headers: { cookie: ctx.cookie } });
    expect(reply.status).toBe(405);
    expect(reply.headers.allow).toBe('POST');
  });

  it('is never cached', async () => {
    const ctx = await start();
    expect((await post(ctx, 'session.state', {})).headers['cache-control']).toBe('no-store');
  });
});

describe('static files', () => {
  it('serves assets with their content type and index.html for client-side routes', async () => {
    const ctx = await start();
    const js = await send(ctx.server.port, { path: '/assets/app.js', headers: { cookie: ctx.cookie } });
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    const css = await send(ctx.server.port, { path: '/assets/app.css', headers: { cookie: ctx.cookie } });
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    const route = await send(ctx.server.port, { path: '/violations/01J9Z?onglet=cnil', headers: { cookie: ctx.cookie } });
    expect(route.status).toBe(200);
    expect(route.body).toContain('DPO Workbench');
  });

  it('answers 404 for a missing asset', async () => {
    const ctx = await start();
    expect((await send(ctx.server.port, { path: '/assets/missing.js', headers: { cookie: ctx.cookie } })).status).toBe(404);
  });

  it.each([
    '/../workbench.db',
    '/assets/../../workbench.db',
    '/%2e%2e/workbench.db',
    '/..%2fworkbench.db',
    '/assets%2f..%2f..%2fworkbench.db',
    '/..%5cworkbench.db',
    '/%252e%252e/workbench.db',
    '/assets/vault.js',
    '//workbench.db',
    '/.%2e/workbench.db',
  ])('never serves the vault through %s', async (p) => {
    const ctx = await start();
    const reply = await send(ctx.server.port, { path: p, headers: { cookie: ctx.cookie } });
    expect(reply.body).not.toContain('SECRET VAULT BYTES');
    expect([200, 400, 404]).toContain(reply.status);
  });

  it('refuses methods other than GET, HEAD and POST', async () => {
    const ctx = await start();
    for (const method of ['PUT', 'DELETE', 'PATCH']) {
      const reply = await send(ctx.server.port, { method, path: '/', headers: { cookie: ctx.cookie, origin: ctx.origin } });
      expect(reply.status, method).toBe(405);
    }
  });
});

describe('security headers', () => {
  const expectSecurityHeaders = (reply: Reply) => {
    expect(reply.headers['content-security-policy']).toBe(contentSecurityPolicy());
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['referrer-policy']).toBe('no-referrer');
    expect(reply.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(reply.headers['cross-origin-resource-policy']).toBe('same-origin');
    expect(reply.headers['x-frame-options']).toBe('DENY');
  };

  it('are on every response: page, asset, API, redirect and refusals', async () => {
    const ctx = await start();
    const replies = [
      await send(ctx.server.port, { path: '/', headers: { cookie: ctx.cookie } }),
      await send(ctx.server.port, { path: '/assets/app.js', headers: { cookie: ctx.cookie } }),
      await send(ctx.server.port, { path: `/?token=${ctx.server.token}` }),
      await send(ctx.server.port, { path: '/' }),
      await send(ctx.server.port, { path: '/', headers: { host: 'evil.example' } }),
      await send(ctx.server.port, { path: '/assets/missing.js', headers: { cookie: ctx.cookie } }),
      await post(ctx, 'session.state', {}),
      await post(ctx, 'nope.nope', {}),
      await post(ctx, 'session.state', {}, { origin: 'https://evil.example' }),
    ];
    replies.forEach(expectSecurityHeaders);
  });

  it('uses the same CSP as the Electron shell, whose connect-src is only the server itself', async () => {
    const ctx = await start();
    const reply = await send(ctx.server.port, { path: '/', headers: { cookie: ctx.cookie } });
    expect(reply.headers['content-security-policy']).toContain("connect-src 'self'");
    expect(reply.headers['content-security-policy']).not.toMatch(/unsafe-/);
  });
});

describe('closing', () => {
  it('stops accepting connections', async () => {
    const ctx = await start();
    await ctx.server.close();
    servers.splice(servers.indexOf(ctx.server), 1);
    await expect(send(ctx.server.port, { path: '/' })).rejects.toThrow();
  });
});
