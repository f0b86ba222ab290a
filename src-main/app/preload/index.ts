/**
 * The preload of the app window (sandboxed: it may only require `electron`). Exposes one frozen
 * object, `window.dpo`, through the context bridge.
 *
 * The method names are injected at build time by electron.vite.config.ts (`__DPO_METHOD_NAMES__`,
 * computed from the contract): importing the contract here would pull zod and every schema into
 * the preload bundle.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { MethodName } from '../../shared/contract';
import { buildDpoApi } from './api';

declare const __DPO_METHOD_NAMES__: readonly MethodName[];

contextBridge.exposeInMainWorld(
  'dpo',
  buildDpoApi(__DPO_METHOD_NAMES__, (channel, input) => ipcRenderer.invoke(channel, input)),
);
