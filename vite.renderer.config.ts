/**
 * Build of the renderer (React UI) for the web shell and Electron: `out/renderer`, relative base
 * (served at `/` and at app://workbench/), and nothing inline in index.html, because the app runs
 * under `script-src 'self'; style-src 'self'` without 'unsafe-inline'.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { buildThemeCss } from './src-renderer/theme/theme-css';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The Content Security Policy of the app, also set by the web shell and the Electron protocol. */
export const RENDERER_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self' data:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** `import 'virtual:mantine-theme.css'`: Mantine's theme variables as a static stylesheet. */
function mantineThemeCss(): Plugin {
  const id = 'virtual:mantine-theme.css';
  const resolved = `\0${id}`;
  return {
    name: 'dpo:mantine-theme-css',
    resolveId: (source) => (source === id ? resolved : null),
    load: (loaded) => (loaded === resolved ? buildThemeCss() : null),
  };
}

/**
 * The CSP as a <meta> too, in the built page only (the dev server needs inline styles for hot
 * reload). `frame-ancestors` is ignored in a meta element, so it is left to the HTTP header.
 */
function cspMeta(): Plugin {
  const metaPolicy = RENDERER_CSP.replace(/;\s*frame-ancestors[^;]*/, '');
  return {
    name: 'dpo:csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: metaPolicy }, injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig({
  root: here('./src-renderer'),
  base: './',
  publicDir: here('./src-renderer/public'),
  plugins: [react(), mantineThemeCss(), cspMeta()],
  build: {
    outDir: here('./out/renderer'),
    emptyOutDir: true,
    target: 'es2022',
    // Assets are files, never data: URLs inside scripts; fonts and images stay under 'self'.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 4096,
  },
  server: { host: '127.0.0.1', strictPort: false },
});
