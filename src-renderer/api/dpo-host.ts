/**
 * Where the renderer finds `window.dpo`. In Electron the preload defines it (one frozen object,
 * one function per contract method); in the browser the HTTP client is installed at start-up.
 * The global is read through this file only, so no other file depends on how it got there.
 */
import type { DpoApi } from '../../src-main/shared/contract';

type DpoHost = { dpo?: DpoApi };

const host = (): DpoHost => globalThis as unknown as DpoHost;

export function hasDpo(): boolean {
  return host().dpo !== undefined;
}

export function getDpo(): DpoApi {
  const api = host().dpo;
  if (api === undefined) {
    throw new Error("L'interface du coffre (window.dpo) est absente : relancez l'application.");
  }
  return api;
}

/** Installs `api` as `window.dpo` unless a preload already defined it. */
export function installDpoIfMissing(create: () => DpoApi): void {
  if (!hasDpo()) {
    Object.defineProperty(globalThis, 'dpo', { value: create(), writable: false, configurable: false });
  }
}
