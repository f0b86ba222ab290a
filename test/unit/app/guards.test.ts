import { describe, expect, it } from 'vitest';
import { hardenWebContents, type GuardedContents, type PreventableEvent } from '../../../src-main/app/guards';

type Listener = (event: PreventableEvent & { url: string }) => void;

/** A stand-in for Electron's WebContents that records listeners and the window-open handler. */
function fakeContents() {
  const listeners = new Map<string, Listener[]>();
  let openHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | undefined;
  const contents = {
    on(event: string, listener: Listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler(handler: (details: { url: string }) => { action: 'allow' | 'deny' }) {
      openHandler = handler;
    },
  };
  const emit = (event: string, url = ''): boolean => {
    let prevented = false;
    for (const listener of listeners.get(event) ?? []) listener({ url, preventDefault: () => (prevented = true) });
    return prevented;
  };
  return { contents: contents as unknown as GuardedContents, emit, open: (url: string) => openHandler?.({ url }) };
}

function harden() {
  const fake = fakeContents();
  const opened: string[] = [];
  hardenWebContents(fake.contents, async (url) => {
    opened.push(url);
  });
  return { ...fake, opened };
}

describe('navigation guards (Electron checklist 13)', () => {
  it('lets the app move between its own pages', () => {
    const { emit } = harden();
    expect(emit('will-navigate', 'app://workbench/violations')).toBe(false);
    expect(emit('will-frame-navigate', 'app://workbench/')).toBe(false);
  });

  it.each(['https://evil.example/', 'file:///etc/passwd', 'javascript:alert(1)', 'http://127.0.0.1:8080/', 'app://other/'])(
    'blocks navigation and redirects to %s',
    (url) => {
      const { emit } = harden();
      expect(emit('will-navigate', url)).toBe(true);
      expect(emit('will-frame-navigate', url)).toBe(true);
      expect(emit('will-redirect', url)).toBe(true);
    },
  );

  it('never attaches a <webview> (checklist 12)', () => {
    const { emit } = harden();
    expect(emit('will-attach-webview')).toBe(true);
  });
});

describe('new windows (checklist 14, 15)', () => {
  it('denies window.open and sends an https link to the system browser', async () => {
    const { open, opened } = harden();
    expect(open('https://www.cnil.fr/fr/notifier-une-violation-de-donnees-personnelles')).toEqual({ action: 'deny' });
    await Promise.resolve();
    expect(opened).toEqual(['https://www.cnil.fr/fr/notifier-une-violation-de-donnees-personnelles']);
  });

  it.each(['http://www.cnil.fr/', 'file:///etc/passwd', 'javascript:alert(1)', 'app://workbench/', 'https://u:p@cnil.fr/'])(
    'denies %s without opening anything',
    async (url) => {
      const { open, opened } = harden();
      expect(open(url)).toEqual({ action: 'deny' });
      await Promise.resolve();
      expect(opened).toEqual([]);
    },
  );
});
