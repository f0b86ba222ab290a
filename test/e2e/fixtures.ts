/**
 * Test fixtures: every test gets its own web shell on a new vault, and a page that
 * - records every request and fails the test if one leaves http://127.0.0.1:<port>;
 * - fails the test on any Content Security Policy violation in the console (unless the test
 *   provokes one on purpose) and on any uncaught page error.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { startWebShell, type WebShell } from './web-shell';

interface Fixtures {
  shell: WebShell;
  /** Set to true by a test that triggers a CSP violation on purpose. */
  expectCspViolations: boolean;
}

/** Same origin, or a blob: URL the page itself created. */
export function isLocal(url: string, origin: string): boolean {
  return url === origin || url.startsWith(`${origin}/`) || url.startsWith(`blob:${origin}/`);
}

export const test = base.extend<Fixtures>({
  expectCspViolations: [false, { option: true }],
  // eslint-disable-next-line no-empty-pattern
  shell: async ({}, use) => {
    const shell = await startWebShell();
    try {
      await use(shell);
    } finally {
      await shell.stop();
    }
  },
  page: async ({ page, shell, expectCspViolations }, use) => {
    const requests: string[] = [];
    const cspMessages: string[] = [];
    const pageErrors: string[] = [];
    page.on('request', (request) => {
      requests.push(request.url());
    });
    page.on('console', (message) => {
      const text = message.text();
      if (/Content Security Policy|Refused to (execute|apply|load|connect)/i.test(text)) cspMessages.push(text);
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));

    await page.goto(shell.url);
    await use(page);

    const foreign = requests.filter((url) => !isLocal(url, shell.origin));
    expect(foreign, `requêtes sorties de ${shell.origin}`).toEqual([]);
    if (!expectCspViolations) expect(cspMessages, 'violations de la CSP dans la console').toEqual([]);
    expect(pageErrors, 'erreurs JavaScript non rattrapées').toEqual([]);
  },
});

export { expect };
export type { Page };
