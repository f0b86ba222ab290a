/**
 * electron-vite 6 build of the desktop app: out/main (ESM), out/preload (CommonJS, self-contained,
 * as a sandboxed preload must be), out/renderer (the React UI from src-renderer).
 */
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { METHOD_NAMES } from './src-main/shared/contract';
import rendererViteConfig from './vite.renderer.config';

/** The contract's method names, injected into the preload so that it does not bundle zod. */
export const PRELOAD_DEFINES = {
  __DPO_METHOD_NAMES__: JSON.stringify(METHOD_NAMES),
};

export default defineConfig({
  main: {
    build: {
      rolldownOptions: {
        // The audit pack runs in a worker thread: its entry is built beside the main process's
        // (out/main/pack-worker.js) and handed to the service (app/main.ts).
        input: { index: resolve('src-main/app/main.ts'), 'pack-worker': resolve('src-main/service/handlers/report-pack-worker.ts') },
        // Native module: loaded from node_modules at run time, with the Electron binding passed
        // through `nativeBinding` (DESIGN.md "Native module for Electron").
        external: ['better-sqlite3-multiple-ciphers'],
      },
    },
  },
  preload: {
    define: PRELOAD_DEFINES,
    build: {
      // A sandboxed preload can require `electron` and nothing else: bundle everything.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve('src-main/app/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src-renderer',
    // Same plugins as the web build (React, the static Mantine theme stylesheet, the CSP <meta>),
    // so Electron and `dpo serve` run the very same renderer.
    plugins: rendererViteConfig.plugins ?? [react()],
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: { input: resolve('src-renderer/index.html') },
    },
  },
});
