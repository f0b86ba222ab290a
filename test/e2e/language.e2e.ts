import { expect, test } from './fixtures';
import { createVaultDirectly, menuLabels, screenshot } from './helpers';

test('switches the interface to English and back to French, and remembers the choice', async ({ page }) => {
  await createVaultDirectly(page);
  await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Paramètres', exact: true }).click();
  await page.getByRole('tab', { name: 'Langue' }).click();
  await page.getByText('English', { exact: true }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  expect(await menuLabels(page)).toEqual([
    'Dashboard',
    'Breaches',
    'Requests',
    'Processors',
    'Records of processing',
    'Audit',
    'Reports',
    'Settings',
  ]);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await screenshot(page, '20-settings-english');

  await page.reload();
  await expect(page.getByRole('button', { name: 'Lock' })).toBeVisible();

  await page.getByText('Français', { exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Paramètres' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Verrouiller' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});
