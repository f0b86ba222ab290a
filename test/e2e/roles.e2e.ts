import { expect, test } from './fixtures';
import { createVaultDirectly, field, lock, menuLabels, screenshot, SECURITY, unlock } from './helpers';

const ALL_MODULES = [
  'Tableau de bord',
  'Violations',
  'Demandes',
  'Sous-traitants',
  'Registre des traitements',
  'Contrôle',
  'Rapports',
  'Paramètres',
];

test('shows a security officer only the dashboard, breaches and their own settings', async ({ page }) => {
  await createVaultDirectly(page);
  expect(await menuLabels(page)).toEqual(ALL_MODULES);

  // The DPO adds the security officer in Paramètres › Utilisateurs et rôles.
  await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Paramètres', exact: true }).click();
  await page.getByRole('tab', { name: 'Utilisateurs et rôles' }).click();
  await field(page, 'Identifiant').fill(SECURITY.username);
  await field(page, 'Nom affiché').fill(SECURITY.displayName);
  await page.getByRole('combobox', { name: 'Rôle' }).click();
  await page.getByRole('option', { name: 'Responsable de la sécurité' }).click();
  await field(page, 'Phrase secrète initiale').fill(SECURITY.passphrase);
  await field(page, 'Confirmation de la phrase secrète').fill(SECURITY.passphrase);
  await page.getByRole('button', { name: 'Ajouter', exact: true }).click();
  await expect(page.getByRole('cell', { name: SECURITY.displayName })).toBeVisible();
  await screenshot(page, '10-utilisateurs');

  await lock(page);
  await unlock(page, SECURITY.username, SECURITY.passphrase);
  await expect(page.getByRole('heading', { level: 1, name: `Bonjour ${SECURITY.displayName}` })).toBeVisible();
  expect(await menuLabels(page)).toEqual(['Tableau de bord', 'Violations', 'Paramètres']);
  await screenshot(page, '11-tableau-de-bord-securite');

  // Typing the URL of a module the role cannot read shows "Accès refusé".
  const origin = new URL(page.url()).origin;
  for (const path of ['/demandes', '/sous-traitants', '/registre', '/controle', '/rapports', '/parametres/users', '/parametres/backups', '/parametres/organisation', '/parametres/autolock', '/parametres/audit']) {
    await page.goto(`${origin}/#${path}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Accès refusé' }), path).toBeVisible();
  }
  await screenshot(page, '12-acces-refuse');

  // Their settings: own passphrase and language only.
  const menu = page.getByRole('navigation', { name: 'Menu principal' });
  await menu.getByRole('link', { name: 'Paramètres', exact: true }).click();
  await expect(page.getByRole('tab')).toHaveText(['Ma phrase secrète', 'Langue']);
  await menu.getByRole('link', { name: 'Violations', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Violations' })).toBeVisible();
});

test('shows the compliance officer every module, read only, without user management', async ({ page }) => {
  await createVaultDirectly(page);
  const added = await page.evaluate(async () => {
    const api = (globalThis as unknown as { dpo: Record<string, (input: unknown) => Promise<{ ok: boolean }>> }).dpo;
    return (await api['user.add']?.({ username: 'conformite', displayName: 'Inès Caron', role: 'compliance', passphrase: 'girafe parapluie sel orage' }))?.ok;
  });
  expect(added).toBe(true);
  await lock(page);
  await unlock(page, 'conformite', 'girafe parapluie sel orage');
  await expect(page.getByRole('heading', { level: 1, name: 'Bonjour Inès Caron' })).toBeVisible();
  expect(await menuLabels(page)).toEqual(ALL_MODULES);

  const menu = page.getByRole('navigation', { name: 'Menu principal' });
  await menu.getByRole('link', { name: 'Sous-traitants', exact: true }).click();
  await expect(page.getByText('Lecture seule')).toBeVisible();

  await menu.getByRole('link', { name: 'Paramètres', exact: true }).click();
  await expect(page.getByRole('tab')).toHaveText([
    'Organisation',
    'Ma phrase secrète',
    'Langue',
    'Verrouillage automatique',
    'Sauvegardes',
    'Journal d’audit',
  ]);
  await expect(field(page, 'Raison sociale')).toHaveAttribute('readonly', '');
  await expect(page.getByRole('button', { name: 'Enregistrer' })).toHaveCount(0);
  await page.getByRole('tab', { name: 'Sauvegardes' }).click();
  await page.getByRole('button', { name: 'Créer une sauvegarde maintenant' }).click();
  await expect(page.getByRole('cell').first()).toBeVisible();
  // Restoring replaces the vault: the DPO's decision only.
  await expect(page.getByRole('button', { name: /^Restaurer/ })).toHaveCount(0);
  await screenshot(page, '13-sauvegardes-conformite');
});
