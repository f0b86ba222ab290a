/** Every page of the unlocked app, as the DPO: no serious accessibility violation, one screenshot each. */
import { expect, test } from './fixtures';
import { createVaultDirectly, expectAccessible, field, screenshot } from './helpers';

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

test('Paramètres: the DPO edits the organisation, backs up, restores the backup and verifies the audit log', async ({ page, shell }) => {
  await createVaultDirectly(page);
  const settings = (section: string) => page.goto(`${shell.origin}/#/parametres/${section}`);

  // Organisation: saved, and still there after a reload.
  await settings('organisation');
  await field(page, 'Ville').fill('Villeurbanne');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Modifications enregistrées.')).toBeVisible();
  await page.reload();
  await expect(field(page, 'Ville')).toHaveValue('Villeurbanne');

  // Backup now, from the page.
  await settings('backups');
  await field(page, 'Note (facultative)').fill('avant essai');
  await page.getByRole('button', { name: 'Créer une sauvegarde maintenant' }).click();
  await expect(page.getByText(/Sauvegarde créée et vérifiée/)).toBeVisible();
  const manual = page.getByRole('row').filter({ hasText: 'Manuelle' });
  await expect(manual).toHaveCount(1);

  // A later change, then the restore brings the backed-up organisation back.
  await settings('organisation');
  await field(page, 'Ville').fill('Vénissieux');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Modifications enregistrées.').first()).toBeVisible();

  await settings('backups');
  await manual.getByRole('button', { name: /^Restaurer la sauvegarde du / }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Restaurer la sauvegarde du');
  await dialog.getByRole('button', { name: 'Restaurer', exact: true }).click();
  await expect(page.getByText(/Sauvegarde restaurée/)).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'Avant restauration' })).toHaveCount(1);
  await screenshot(page, '47-parametres-sauvegarde-restauree');

  await settings('organisation');
  await expect(field(page, 'Ville')).toHaveValue('Villeurbanne');

  // The audit log is intact and its head hash is the one the vault reports.
  await settings('audit');
  await page.getByRole('button', { name: 'Vérifier le journal' }).click();
  const verdict = page.getByRole('status').filter({ hasText: 'Journal intact' });
  await expect(verdict).toBeVisible();
  const shownHead = (await verdict.locator('code.hash').innerText()).trim();
  expect(shownHead).toMatch(/^[0-9a-f]{64}$/);
  const head = await page.evaluate(async () => {
    const api = (globalThis as unknown as { dpo: Record<string, (i: unknown) => Promise<{ ok: boolean; value?: { auditHead: { hash: string } } }>> }).dpo;
    return (await api['vault.status']?.({}))?.value?.auditHead.hash;
  });
  expect(shownHead).toBe(head);
});
