/**
 * End-to-end tests of the real stack in Chromium: the web shell (`dpo serve`) on a temporary vault,
 * driven through the renderer build (`npx vite build --config vite.renderer.config.ts` first).
 * Files are `*.e2e.ts` so vitest never picks them up.
 */
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.e2e.ts',
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 180_000,
  expect: { timeout: 15_000 },
  outputDir: 'test-results',
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
        '--disable-quic',
      ],
    },
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    viewport: { width: 1280, height: 860 },
    acceptDownloads: true,
    // No fade-ins: axe must never measure a toast's colours half-way through its transition.
    contextOptions: { reducedMotion: 'reduce' },
    screenshot: 'on',
    trace: 'retain-on-failure',
  },
});
