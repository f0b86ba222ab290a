/**
 * The only module that touches `ipcMain` (one chokepoint, as in GitHub Desktop's ipc-main.ts): one
 * `dpo:<method>` handler per contract method, each behind the sender check of ipc-handler.ts.
 * No generic channel exists, so the renderer cannot reach anything the contract does not list.
 */
import { ipcMain } from 'electron';
import type { Service } from '../service/types';
import { createIpcHandler, ipcChannel } from './ipc-handler';

/** Registers every method the service offers; returns a function that removes them again. */
export function registerIpc(service: Service): () => void {
  const channels = service.methods.map((method) => {
    const channel = ipcChannel(method);
    ipcMain.handle(channel, createIpcHandler(service, method));
    return channel;
  });
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}
