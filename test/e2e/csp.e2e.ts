import { expect, test } from './fixtures';
import { createVaultDirectly } from './helpers';

test.describe('Content Security Policy', () => {
  test.use({ expectCspViolations: true });

  test('blocks an injected inline script', async ({ page }) => {
    await createVaultDirectly(page);
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
  });

  test('blocks an injected inline style', async ({ page }) => {
    await createVaultDirectly(page);
    const applied = await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { outline: 7px solid rgb(255, 0, 0) !important; }';
      document.head.append(style);
      return getComputedStyle(document.body).outlineWidth === '7px';
    });
    expect(applied).toBe(false);
  });
});

test('serves an index.html without inline script or style, under the CSP header', async ({ page, shell }) => {
  const response = await page.request.get(`${shell.origin}/`);
  const csp = response.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("style-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  const html = await response.text();
  expect(html).toContain('<div id="root">');
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  expect(html).not.toMatch(/<style\b/);
  expect(html).not.toMatch(/\sstyle=/);
});
