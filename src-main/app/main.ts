/**
 * Electron main process: one hardened window on app://workbench/, the service behind IPC.
 * Every security setting comes from security.ts and guards.ts (unit-tested); this file only wires
 * them to Electron. Numbers refer to Electron's security checklist.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, Notification, protocol, session, shell } from 'electron';
import { createService } from '../service/service';
import { electronNotifier } from './notifications';
import { createReminderPoller, type ReminderPoller } from './reminder-poller';
import type { Service } from '../service/types';
import { appProtocolResponse } from './app-protocol';
import { hardenWebContents } from './guards';
import { registerIpc } from './ipc';
import { resolveNativeBinding, resolveVaultDir } from './paths';
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  isSafeExternalUrl,
  permissionCheckHandler,
  permissionHandler,
  windowOptions,
} from './security';

const mainDir = path.dirname(fileURLToPath(import.meta.url)); // out/main
const rendererDir = path.resolve(mainDir, '../renderer');
const preloadPath = path.resolve(mainDir, '../preload/index.cjs');
const projectRoot = path.resolve(mainDir, '../..');

/** Checklist 15: only links that pass isSafeExternalUrl ever reach the system browser. */
const openExternal = async (url: string): Promise<void> => {
  if (isSafeExternalUrl(url)) await shell.openExternal(url);
};

// Same data folder however Electron is launched (`electron .` or a packaged app): the vault's
// default home must not move between runs (DESIGN.md "Embedded default").
app.setPath('userData', path.join(app.getPath('appData'), 'dpo-workbench'));

// 4: every renderer sandboxed, whatever a window asks for.
app.enableSandbox();

// Must run before `ready`. No bypassCSP, no corsEnabled: app:// is a plain secure origin.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let mainWindow: BrowserWindow | null = null;
let service: Service | null = null;
let reminders: ReminderPoller | null = null;
let unregisterIpc: (() => void) | null = null;

function createWindow(): void {
  const window = new BrowserWindow(windowOptions(preloadPath, { devTools: !app.isPackaged }));
  mainWindow = window;
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    mainWindow = null;
  });
  void window.loadURL(APP_ENTRY_URL);
}

function start(): void {
  // 5: no permission is ever granted (camera, geolocation, notifications from the page, USB…).
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler(permissionHandler);
  ses.setPermissionCheckHandler(permissionCheckHandler);
  ses.setDevicePermissionHandler(() => false);

  // 18: the renderer comes from app://, never file://.
  protocol.handle(APP_SCHEME, (request) => appProtocolResponse(rendererDir, request));

  const vaultDir = resolveVaultDir(process.env, app.getPath('userData'));
  mkdirSync(vaultDir, { recursive: true, mode: 0o700 });
  const nativeBinding = resolveNativeBinding(process.env, projectRoot, process.versions.electron, existsSync);
  const packWorker = path.join(mainDir, 'pack-worker.js');
  service = createService(nativeBinding ? { vaultDir, nativeBinding, packWorker } : { vaultDir, packWorker });
  unregisterIpc = registerIpc(service);
  // Deadline reminders as system notifications (72-hour clock, one-month answers, reviews, actions).
  reminders = createReminderPoller(service, electronNotifier(Notification));
  reminders.start();

  createWindow();
}

function shutdown(): void {
  reminders?.stop();
  reminders = null;
  unregisterIpc?.();
  unregisterIpc = null;
  // Locks the vault: the data key leaves memory with the session.
  service?.close();
  service = null;
}

if (!app.requestSingleInstanceLock()) {
  // One process per vault: a second instance would fight over the database file.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  // 12, 13, 14: guards on every web contents, including any the app did not plan for.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openExternal));

  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', shutdown);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0 && service) createWindow();
  });

  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error("DPO Workbench n'a pas pu démarrer :", error instanceof Error ? error.message : error);
      app.exit(1);
    });
}
