import { expect, test } from './fixtures';
import { createVaultDirectly, DPO, expectAccessible, field, menuLabels, screenshot } from './helpers';

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

  // Locked, the unlock screen and the service's refusal read in English too.
  await page.getByRole('button', { name: 'Lock' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Unlock the vault' })).toBeVisible();
  await field(page, 'Username').fill(DPO.username);
  await field(page, 'Passphrase').fill('not the right passphrase');
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByRole('alert', { name: 'Operation not possible' })).toContainText('Wrong username or passphrase');
  await expectAccessible(page, 'unlock (English)');
  await field(page, 'Passphrase').fill(DPO.passphrase);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  // Back where the user was when the vault was locked.
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  const menu = page.getByRole('navigation', { name: 'Main menu' });
  await menu.getByRole('link', { name: 'Dashboard', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Hello ${DPO.displayName}` })).toBeVisible();
  await expectAccessible(page, 'dashboard (English)');

  await menu.getByRole('link', { name: 'Settings', exact: true }).click();
  await page.getByRole('tab', { name: 'Language' }).click();
  await page.getByText('Français', { exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Paramètres' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Verrouiller' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});
