import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  appProtocolPath,
  contentSecurityPolicy,
  isAppUrl,
  isSafeExternalUrl,
  isTrustedSender,
  permissionCheckHandler,
  permissionHandler,
  windowOptions,
} from '../../../src-main/app/security';
import { contentSecurityPolicy as webCsp } from '../../../src-main/web/csp';

const ROOT = path.resolve('/opt/dpo/out/renderer');

describe('the app window (Electron checklist 2–4, 6, 8–13)', () => {
  const options = windowOptions('/opt/dpo/out/preload/index.cjs');
  const prefs = options.webPreferences ?? {};

  it('isolates the preload from the page and sandboxes the renderer', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.preload).toBe('/opt/dpo/out/preload/index.cjs');
  });

  it('gives the page no Node.js, in the window, its workers or its subframes', () => {
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and insecure content, experimental features and webviews off', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.enableBlinkFeatures ?? '').toBe('');
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.plugins).toBe(false);
  });

  it('does not send typed text to a spellchecker nor let a dropped file replace the app', () => {
    expect(prefs.spellcheck).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
  });

  it('opens developer tools only when asked (development builds)', () => {
    expect(prefs.devTools).toBe(false);
    expect(windowOptions('/p', { devTools: true }).webPreferences?.devTools).toBe(true);
  });
});

describe('the Content Security Policy (checklist 7)', () => {
  const csp = contentSecurityPolicy();
  const directives = new Map(
    csp.split(';').map((d) => {
      const [name = '', ...sources] = d.trim().split(/\s+/);
      return [name, sources] as const;
    }),
  );

  it('is exactly the policy of the design, shared with the web shell', () => {
    expect(csp).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    expect(webCsp()).toBe(csp);
  });

  it('is the policy the renderer build writes in its <meta> tag', async () => {
    const { RENDERER_CSP } = await import('../../../vite.renderer.config');
    expect(RENDERER_CSP).toBe(csp);
  });

  it('allows no inline code, no eval and no remote origin', () => {
    expect(csp).not.toMatch(/unsafe-/);
    expect(csp).not.toMatch(/https?:|wss?:|\*/);
  });

  it('denies by default and forbids plugins, <base>, form posts and framing', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
  });
});

describe('app:// URLs', () => {
  it('recognises the app origin', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://workbench/violations/42?tab=cnil#top')).toBe(true);
  });

  it.each([
    'app://evil/',
    'app://workbench.evil.com/',
    'app://workbench:8080/',
    'app://user:pw@workbench/',
    'file:///etc/passwd',
    'https://workbench/',
    'http://127.0.0.1:5173/',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    'not a url',
    '',
  ])('refuses %s as an app URL', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});

describe('links opened in the system browser (checklist 15)', () => {
  it('accepts an https link such as the CNIL notification service', () => {
    expect(isSafeExternalUrl('https://notifications.cnil.fr/notifications/index')).toBe(true);
  });

  it.each([
    'http://www.cnil.fr/',
    'file:///etc/passwd',
    'javascript:alert(document.cookie)',
    'JaVaScRiPt:alert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'smb://attacker/share',
    'ms-msdt:/id PCWDiagnostic',
    'https://www.cnil.fr@evil.example/',
    'https://user:secret@www.cnil.fr/',
    'app://workbench/',
    `https://example.com/${'a'.repeat(2100)}`,
    'https://',
    '',
  ])('refuses %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});

describe('IPC sender check (checklist 17)', () => {
  it('trusts the app window top-level frame', () => {
    expect(isTrustedSender({ url: 'app://workbench/violations', parent: null })).toBe(true);
  });

  it('refuses a subframe, even on the app origin', () => {
    expect(isTrustedSender({ url: 'app://workbench/', parent: { url: 'app://workbench/' } })).toBe(false);
  });

  it('refuses a frame that navigated away from the app', () => {
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'file:///tmp/x.html', parent: null })).toBe(false);
  });

  it('refuses a missing (destroyed) frame', () => {
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });
});

describe('permissions (checklist 5)', () => {
  it.each(['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'unknown'])(
    'denies a %s request',
    (permission) => {
      const answers: boolean[] = [];
      permissionHandler({}, permission, (granted) => answers.push(granted));
      expect(answers).toEqual([false]);
    },
  );

  it('denies permission checks', () => {
    expect(permissionCheckHandler()).toBe(false);
  });
});

describe('app:// protocol paths', () => {
  it('serves files of the renderer folder', () => {
    expect(appProtocolPath(ROOT, 'app://workbench/assets/index-abc.js')).toBe(path.join(ROOT, 'assets/index-abc.js'));
    expect(appProtocolPath(ROOT, 'app://workbench/')).toBe(path.join(ROOT, 'index.html'));
    expect(appProtocolPath(ROOT, 'app://workbench')).toBe(path.join(ROOT, 'index.html'));
  });

  it('answers client-side routes without an extension with index.html', () => {
    expect(appProtocolPath(ROOT, 'app://workbench/violations/01J9Z')).toBe(path.join(ROOT, 'index.html'));
    expect(appProtocolPath(ROOT, 'app://workbench/demandes/?filtre=retard')).toBe(path.join(ROOT, 'index.html'));
  });

  it('never leaves the renderer folder, whatever the traversal trick', () => {
    const hostile = [
      'app://workbench/..%2f..%2fetc%2fpasswd',
      'app://workbench/assets/..%2F..%2F..%2Fetc/passwd',
      'app://workbench/..%5c..%5cwindows%5cwin.ini',
      'app://workbench/%252e%252e/%252e%252e/etc/passwd.txt',
      'app://workbench/assets/%00.js',
      'app://workbench/C:%5cWindows%5cwin.ini',
      'app://workbench/%2fetc%2fpasswd',
      'app://workbench/.env',
      'app://workbench/assets/.git/config',
      'app://workbench/%E0%A4%A.js',
    ];
    for (const url of hostile) {
      const file = appProtocolPath(ROOT, url);
      if (file !== null) expect(file.startsWith(ROOT + path.sep), url).toBe(true);
    }
    expect(appProtocolPath(ROOT, 'app://workbench/..%2f..%2fetc%2fpasswd')).toBeNull();
    expect(appProtocolPath(ROOT, 'app://workbench/..%5c..%5cwindows%5cwin.ini')).toBeNull();
    expect(appProtocolPath(ROOT, 'app://workbench/assets/%00.js')).toBeNull();
    expect(appProtocolPath(ROOT, 'app://workbench/.env')).toBeNull();
  });

  it('resolves literal and %2e dot segments inside the origin, never above the root', () => {
    expect(appProtocolPath(ROOT, 'app://workbench/../../../etc/passwd.txt')).toBe(path.join(ROOT, 'etc/passwd.txt'));
    expect(appProtocolPath(ROOT, 'app://workbench/%2e%2e/%2e%2e/etc/hosts.txt')).toBe(path.join(ROOT, 'etc/hosts.txt'));
  });

  it('refuses URLs of another scheme or host', () => {
    expect(appProtocolPath(ROOT, 'file:///etc/passwd')).toBeNull();
    expect(appProtocolPath(ROOT, 'app://other/index.html')).toBeNull();
  });
});
