/**
 * Demandes (issue 5), end to end on the real stack: a request is received, proof of identity is
 * requested and received, the request is extended (Art. 12(3)), answered, and the register is
 * downloaded; then the list stays usable with thousands of requests (virtualised, paged).
 */
import { readFile } from 'node:fs/promises';
import { readSheetRows } from '../../src-main/reports/xlsx/read';
import { expect, test, type Page } from './fixtures';
import { createVaultDirectly, expectAccessible, field, screenshot } from './helpers';

async function openRequests(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Demandes', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Demandes' })).toBeVisible();
}

/** Runs one step of the request through its button and modal. */
async function step(page: Page, button: string, fill: (dialog: ReturnType<Page['getByRole']>) => Promise<void> = async () => {}): Promise<void> {
  await page.getByRole('button', { name: button, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: button });
  await expect(dialog.getByLabel(/^Date et heure/)).not.toHaveValue('');
  await fill(dialog);
  await dialog.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(dialog).toHaveCount(0);
}

test('a request is received, identity requested, extended, answered, and the register downloaded', async ({ page }) => {
  await createVaultDirectly(page);
  await openRequests(page);
  await expectAccessible(page, 'liste des demandes (vide)');

  // Intake.
  await page.getByRole('link', { name: 'Nouvelle demande' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nouvelle demande' })).toBeVisible();
  await expect(field(page, 'Reçue le')).not.toHaveValue('');
  await field(page, 'Nom et prénom').fill('Jeanne Martin');
  await field(page, 'N° d’adhérent ou de contrat').fill('MSH-004512');
  await field(page, 'Courriel').fill('jeanne.martin@example.fr');
  await field(page, 'Objet de la demande').fill('Copie de toutes mes données de remboursement depuis 2020.');
  await expectAccessible(page, 'nouvelle demande');
  await screenshot(page, '60-demande-saisie');
  await page.getByRole('button', { name: 'Enregistrer la demande' }).click();

  await expect(page.getByRole('heading', { level: 1, name: /DEM-\d{4}-\d+ — Droit d'accès/ })).toBeVisible();
  const reference = ((await page.getByRole('heading', { level: 1 }).innerText()).match(/DEM-\d{4}-\d+/) ?? [''])[0];
  const duePanel = page.getByRole('region', { name: 'Échéances de la demande' });
  await expect(duePanel.getByText(/^Échéance stricte : /)).toBeVisible();
  await expect(duePanel.getByText(/^Prochaine étape : /)).toBeVisible();

  // Identity: asked (the strict due date is not paused), then received.
  await step(page, 'Demander un justificatif d’identité', async (dialog) => {
    await dialog.getByLabel(/^Justificatifs demandés/).fill('Numéro d’adhérent et date de naissance, par courriel.');
  });
  await expect(page.getByText('En attente d\'un justificatif d\'identité').first()).toBeVisible();
  await expect(duePanel.getByText(/^Échéance stricte : /)).toBeVisible();
  await step(page, 'Justificatif reçu');

  // Extension within the first month, with its reasons (Art. 12(3)).
  await step(page, 'Prolonger de deux mois', async (dialog) => {
    await expect(dialog.getByText(/La prolongation et ses motifs doivent être notifiés au demandeur au plus tard le/)).toBeVisible();
    await dialog.getByLabel(/^Motifs de la prolongation/).fill('Données réparties entre trois systèmes de gestion ; extraction en cours.');
  });
  await expect(duePanel.getByText(/^Échéance prolongée : /)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Prolonger de deux mois' })).toHaveCount(0);
  await expectAccessible(page, 'demande prolongée');
  await screenshot(page, '61-demande-prolongee');

  // Answer.
  await step(page, 'Enregistrer la réponse', async (dialog) => {
    await dialog.getByLabel(/^Ce qui a été fait ou transmis/).fill('Copie des données envoyée par courriel chiffré.');
  });
  await expect(duePanel.getByText('Répondue à temps')).toBeVisible();

  // Timeline and letters.
  await page.getByRole('tab', { name: 'Chronologie' }).click();
  for (const label of ['Demande enregistrée', 'Justificatif d\'identité demandé', 'Justificatif d\'identité reçu', 'Prolongation notifiée (art. 12(3))', 'Réponse envoyée']) {
    await expect(page.getByText(label, { exact: true })).toBeVisible();
  }
  await page.getByRole('tab', { name: 'Courriers' }).click();
  const letter = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Notification de prolongation (PDF)' }).click();
  expect((await letter).suggestedFilename()).toBe(`${reference}-extension-notice.pdf`);
  await expectAccessible(page, 'courriers');
  await screenshot(page, '62-demande-courriers');

  // The register of the year, as XLSX.
  await openRequests(page);
  await page.getByRole('textbox', { name: 'Afficher' }).or(page.getByRole('combobox', { name: 'Afficher' })).first().click();
  await page.getByRole('option', { name: 'Toutes les demandes' }).click();
  await expect(page.getByRole('link', { name: reference })).toBeVisible();
  const registerDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Télécharger le registre' }).click();
  const register = await registerDownload;
  expect(register.suggestedFilename()).toMatch(/^registre-demandes-\d{4}-01-01-\d{4}-\d{2}-\d{2}\.xlsx$/);
  // Read back: the request is in the register, extended, answered on time, granted.
  const rows = await readSheetRows(await readFile(await register.path()), 'Demandes');
  const line = rows.find((r) => r['Référence'] === reference);
  expect(line?.['Type']).toBe('Droit d\'accès');
  expect(line?.['Prolongée']).toBe('Oui');
  expect(line?.['Respect du délai']).toBe('Dans le délai');
  expect(line?.['Issue']).toBe('Satisfaite');
  await expectAccessible(page, 'liste des demandes');
  await screenshot(page, '63-demandes-liste');
});

test('lists thousands of requests through a virtualised, server-paged table', async ({ page }) => {
  await createVaultDirectly(page);
  const count = 3000;
  const imported = await page.evaluate(async (n) => {
    const api = (globalThis as unknown as { dpo: Record<string, (input: unknown) => Promise<{ ok: boolean; value?: { count: number } }>> }).dpo;
    const requests = Array.from({ length: n }, (_, i) => ({
      type: i % 3 === 0 ? 'erasure' : 'access',
      receivedAt: new Date(Date.UTC(2026, 0, 5) + (i % 300) * 86_400_000).toISOString(),
      channel: 'email',
      applicant: { name: `Adhérent ${String(i).padStart(5, '0')}` },
    }));
    const result = await api['request.importBatch']?.({ requests });
    return result?.ok ? result.value?.count : -1;
  }, count);
  expect(imported).toBe(count);

  await openRequests(page);
  await page.getByRole('textbox', { name: 'Afficher' }).or(page.getByRole('combobox', { name: 'Afficher' })).first().click();
  await page.getByRole('option', { name: 'Toutes les demandes' }).click();
  await expect(page.getByText(/^3\s000 demande\(s\)/)).toBeVisible();
  const table = page.getByRole('region', { name: 'Demandes d’exercice des droits' });
  // Only the rows on screen are in the page.
  expect(await table.locator('tbody tr').count()).toBeLessThan(80);

  // Sorted by applicant, descending: the last one first; then scroll to the very end.
  await table.getByRole('button', { name: /^Demandeur/ }).click();
  await table.getByRole('button', { name: /^Demandeur/ }).click();
  await expect(table.locator('tbody tr').filter({ hasText: 'Adhérent 02999' })).toBeVisible();
  await table.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await expect(table.locator('tbody tr').filter({ hasText: 'Adhérent 00000' })).toBeVisible();
  expect(await table.locator('tbody tr').count()).toBeLessThan(80);

  // The open deadlines as an .ics calendar, from the same page: one event per request awaiting an answer.
  const calendarDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Télécharger le calendrier' }).click();
  const calendar = await calendarDownload;
  expect(calendar.suggestedFilename()).toMatch(/^echeances-demandes-\d{4}-\d{2}-\d{2}\.ics$/);
  const ics = await readFile(await calendar.path(), 'utf8');
  expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
  expect(ics.split('\r\n').filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(count);

  // Search goes to the service.
  await page.getByRole('searchbox', { name: 'Recherche' }).fill('Adhérent 01234');
  await expect(page.getByText(/^1 demande\(s\)/)).toBeVisible();
  await expectAccessible(page, 'liste virtualisée');
  await screenshot(page, '64-demandes-3000');
});
