/**
 * Sous-traitants (GDPR Art. 28, 44-49) in the real stack: the DPO records a processor and its
 * contract, answers the Art. 28 grid from the keyboard, and the missing clause raises the alert.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createVaultDirectly, expectAccessible, field, lock, screenshot, unlock } from './helpers';

async function api(page: Page, method: string, input: unknown): Promise<{ ok: boolean; value?: { id: string } }> {
  return page.evaluate(
    async ({ method, input }) => {
      const dpo = (globalThis as unknown as { dpo: Record<string, (i: unknown) => Promise<{ ok: boolean; value?: { id: string } }>> }).dpo;
      const call = dpo[method];
      if (!call) throw new Error(`méthode inconnue ${method}`);
      return call(input);
    },
    { method, input },
  );
}

test('shows the alert of a processor whose contract lacks a mandatory clause', async ({ page }) => {
  await createVaultDirectly(page);
  await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Sous-traitants', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sous-traitants' })).toBeVisible();

  // A new processor, established in Morocco: a transfer outside the EEA (Art. 44).
  await page.getByRole('link', { name: 'Nouveau sous-traitant' }).click();
  await field(page, 'Nom').fill('Centre d’appels Atlas');
  await field(page, 'Pays d’établissement').fill('Maroc');
  await expect(page.getByText('Maroc (MA) — hors EEE', { exact: false })).toBeVisible();
  await expectAccessible(page, 'nouveau sous-traitant');
  await page.getByRole('button', { name: 'Créer le sous-traitant' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Centre d’appels Atlas' })).toBeVisible();
  await expect(page.getByText('Aucun contrat', { exact: true }).first()).toBeVisible();

  // Its contract, then the grid answered from the keyboard: every clause present but 28(3)(h).
  await page.getByRole('button', { name: 'Ajouter un contrat' }).click();
  await field(page, 'Intitulé du contrat').fill('Contrat de prestation de centre d’appels');
  await field(page, 'Intitulé du contrat').press('Enter');
  await expect(page.getByRole('heading', { level: 3, name: 'Contrat de prestation de centre d’appels' })).toBeVisible();

  const grid = page.getByRole('grid', { name: /Clauses de l’article 28/ });
  await grid.getByRole('gridcell').nth(2).click();
  for (let row = 0; row < 25; row++) {
    await page.keyboard.press('p');
    await page.keyboard.press('ArrowDown');
  }
  // Art. 28(10) is a risk to detect, not a clause: here the processor does not decide the purposes.
  await grid.getByRole('row').filter({ hasText: 'Art. 28(10)' }).getByRole('gridcell').nth(2).click();
  await page.keyboard.press('n');
  const auditRow = grid.getByRole('row').filter({ hasText: 'Art. 28(3)(h)' });
  await auditRow.getByRole('gridcell').nth(2).click();
  await page.keyboard.press('m');
  // Enter types the section of the contract where a clause sits.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await page.keyboard.type('art. 7.2');
  await page.keyboard.press('Enter');
  await expect(grid.getByRole('row').filter({ hasText: 'Art. 28(3)(g)' })).toContainText('art. 7.2');
  await expect(auditRow).toContainText('M · Absente');
  await screenshot(page, '50-sous-traitant-grille');
  await page.getByRole('button', { name: /^Enregistrer la grille/ }).click();

  const alerts = page.getByRole('region', { name: /alerte\(s\) à traiter/ });
  await expect(alerts.getByText('Clause obligatoire absente')).toBeVisible();
  await expect(alerts).toContainText('Art. 28(3)(h) informations démontrant la conformité');
  await expect(alerts.getByText('Transfert hors EEE non encadré')).toBeVisible();
  await expect(page.getByText('Aucun contrat', { exact: true })).toHaveCount(0);
  await expectAccessible(page, 'fiche sous-traitant');
  await screenshot(page, '51-sous-traitant-alertes');

  // The list shows the processor with its alerts and its incomplete contract.
  await page.getByRole('link', { name: '← Tous les sous-traitants' }).click();
  const line = page.getByRole('row').filter({ hasText: 'Centre d’appels Atlas' });
  await expect(line).toContainText('2 élevée(s)');
  await expect(line).toContainText('95 %');
  await expectAccessible(page, 'liste des sous-traitants');
  await screenshot(page, '52-sous-traitants-liste');
});

test('lets the compliance officer read the clause grid without changing it', async ({ page }) => {
  await createVaultDirectly(page);
  const created = await api(page, 'processor.create', { name: 'Imprimerie du Rhône', country: 'FR' });
  expect(created.ok).toBe(true);
  const id = created.value?.id ?? '';
  expect((await api(page, 'processor.addContract', { processorId: id, contract: { title: 'Contrat d’éditique', checklist: { a28_9_in_writing: { status: 'present' } } } })).ok).toBe(true);
  expect((await api(page, 'user.add', { username: 'conformite', displayName: 'Inès Caron', role: 'compliance', passphrase: 'girafe parapluie sel orage' })).ok).toBe(true);
  await lock(page);
  await unlock(page, 'conformite', 'girafe parapluie sel orage');
  await expect(page.getByRole('heading', { level: 1, name: 'Bonjour Inès Caron' })).toBeVisible();

  await page.goto(`${new URL(page.url()).origin}/#/sous-traitants/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Imprimerie du Rhône' })).toBeVisible();
  await expect(page.getByText('Lecture seule')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ajouter un contrat' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Enregistrer la grille/ })).toHaveCount(0);
  const grid = page.getByRole('grid', { name: /Clauses de l’article 28/ });
  await grid.getByRole('gridcell').nth(2).click();
  await page.keyboard.press('p');
  await expect(grid.getByRole('row').nth(1)).toContainText('Non vérifiée');
  // The compliance officer exports the register with its clause matrix (Art. 30(4): shown on request).
  await page.getByRole('link', { name: '← Tous les sous-traitants' }).click();
  await page.getByRole('button', { name: /Registre des sous-traitants et matrice des clauses, XLSX/ }).click();
  await expect(page.getByText(/Fichier « .+\.xlsx » généré/)).toBeVisible();
});
