/**
 * Violations (issue 4), end to end on the real stack: the security officer logs an incident in a
 * few keystrokes and qualifies it (the 72-hour clock starts); the DPO assesses the risk, decides,
 * records the notification to the CNIL and downloads the dossier PDF.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from './fixtures';
import { createVaultDirectly, DPO, expectAccessible, field, lock, screenshot, SECURITY, unlock } from './helpers';

async function addSecurityOfficer(page: Page): Promise<void> {
  const ok = await page.evaluate(async (user) => {
    const api = (globalThis as unknown as { dpo: Record<string, (input: unknown) => Promise<{ ok: boolean }>> }).dpo;
    return (await api['user.add']?.({ username: user.username, displayName: user.displayName, role: 'security', passphrase: user.passphrase }))?.ok;
  }, SECURITY);
  expect(ok, 'user.add').toBe(true);
}

/** Picks `option` in the Mantine select (or multi-select) labelled `label`. */
async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('textbox', { name: label, exact: true }).or(page.getByRole('combobox', { name: label, exact: true })).first().click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('the security officer logs an incident, the DPO assesses, notifies and downloads the dossier', async ({ page }) => {
  await createVaultDirectly(page);
  await addSecurityOfficer(page);
  await lock(page);
  await unlock(page, SECURITY.username, SECURITY.passphrase);
  await expect(page.getByRole('heading', { level: 1, name: `Bonjour ${SECURITY.displayName}` })).toBeVisible();

  // Fast capture, keyboard only: open the form, type a title, Enter.
  await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Violations', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Violations' })).toBeVisible();
  await expectAccessible(page, 'liste des violations (vide)');
  await page.getByRole('link', { name: 'Nouvel incident' }).click();
  const title = field(page, 'Intitulé');
  await expect(title).toBeFocused();
  await expect(field(page, 'Découverte de l’incident')).not.toHaveValue('');
  await expectAccessible(page, 'saisie rapide');
  await screenshot(page, '50-violation-saisie-rapide');
  await title.fill('Relevés de remboursement envoyés au mauvais adhérent');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: /VIO-\d{4}-\d+ — Relevés de remboursement/ })).toBeVisible();
  const reference = ((await page.getByRole('heading', { level: 1 }).innerText()).match(/VIO-\d{4}-\d+/) ?? [''])[0];
  await expect(page.getByText('Délai non démarré').first()).toBeVisible();

  // Qualification: a breach, aware now — the 72-hour clock starts.
  await page.getByRole('button', { name: 'Ouvrir la qualification' }).click();
  await page.getByRole('button', { name: 'Qualifier de violation' }).click();
  const dialog = page.getByRole('dialog', { name: 'Qualifier l’incident de violation de données personnelles' });
  await expect(dialog.getByLabel(/^Prise de connaissance/)).not.toHaveValue('');
  await dialog.getByRole('button', { name: 'Qualifier et démarrer le délai' }).click();
  await expect(page.getByText(/^Reste (2 j 23 h|3 j 0 h|2 j 22 h)/).first()).toBeVisible();
  // Decisions are the DPO's: the security officer sees why there is no form.
  await page.getByRole('tab', { name: 'Décision' }).click();
  await expect(page.getByText('Cette étape relève du délégué à la protection des données.')).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Documents' })).toBeVisible();
  await screenshot(page, '51-violation-qualifiee-securite');

  // The DPO takes over.
  await lock(page);
  await unlock(page, DPO.username, DPO.passphrase);
  await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Violations', exact: true }).click();
  await expect(page.getByRole('cell', { name: /^Reste/ })).toBeVisible();
  await expectAccessible(page, 'liste des violations');
  await screenshot(page, '52-violations-liste');
  await page.getByRole('link', { name: reference, exact: true }).click();

  // Risk assessment: structured answers → ENISA score and recommendation.
  await page.getByRole('tab', { name: 'Analyse de risque' }).click();
  await choose(page, 'Types de données concernées', 'Données de santé (art. 9)');
  await page.keyboard.press('Escape');
  await choose(page, 'Facilité d’identification (EI)', 'Maximale (1)');
  await choose(page, 'Perte de confidentialité', 'Des destinataires identifiés');
  await choose(page, 'Exfiltration des données', 'Certaine');
  await choose(page, 'Perte d’intégrité', 'Aucune');
  await choose(page, 'Perte de disponibilité', 'Aucune');
  await choose(page, 'Sauvegarde', 'Sans objet');
  await choose(page, 'Effets pour les personnes', 'Réversibles');
  await expect(page.getByText('Gravité ENISA : SE = DPC 4 × EI 1 + CB 0,25 = 4,25', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Enregistrer l’analyse' }).click();
  await expect(page.getByRole('table', { name: 'Analyses enregistrées' }).getByRole('cell', { name: '4,25' })).toBeVisible();
  await expectAccessible(page, 'analyse de risque');
  await screenshot(page, '53-violation-analyse');

  // Decision: follow the recommendation (notify the CNIL and inform the people).
  await page.getByRole('tab', { name: 'Décision' }).click();
  await expect(page.getByRole('radio', { name: /— recommandé$/ })).toBeChecked();
  await page.getByRole('button', { name: 'Enregistrer la décision' }).click();
  await expect(page.getByText('Décision enregistrée.')).toBeVisible();

  // Notification to the CNIL, within the 72 hours: no reasons for delay asked.
  await page.getByRole('tab', { name: 'Notifications CNIL' }).click();
  await field(page, 'Référence donnée par la CNIL').fill('CNIL-2026-004217');
  await expect(page.getByText('Motifs du retard')).toHaveCount(0);
  await page.getByRole('button', { name: 'Enregistrer la notification' }).click();
  const notifications = page.getByRole('table', { name: 'Notifications à la CNIL' });
  await expect(notifications.getByRole('cell', { name: 'CNIL-2026-004217' })).toBeVisible();
  await expect(notifications.getByRole('cell', { name: 'Dans les 72 h' })).toBeVisible();
  await expect(page.getByText('Notifiée dans les 72 h').first()).toBeVisible();
  await expectAccessible(page, 'notifications');
  await screenshot(page, '54-violation-notifiee');

  // The dossier of the notification made: a PDF named after the breach.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Télécharger le dossier de la notification n° 1 (PDF)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${reference}-notification-initiale.pdf`);
  const path = await download.path();
  const bytes = await readFile(path);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

  // The timeline shows each step from the audit trail.
  await page.getByRole('tab', { name: 'Chronologie' }).click();
  for (const step of ['Incident enregistré', 'Qualifiée de violation : prise de connaissance fixée', 'Analyse de risque enregistrée', 'Décision prise', 'Notification à la CNIL enregistrée']) {
    await expect(page.getByText(step, { exact: true })).toBeVisible();
  }
  await expectAccessible(page, 'chronologie');
  await page.getByRole('tab', { name: 'Fiche' }).click();
  await expectAccessible(page, 'fiche');
  await screenshot(page, '55-violation-fiche');
});
