/**
 * Security settings of the Electron shell, as plain functions so unit tests can assert them
 * (Electron security checklist, https://www.electronjs.org/docs/latest/tutorial/security — item
 * numbers below). Nothing here imports Electron at run time.
 *
 * The renderer shows health-related personal data (GDPR Art. 9) and can call every service method:
 * it is treated as untrusted, and everything it could use to escape is switched off
 * (GDPR Art. 25: data protection by design; Art. 32: security of processing).
 */
import type { BrowserWindowConstructorOptions } from 'electron';
import { contentSecurityPolicy } from '../web/csp';
import { resolveStaticPath } from '../web/static-path';

export { contentSecurityPolicy };

export const APP_SCHEME = 'app';
export const APP_HOST = 'workbench';
/** Where the renderer is loaded from (checklist 18: a custom protocol instead of file://). */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/`;

export interface WindowSecurityOptions {
  /** Developer tools: on for development builds only. */
  devTools?: boolean;
}

/** BrowserWindow options; every web preference that widens the renderer's powers is off. */
export function windowOptions(preloadPath: string, options: WindowSecurityOptions = {}): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: 'DPO Workbench',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true, // 3
      sandbox: true, // 4
      nodeIntegration: false, // 2
      nodeIntegrationInWorker: false, // 2
      nodeIntegrationInSubFrames: false, // 2
      webSecurity: true, // 6
      allowRunningInsecureContent: false, // 8
      experimentalFeatures: false, // 9
      enableBlinkFeatures: '', // 10
      webviewTag: false, // 11, 12
      plugins: false,
      spellcheck: false, // the spellchecker would send typed text to a dictionary service
      navigateOnDragDrop: false, // 13: a dropped file must not replace the app
      safeDialogs: true,
      enableWebSQL: false,
      devTools: options.devTools ?? false,
    },
  };
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for URLs of the app itself: `app://workbench/…`, without credentials or port. */
export function isAppUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/**
 * Links that may be handed to the system browser (checklist 15): https only, a host, no user or
 * password in the URL (a classic way to disguise the real host), nothing over 2,000 characters.
 */
export function isSafeExternalUrl(url: string): boolean {
  if (url.length > 2000) return false;
  const parsed = parseUrl(url);
  return (
    parsed !== null &&
    parsed.protocol === 'https:' &&
    parsed.hostname !== '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** The parts of Electron's WebFrameMain that the sender check reads. */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
}

/** Checklist 17: only the app's top-level frame, on the app:// origin, may call the service. */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  return frame !== null && frame !== undefined && frame.parent === null && isAppUrl(frame.url);
}

/** Checklist 5: the workbench needs no camera, microphone, location, notifications… Every request is denied. */
export function permissionHandler(_webContents: unknown, _permission: string, callback: (granted: boolean) => void): void {
  callback(false);
}

/** Synchronous permission checks are denied too. */
export function permissionCheckHandler(): boolean {
  return false;
}

/**
 * Maps an app:// URL to a file strictly inside the renderer folder, or null (foreign origin, `..`,
 * encoded traversal, dotfile…). Extension-less paths are client-side routes → index.html.
 */
export function appProtocolPath(root: string, url: string): string | null {
  if (!isAppUrl(url)) return null;
  const parsed = parseUrl(url);
  if (parsed === null) return null;
  // The URL parser already resolved literal and %2e dot segments without leaving the origin; what
  // is left still percent-encoded (%2f, %5c, %00…) is refused segment by segment.
  const target = resolveStaticPath(root, parsed.pathname || '/');
  return target?.file ?? null;
}
