/** Every page of the unlocked app, as the DPO: no serious accessibility violation, one screenshot each. */
import { expect, test } from './fixtures';
import { createVaultDirectly, expectAccessible, screenshot } from './helpers';

const PAGES = [
  { hash: '/', heading: 'Bonjour Claire Martin', name: '30-tableau-de-bord' },
  { hash: '/violations', heading: 'Violations', name: '31-violations' },
  { hash: '/demandes', heading: 'Demandes', name: '32-demandes' },
  { hash: '/sous-traitants', heading: 'Sous-traitants', name: '33-sous-traitants' },
  { hash: '/registre', heading: 'Registre des traitements', name: '34-registre' },
  { hash: '/controle', heading: 'Contrôle', name: '35-controle' },
  { hash: '/rapports', heading: 'Rapports', name: '36-rapports' },
  { hash: '/parametres/organisation', heading: 'Paramètres', name: '40-parametres-organisation' },
  { hash: '/parametres/users', heading: 'Paramètres', name: '41-parametres-utilisateurs' },
  { hash: '/parametres/passphrase', heading: 'Paramètres', name: '42-parametres-phrase-secrete' },
  { hash: '/parametres/language', heading: 'Paramètres', name: '43-parametres-langue' },
  { hash: '/parametres/autolock', heading: 'Paramètres', name: '44-parametres-verrouillage' },
  { hash: '/parametres/backups', heading: 'Paramètres', name: '45-parametres-sauvegardes' },
  { hash: '/parametres/audit', heading: 'Paramètres', name: '46-parametres-journal' },
];

test('every page is reachable, accessible and captured', async ({ page, shell }) => {
  await createVaultDirectly(page);
  // Something in the backup list and the audit result, so their tables are checked too.
  await page.evaluate(() => (globalThis as unknown as { dpo: Record<string, (i: unknown) => Promise<unknown>> }).dpo['backup.create']?.({}));
  for (const p of PAGES) {
    await page.goto(`${shell.origin}/#${p.hash}`);
    await expect(page.getByRole('heading', { level: 1, name: p.heading })).toBeVisible();
    if (p.hash === '/parametres/audit') {
      await page.getByRole('button', { name: 'Vérifier le journal' }).click();
      await expect(page.getByText(/Journal intact/)).toBeVisible();
    }
    if (p.hash === '/parametres/backups') await expect(page.getByRole('cell').first()).toBeVisible();
    if (p.hash === '/') await expect(page.getByText('Empreinte du journal d’audit', { exact: false })).toBeVisible();
    await expectAccessible(page, p.hash);
    await screenshot(page, p.name);
  }
});

test('moves through the menu with the arrow keys and opens modules with Alt+digit', async ({ page }) => {
  await createVaultDirectly(page);
  // The skip link is the first stop of the keyboard and lands on the main content.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Aller au contenu principal' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main-content')).toBeFocused();

  const menu = page.getByRole('navigation', { name: 'Menu principal' });
  await menu.getByRole('link', { name: 'Tableau de bord', exact: true }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('link', { name: 'Violations', exact: true })).toBeFocused();
  await page.keyboard.press('End');
  await expect(menu.getByRole('link', { name: 'Paramètres', exact: true })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('link', { name: 'Tableau de bord', exact: true })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(menu.getByRole('link', { name: 'Paramètres', exact: true })).toBeFocused();

  await page.keyboard.press('Alt+4');
  await expect(page.getByRole('heading', { level: 1, name: 'Sous-traitants' })).toBeVisible();
  await page.keyboard.press('Alt+8');
  await expect(page.getByRole('heading', { level: 1, name: 'Paramètres' })).toBeVisible();
});
