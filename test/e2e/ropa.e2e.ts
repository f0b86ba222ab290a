/**
 * Registre des traitements (GDPR Art. 30, 35) in the real stack: a fiche screened as needing a DPIA
 * says so on its page and in the register; the register downloads in the CNIL layout (XLSX), and
 * importing it back is previewed fiche by fiche before anything is written.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { createVaultDirectly, expectAccessible, field, screenshot } from './helpers';

test('shows a DPIA as required on the fiche of a processing screened under Art. 35(3)(b), and downloads the register', async ({ page }) => {
  await createVaultDirectly(page);
  await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Registre des traitements', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Registre des traitements' })).toBeVisible();

  await page.getByRole('link', { name: 'Nouvelle fiche' }).click();
  await field(page, 'Nom du traitement').fill('Entrepôt de données de santé');
  await field(page, 'Finalité principale').fill('Études statistiques sur les remboursements');
  await expectAccessible(page, 'nouvelle fiche de registre');
  await page.getByRole('button', { name: 'Créer la fiche' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Entrepôt de données de santé' })).toBeVisible();
  await expect(page.getByText(/information\(s\) manquante\(s\)/).first()).toBeVisible();

  // The screening: large-scale processing of health data, Art. 35(3)(b).
  await page.getByRole('button', { name: 'Évaluer la nécessité d’une AIPD' }).click();
  const dialog = page.getByRole('dialog', { name: 'Test de nécessité d’une analyse d’impact' });
  await dialog.getByRole('checkbox', { name: /^Traitement à grande échelle de catégories particulières/ }).check();
  await expect(dialog).toContainText('Résultat : AIPD obligatoire');
  await dialog.getByLabel('Commentaire').fill('Entrepôt alimenté par les remboursements de 250 000 adhérents.');
  await dialog.getByRole('button', { name: 'Enregistrer le test' }).click();
  await expect(dialog).toBeHidden();

  const dpia = page.getByRole('region', { name: 'Analyse d’impact (AIPD)' });
  await expect(dpia.getByText('AIPD obligatoire', { exact: true })).toBeVisible();
  await expect(dpia.getByText('À réaliser', { exact: true })).toBeVisible();
  await expect(dpia).toContainText('article 35(3)(b) du RGPD');
  await dpia.getByRole('button', { name: 'Voir l’historique des tests' }).click();
  await expect(dpia.getByRole('table', { name: /1 test\(s\) de nécessité/ })).toBeVisible();
  await expectAccessible(page, 'fiche de registre');
  await screenshot(page, '60-fiche-registre-aipd');

  // The register says it too, and downloads in the CNIL layout.
  await page.getByRole('link', { name: '← Tout le registre' }).click();
  const line = page.getByRole('row').filter({ hasText: 'Entrepôt de données de santé' });
  await expect(line).toContainText('AIPD obligatoire');
  await expect(line).toContainText('À réaliser');
  await expectAccessible(page, 'registre');
  await screenshot(page, '61-registre');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /Registre des traitements, article 30\(1\), XLSX/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const path = await download.path();
  const bytes = await readFile(path);
  expect(bytes.subarray(0, 2).toString('latin1'), 'un classeur XLSX est une archive ZIP').toBe('PK');

  // Importing the same register back: previewed fiche by fiche, refused while the reference exists.
  await page.getByRole('button', { name: 'Importer un registre XLSX' }).click();
  const importer = page.getByRole('dialog', { name: 'Importer un registre au format du modèle CNIL' });
  await importer.locator('input[type="file"]').setInputFiles({ name: 'registre.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: bytes });
  await expect(importer.getByRole('table', { name: /Aperçu des 1 fiche\(s\)/ })).toBeVisible();
  await screenshot(page, '62-registre-import-apercu');
  const run = importer.getByRole('button', { name: /^Importer 1 fiche/ });
  await expect(importer.getByRole('row').filter({ hasText: 'Entrepôt de données de santé' })).toContainText('Refusée');
  await expect(importer).toContainText('est déjà celle du traitement');
  await expect(run).toBeDisabled();
  await importer.getByRole('checkbox', { name: 'Remplacer les fiches dont la référence existe déjà' }).check();
  await expect(importer.getByText('Classeur valide : prêt à importer.')).toBeVisible();
  await run.click();
  await expect(page.getByText(/Registre importé : 0 fiche\(s\) créée\(s\), 1 remplacée\(s\)/)).toBeVisible();
});
