import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mimeType } from '../../../src-main/web/mime';
import { resolveStaticPath } from '../../../src-main/web/static-path';

const ROOT = path.resolve('/srv/renderer');
const resolve = (p: string) => resolveStaticPath(ROOT, p);

describe('static paths of the renderer build', () => {
  it('maps asset paths inside the build folder', () => {
    expect(resolve('/assets/index-3f2a.js')).toEqual({ file: path.join(ROOT, 'assets/index-3f2a.js'), spaFallback: false });
    expect(resolve('/fonts/DejaVu%20Sans.woff')).toEqual({ file: path.join(ROOT, 'fonts/DejaVu Sans.woff'), spaFallback: false });
  });

  it('serves index.html for / and for client-side routes', () => {
    expect(resolve('/')).toEqual({ file: path.join(ROOT, 'index.html'), spaFallback: false });
    expect(resolve('/violations/01J9Z')).toEqual({ file: path.join(ROOT, 'index.html'), spaFallback: true });
    expect(resolve('/sous-traitants/')).toEqual({ file: path.join(ROOT, 'index.html'), spaFallback: true });
  });

  it.each([
    '/../etc/passwd',
    '/assets/../../etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
    '/..%2f..%2fetc%2fpasswd',
    '/..%5c..%5cwindows%5cwin.ini',
    '/..\\..\\windows\\win.ini',
    '/assets/%00.js',
    '/assets/x.js%00.html',
    '/C:%5cWindows%5cwin.ini',
    '/c:/windows/win.ini',
    '/.env',
    '/.git/config',
    '/assets/./app.js',
    '//etc/passwd',
    '/%',
    '/%E0%A4%A.js',
    'etc/passwd',
  ])('refuses %s', (pathname) => {
    expect(resolve(pathname)).toBeNull();
  });

  it('decodes only once: a double-encoded dot is a plain file name, still inside the root', () => {
    const target = resolve('/%252e%252e/%252e%252e/etc/passwd.txt');
    expect(target?.file.startsWith(ROOT + path.sep)).toBe(true);
  });
});

describe('content types', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/app.JS', 'text/javascript; charset=utf-8'],
    ['assets/app.css', 'text/css; charset=utf-8'],
    ['fonts/dejavu.woff2', 'font/woff2'],
    ['logo.svg', 'image/svg+xml'],
    ['archive.exe', 'application/octet-stream'],
    ['README', 'application/octet-stream'],
    ['dir.d/README', 'application/octet-stream'],
  ])('sends %s as %s', (file, type) => {
    expect(mimeType(file)).toBe(type);
  });
});
