import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { buildDpoApi } from '../../../src-main/app/preload/api';
import { ipcChannel } from '../../../src-main/app/ipc-handler';
import { METHOD_NAMES } from '../../../src-main/shared/contract';

const exposed = vi.hoisted(() => ({ calls: [] as { key: string; api: unknown }[], invoked: [] as unknown[][] }));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.calls.push({ key, api }) },
  ipcRenderer: {
    invoke: async (...args: unknown[]) => {
      exposed.invoked.push(args);
      return { ok: true, value: null };
    },
  },
}));

describe('window.dpo, built by the preload (Electron checklist 20)', () => {
  it('has one function per contract method and nothing else', () => {
    const api = buildDpoApi(METHOD_NAMES, async () => null);
    expect(Object.keys(api).sort()).toEqual([...METHOD_NAMES].sort());
    for (const method of METHOD_NAMES) expect(typeof api[method]).toBe('function');
    expect('invoke' in api).toBe(false);
  });

  it('is frozen: the page cannot add or replace a method', () => {
    const api = buildDpoApi(METHOD_NAMES, async () => null);
    expect(Object.isFrozen(api)).toBe(true);
    expect(() => {
      (api as unknown as Record<string, unknown>)['session.state'] = () => 'hijacked';
    }).toThrow();
  });

  it('sends each method on its own dpo:<method> channel, the one the main process listens to', async () => {
    const sent: unknown[][] = [];
    const api = buildDpoApi(METHOD_NAMES, async (channel, input) => {
      sent.push([channel, input]);
      return { ok: true, value: channel };
    });
    const input = { username: 'dpo' };
    const first = METHOD_NAMES[0];
    if (!first) throw new Error('the contract lists no method');
    const call = api[first] as (input?: unknown) => Promise<unknown>;
    expect(await call(input)).toEqual({ ok: true, value: ipcChannel(first) });
    expect(sent).toEqual([[ipcChannel(first), input]]);
  });

  it('exposes the object once, as "dpo", through the context bridge', async () => {
    (globalThis as Record<string, unknown>).__DPO_METHOD_NAMES__ = METHOD_NAMES;
    await import('../../../src-main/app/preload/index');
    expect(exposed.calls).toHaveLength(1);
    const { key, api } = exposed.calls[0] ?? {};
    expect(key).toBe('dpo');
    expect(Object.keys(api as object).sort()).toEqual([...METHOD_NAMES].sort());
    await (api as Record<string, (input?: unknown) => Promise<unknown>>)['session.state']?.({});
    expect(exposed.invoked).toEqual([['dpo:session.state', {}]]);
  });

  it('receives the method names from the build configuration, identical to the contract', async () => {
    const { PRELOAD_DEFINES } = await import('../../../electron.vite.config');
    expect(JSON.parse(PRELOAD_DEFINES.__DPO_METHOD_NAMES__)).toEqual([...METHOD_NAMES]);
  });

  it('is built as one CommonJS file with every dependency inlined, as a sandboxed preload must be', async () => {
    const config = (await import('../../../electron.vite.config')).default as {
      preload?: { build?: { externalizeDeps?: unknown; rolldownOptions?: { output?: unknown } } };
    };
    expect(config.preload?.build?.externalizeDeps).toBe(false);
    expect(config.preload?.build?.rolldownOptions?.output).toEqual({ format: 'cjs', entryFileNames: '[name].cjs' });
    expect(readFileSync(path.resolve('src-main/app/main.ts'), 'utf8')).toContain("'../preload/index.cjs'");
  });

  it('imports nothing at run time but electron, so the sandboxed bundle stays free of zod', () => {
    const dir = path.resolve('src-main/app/preload');
    for (const file of ['index.ts', 'api.ts']) {
      const source = readFileSync(path.join(dir, file), 'utf8');
      const runtimeImports = [...source.matchAll(/^import\s+(?!type\s)[^;]*?from\s+'([^']+)'/gm)].map((m) => m[1]);
      for (const specifier of runtimeImports) expect(['electron', './api'], `${file} imports ${specifier}`).toContain(specifier);
    }
  });
});
