import { beforeEach, describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES } from '../../../src-main/shared/contract';
import type { Result } from '../../../src-main/shared/result';
import type { Service } from '../../../src-main/service/types';

type Handler = (event: { senderFrame: { url: string; parent: unknown } | null }, input?: unknown) => Promise<Result<unknown>>;

// The real `electron` module cannot load outside Electron: stand in for ipcMain.
const handlers = vi.hoisted(() => new Map<string, unknown>());
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: unknown) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, handler);
    },
    removeHandler: (channel: string) => handlers.delete(channel),
  },
}));

const { registerIpc } = await import('../../../src-main/app/ipc');
const { createIpcHandler, ipcChannel } = await import('../../../src-main/app/ipc-handler');

function fakeService() {
  const calls: { method: string; input: unknown }[] = [];
  const service: Service = {
    methods: METHOD_NAMES,
    close: () => undefined,
    call: async (method, input) => {
      calls.push({ method, input });
      return { ok: true, value: { echoed: method } };
    },
  };
  return { service, calls };
}

const trusted = { senderFrame: { url: 'app://workbench/violations', parent: null } };

beforeEach(() => handlers.clear());

describe('the IPC bridge', () => {
  it('registers exactly one dpo:<method> channel per contract method', () => {
    registerIpc(fakeService().service);
    expect([...handlers.keys()].sort()).toEqual(METHOD_NAMES.map((m) => `dpo:${m}`).sort());
  });

  it('removes every channel when the app quits', () => {
    const unregister = registerIpc(fakeService().service);
    unregister();
    expect(handlers.size).toBe(0);
  });

  it('passes the input untouched to the service and returns its Result', async () => {
    const { service, calls } = fakeService();
    registerIpc(service);
    const handler = handlers.get(ipcChannel('session.state')) as Handler;
    const input = { nested: { value: 1 }, unexpected: '<script>' };
    expect(await handler(trusted, input)).toEqual({ ok: true, value: { echoed: 'session.state' } });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.input).toBe(input);
  });

  it('refuses a call from a subframe with FORBIDDEN, without reaching the service', async () => {
    const { service, calls } = fakeService();
    const handler = createIpcHandler(service, 'vault.create');
    const result = await handler({ senderFrame: { url: 'app://workbench/', parent: {} } }, {});
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('FORBIDDEN');
      expect(result.error.message).toMatch(/refusée/);
    }
    expect(calls).toEqual([]);
  });

  it('checks the sender on every registered channel: a subframe reaches no method', async () => {
    const { service, calls } = fakeService();
    registerIpc(service);
    const subframe = { senderFrame: { url: 'app://workbench/', parent: { url: 'app://workbench/' } } };
    for (const method of METHOD_NAMES) {
      const handler = handlers.get(ipcChannel(method)) as Handler;
      const result = await handler(subframe, {});
      expect(result.ok ? 'accepted' : result.error.code, method).toBe('FORBIDDEN');
    }
    expect(calls).toEqual([]);
  });

  it('refuses a call from a page that is not the app, or from a destroyed frame', async () => {
    const { service, calls } = fakeService();
    const handler = createIpcHandler(service, 'user.list');
    for (const senderFrame of [{ url: 'https://evil.example/', parent: null }, null]) {
      const result = await handler({ senderFrame });
      expect(result.ok ? null : result.error.code).toBe('FORBIDDEN');
    }
    expect(calls).toEqual([]);
  });
});
