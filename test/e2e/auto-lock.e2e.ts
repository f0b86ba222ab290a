import { expect, test } from './fixtures';
import { createVaultDirectly, DPO, field } from './helpers';

test('locks the vault after the configured minutes without activity, and activity postpones it', async ({ page }) => {
  // The page's clock is driven by the test: minutes pass without waiting.
  await page.clock.install();
  await page.reload();
  await createVaultDirectly(page);

  await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Paramètres', exact: true }).click();
  await page.getByRole('tab', { name: 'Verrouillage automatique' }).click();
  await field(page, 'Verrouiller après (minutes d’inactivité)').fill('2');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Modifications enregistrées.')).toBeVisible();

  await page.clock.fastForward('01:30');
  await page.mouse.move(200, 300);
  await page.mouse.move(220, 320);
  await page.clock.fastForward('01:30');
  await expect(page.getByRole('heading', { level: 1, name: 'Paramètres' })).toBeVisible();

  await page.clock.fastForward('02:01');
  await expect(page.getByRole('heading', { level: 1, name: 'Déverrouiller le coffre' })).toBeVisible();
  await expect(page.getByText("Coffre verrouillé automatiquement après 2 min d'inactivité.")).toBeVisible();
  await expect(field(page, 'Identifiant')).toHaveValue(DPO.username);
});
