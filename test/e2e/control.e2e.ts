/**
 * Contrôle (issue 7), as the DPO in Chromium on the real stack: a multi-year audit plan with its
 * coverage chart, a permanent control that fails and opens a finding, an action answering it with a
 * piece of evidence uploaded (stored encrypted) and downloaded back byte for byte, status moves, and
 * the action-plan XLSX export. Actions also start where the need is seen (issue 7): from a processor
 * alert (Art. 28) and from a breach's planned measures (Art. 33(3)(d)), with their origin kept.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from './fixtures';
import { createVaultDirectly, expectAccessible, field, screenshot } from './helpers';

const EVIDENCE = 'Procès-verbal de la revue des habilitations\r\nComptes orphelins désactivés le 12/03.\r\n';

/** A contract method called the way the page calls it (for setting up what a test is not about). */
async function api(page: Page, method: string, input: unknown): Promise<{ ok: boolean; value?: { id: string; reference?: string } }> {
  return page.evaluate(
    async ({ method, input }) => {
      const dpo = (globalThis as unknown as { dpo: Record<string, (i: unknown) => Promise<{ ok: boolean; value?: { id: string; reference?: string } }>> }).dpo;
      const call = dpo[method];
      if (!call) throw new Error(`méthode inconnue ${method}`);
      return call(input);
    },
    { method, input },
  );
}

async function submitModal(page: Page, button = 'Enregistrer'): Promise<void> {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: button, exact: true }).click();
  await expect(dialog).toBeHidden();
}

test('plans audits, records a failed control and follows its action with evidence to the end', async ({ page, shell }) => {
  test.setTimeout(180_000);
  await createVaultDirectly(page);
  const year = new Date().getFullYear();

  // ---- Audit plan: 3 years, one audit done this year -----------------------------------------
  await page.goto(`${shell.origin}/#/controle`);
  await expect(page.getByRole('heading', { level: 1, name: 'Contrôle' })).toBeVisible();
  await expect(page.getByText(/Aucun plan d’audit/)).toBeVisible();
  await page.getByRole('button', { name: 'Nouveau plan d’audit' }).click();
  await field(page, 'Intitulé du plan').fill(`Plan d’audit RGPD ${year}-${year + 2}`);
  await submitModal(page);
  await expect(page.getByRole('heading', { level: 2, name: `Plan d’audit RGPD ${year}-${year + 2}` })).toBeVisible();
  await expect(page.getByText(`Couverture du cycle ${year}-${year + 2}`)).toBeVisible();

  await page.getByRole('button', { name: 'Ajouter un audit' }).click();
  await field(page, 'Intitulé de l’audit').fill('Audit des habilitations');
  await field(page, 'Contrôle organisationnel audité').fill('Gestion des habilitations au SI adhérents');
  await field(page, 'Auditeur').fill('Claire Martin (DPO)');
  await submitModal(page);
  const calendar = page.getByRole('table', { name: /Audits du plan par année/ });
  await expect(calendar.getByText('Audit des habilitations')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Audits du plan (1)' })).toBeVisible();
  await expect(page.getByText('Contrôles organisationnels : 0 réalisé(s) sur 1 prévu(s).')).toBeVisible();
  await expectAccessible(page, 'contrôle — plan');
  await screenshot(page, '50-controle-plan');

  // ---- Permanent control, recorded non-compliant: it opens a finding --------------------------
  await page.getByRole('tab', { name: 'Contrôles permanents' }).click();
  await expect(page).toHaveURL(/#\/controle\/controles$/);
  await page.getByRole('button', { name: 'Nouveau contrôle permanent' }).click();
  await field(page, 'Contrôle').fill('Revue des habilitations');
  await field(page, 'Responsable').fill('DSI — Marc Durand');
  await field(page, 'Points de contrôle').fill('Extraire les comptes actifs\nRapprocher des sorties RH');
  await submitModal(page);
  const row = page.getByRole('row', { name: /Revue des habilitations/ });
  await expect(row.getByText('Jamais réalisé').first()).toBeVisible();

  await row.getByRole('button', { name: 'Enregistrer une exécution de « Revue des habilitations »' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText('Non conforme', { exact: true }).click();
  // A non-compliant result must be described: the form says so before sending anything.
  await dialog.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(dialog.getByText('Ce champ est obligatoire.').first()).toBeVisible();
  await field(page, 'Commentaire').fill('Trois comptes de salariés partis sont encore actifs.');
  await field(page, 'Intitulé du constat').fill('Comptes orphelins actifs');
  await submitModal(page);
  await expect(page.getByText(/Exécution enregistrée ; constat .+ ouvert\./)).toBeVisible();
  await expect(row.getByText('Non conforme')).toBeVisible();
  await expectAccessible(page, 'contrôle — contrôles permanents');
  await screenshot(page, '51-controle-permanents');
  // The control's own page: its checkpoints and the execution, linked to the finding it opened.
  await row.getByRole('link', { name: 'Revue des habilitations' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Revue des habilitations' })).toBeVisible();
  await expect(page.getByText('Rapprocher des sorties RH')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Exécutions du contrôle (1)' }).getByRole('link', { name: /^CST-/ })).toBeVisible();
  await expectAccessible(page, 'contrôle — un contrôle permanent');
  await screenshot(page, '51b-controle-permanent-detail');
  await page.goto(`${shell.origin}/#/controle/controles`);

  // ---- The finding, and an action that answers it -------------------------------------------
  await page.getByRole('tab', { name: 'Constats' }).click();
  const findingRow = page.getByRole('row', { name: /Comptes orphelins actifs/ });
  await expect(findingRow.getByText('Sans action')).toBeVisible();
  await expectAccessible(page, 'contrôle — constats');
  await findingRow.getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1, name: /Comptes orphelins actifs/ })).toBeVisible();
  await expectAccessible(page, 'contrôle — un constat');
  await screenshot(page, '51c-controle-constat');
  await page.getByRole('button', { name: 'Nouvelle action' }).click();
  await field(page, 'Intitulé de l’action').fill('Désactiver les comptes orphelins');
  await field(page, 'Responsable').fill('DSI — Marc Durand');
  await field(page, 'Échéance').fill(`${year + 1}-01-31`);
  await submitModal(page);
  await expect(page.getByRole('heading', { level: 1, name: /Désactiver les comptes orphelins/ })).toBeVisible();

  // ---- Evidence: uploaded, listed with its SHA-256, downloaded back identical -----------------
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Joindre une preuve' }).click();
  await (await chooser).setFiles({ name: 'pv-revue-habilitations.txt', mimeType: 'text/plain', buffer: Buffer.from(EVIDENCE, 'utf8') });
  await expect(page.getByText('Preuve « pv-revue-habilitations.txt » jointe et chiffrée.')).toBeVisible();
  const evidenceRow = page.getByRole('row', { name: /pv-revue-habilitations\.txt/ });
  await expect(evidenceRow).toBeVisible();
  const download = page.waitForEvent('download');
  await evidenceRow.getByRole('button', { name: 'Télécharger « pv-revue-habilitations.txt »' }).click();
  const saved = await (await download).path();
  expect(await readFile(saved, 'utf8')).toBe(EVIDENCE);

  // ---- Status moves; abandoning would need a reason, finishing does not ----------------------
  await page.getByRole('button', { name: 'Démarrer' }).click();
  await expect(page.getByText('Statut de l’action : En cours.')).toBeVisible();
  await page.getByRole('button', { name: 'Marquer terminée' }).click();
  await expect(page.getByText('Statut de l’action : Terminée.')).toBeVisible();
  await expect(page.getByText('Preuve jointe', { exact: true })).toBeVisible();
  await expectAccessible(page, 'contrôle — action');
  await screenshot(page, '52-controle-action');

  // ---- The action plan: filters in the URL, and the XLSX export ------------------------------
  await page.goto(`${shell.origin}/#/controle/actions?statut=done`);
  await expect(page.getByRole('table', { name: 'Actions : 1 affichée(s) sur 1' })).toBeVisible();
  await page.goto(`${shell.origin}/#/controle/actions`);
  await expect(page.getByText('Aucune action ne correspond à ces filtres.')).toBeVisible();
  const xlsx = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter le plan d’actions (XLSX)' }).click();
  expect((await xlsx).suggestedFilename()).toMatch(/\.xlsx$/);
  await expectAccessible(page, 'contrôle — plan d’actions');
  await screenshot(page, '53-controle-plan-actions');
});

test('turns a processor alert into an action of the plan, which keeps the alert as its origin', async ({ page, shell }) => {
  test.setTimeout(120_000);
  await createVaultDirectly(page);
  // A processor without any contract: the « Aucun contrat » alert (Art. 28(3)).
  const created = await api(page, 'processor.create', { name: 'Imprimerie du Rhône', country: 'FR' });
  expect(created.ok, 'processor.create').toBe(true);
  const processorId = created.value?.id ?? '';

  await page.goto(`${shell.origin}/#/sous-traitants/${processorId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Imprimerie du Rhône' })).toBeVisible();
  await page.getByRole('link', { name: 'Créer une action : Aucun contrat' }).click();

  // The action plan, with the form open on that alert and its title already written.
  await expect(page).toHaveURL(/#\/controle\/actions\?nouvelle=processor/);
  const dialog = page.getByRole('dialog', { name: 'Nouvelle action' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('radio', { name: 'Alerte sous-traitant' })).toBeChecked();
  await expect(dialog.getByRole('combobox', { name: 'Alerte sous-traitant' })).toHaveValue(/^Imprimerie du Rhône — Aucun contrat/);
  await expect(field(page, 'Intitulé de l’action')).toHaveValue('Aucun contrat — Imprimerie du Rhône');
  await expectAccessible(page, 'contrôle — action depuis une alerte');
  await screenshot(page, '54-controle-action-depuis-alerte');
  await field(page, 'Responsable').fill('Achats — Sophie Bernard');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();

  // The action's page names its origin, a link back to the processor.
  await expect(page.getByRole('heading', { level: 1, name: /Aucun contrat — Imprimerie du Rhône/ })).toBeVisible();
  const origin = page.getByRole('link', { name: 'Aucun contrat', exact: true });
  await expect(origin).toHaveAttribute('href', `#/sous-traitants/${processorId}`);

  // And the plan lists it with its origin; the form does not open again.
  await page.goto(`${shell.origin}/#/controle/actions`);
  const row = page.getByRole('row', { name: /Aucun contrat — Imprimerie du Rhône/ });
  await expect(row.getByText('Alerte sous-traitant')).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await screenshot(page, '55-controle-plan-action-alerte');
});

test('opens the action form on a breach from its planned measures', async ({ page, shell }) => {
  test.setTimeout(120_000);
  await createVaultDirectly(page);
  const breach = await api(page, 'breach.create', { title: 'Ordinateur portable volé', discoveredAt: new Date(Date.now() - 3_600_000).toISOString() });
  expect(breach.ok, 'breach.create').toBe(true);

  await page.goto(`${shell.origin}/#/violations/${breach.value?.id ?? ''}`);
  await page.getByRole('link', { name: 'Créer une action à partir des mesures prévues (art. 33(3)(d))' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nouvelle action' });
  await expect(dialog.getByRole('radio', { name: /Violation de données/ })).toBeChecked();
  await expect(dialog.getByRole('combobox', { name: 'Violation' })).toHaveValue(/Ordinateur portable volé/);
  // No planned measure written yet: the title names the breach.
  await expect(field(page, 'Intitulé de l’action')).toHaveValue(`Mesures prévues après la violation ${breach.value?.reference ?? ''}`);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/#\/controle\/actions$/);
});

test('shows the breach an action starts from even when it is older than the 500 latest breaches', async ({ page, shell }) => {
  test.setTimeout(180_000);
  await createVaultDirectly(page);
  const old = await api(page, 'breach.create', { title: 'Clé USB perdue lors d’un déménagement', discoveredAt: '2023-03-14T09:00:00.000Z' });
  expect(old.ok, 'breach.create').toBe(true);
  const oldId = old.value?.id ?? '';
  const oldLabel = `${old.value?.reference ?? ''} — Clé USB perdue lors d’un déménagement`;
  // 500 breaches discovered since: the picker's first page (the latest 500) no longer holds the old one.
  const created = await page.evaluate(async (count) => {
    const dpo = (globalThis as unknown as { dpo: Record<string, (i: unknown) => Promise<{ ok: boolean }>> }).dpo;
    const create = dpo['breach.create'];
    if (!create) throw new Error('méthode inconnue breach.create');
    let ok = 0;
    for (let i = 0; i < count; i += 1) {
      const result = await create({ title: `Courriel mal adressé n° ${i + 1}`, discoveredAt: new Date(Date.now() - 3_600_000 - i * 60_000).toISOString() });
      if (result.ok) ok += 1;
    }
    return ok;
  }, 500);
  expect(created).toBe(500);

  // Opened from the old breach's planned measures: the picker shows it.
  await page.goto(`${shell.origin}/#/controle/actions?nouvelle=breach:${oldId}&titre=${encodeURIComponent('Chiffrer les supports amovibles')}`);
  const dialog = page.getByRole('dialog', { name: 'Nouvelle action' });
  await expect(dialog.getByRole('radio', { name: /Violation de données/ })).toBeChecked();
  await expect(dialog.getByRole('combobox', { name: 'Violation' })).toHaveValue(oldLabel);
  await field(page, 'Responsable').fill('DSI — Marc Petit');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: /Chiffrer les supports amovibles/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Voir la violation' })).toHaveAttribute('href', `#/violations/${oldId}`);

  // Chosen by hand, with the keyboard: typing words of its title finds the old breach through the service.
  await page.goto(`${shell.origin}/#/controle/actions`);
  await page.getByRole('button', { name: 'Nouvelle action' }).click();
  const form = page.getByRole('dialog', { name: 'Nouvelle action' });
  await form.getByRole('radio', { name: /Violation de données/ }).check();
  const picker = form.getByRole('combobox', { name: 'Violation' });
  await picker.fill('Clé USB');
  await expect(page.getByRole('option', { name: oldLabel })).toBeVisible();
  await picker.press('ArrowDown');
  await picker.press('Enter');
  await expect(picker).toHaveValue(oldLabel);
  await expectAccessible(page, 'contrôle — action sur une violation ancienne');
});
