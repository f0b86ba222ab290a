import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appProtocolResponse } from '../../../src-main/app/app-protocol';
import { contentSecurityPolicy } from '../../../src-main/web/csp';

let dir: string;
let renderer: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'dpo-app-protocol-'));
  renderer = path.join(dir, 'renderer');
  mkdirSync(path.join(renderer, 'assets'), { recursive: true });
  writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>DPO</title>');
  writeFileSync(path.join(renderer, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(dir, 'secret.txt'), 'data key');
  symlinkSync(path.join(dir, 'secret.txt'), path.join(renderer, 'assets', 'leak.txt'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => appProtocolResponse(renderer, { url, method });

describe('the app:// protocol handler', () => {
  it('serves the renderer with its content type and the CSP', async () => {
    const response = await get('app://workbench/assets/app.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers a client-side route with index.html', async () => {
    const response = await get('app://workbench/registre/traitements/42');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>DPO</title>');
  });

  it('refuses a symbolic link that leads outside the renderer folder', async () => {
    const response = await get('app://workbench/assets/leak.txt');
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('data key');
  });

  it('refuses encoded traversal and missing files with a 404 that still carries the CSP', async () => {
    for (const url of ['app://workbench/..%2fsecret.txt', 'app://workbench/assets/missing.js']) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://workbench/', 'POST')).status).toBe(405);
    const head = await get('app://workbench/', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
