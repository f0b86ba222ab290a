/**
 * Navigation and window guards applied to every web contents the app creates
 * (Electron security checklist 12, 13, 14, 15): the renderer can never leave app://, open a window,
 * or attach a <webview>. https links chosen by the user open in the system browser instead.
 */
import type { HandlerDetails, WindowOpenHandlerResponse } from 'electron';
import { isAppUrl, isSafeExternalUrl } from './security';

/** The Electron events the guards use; typed structurally so tests can pass a fake. */
export interface PreventableEvent {
  preventDefault(): void;
}
export interface GuardedContents {
  on(event: 'will-navigate' | 'will-redirect' | 'will-frame-navigate', listener: (event: PreventableEvent & { url: string }) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: Pick<HandlerDetails, 'url'>) => WindowOpenHandlerResponse): void;
}

/** Opens a URL in the system browser (Electron's shell.openExternal). */
export type OpenExternal = (url: string) => Promise<void>;

export function blockForeignNavigation(event: PreventableEvent & { url: string }): void {
  if (!isAppUrl(event.url)) event.preventDefault();
}

/** Every window.open is denied; a safe https link goes to the system browser. */
export function windowOpenHandler(openExternal: OpenExternal) {
  return (details: Pick<HandlerDetails, 'url'>): WindowOpenHandlerResponse => {
    if (isSafeExternalUrl(details.url)) {
      openExternal(details.url).catch(() => undefined);
    }
    return { action: 'deny' };
  };
}

export function hardenWebContents(contents: GuardedContents, openExternal: OpenExternal): void {
  contents.on('will-navigate', blockForeignNavigation);
  contents.on('will-frame-navigate', blockForeignNavigation);
  contents.on('will-redirect', blockForeignNavigation);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(windowOpenHandler(openExternal));
}
