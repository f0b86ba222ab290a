/**
 * Links from breaches to the register (issue 6), end to end: a breach is linked to the processing it
 * touched, its record is pre-filled from the register's categories after the DPO confirms (Art.
 * 33(3)(a): categories of data and of people), and the processing's fiche lists the breach (Art. 33(5)).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createVaultDirectly, expectAccessible, field, screenshot } from './helpers';

interface Created {
  ok: boolean;
  value?: { id: string; reference: string };
  error?: { message: string };
}

async function api(page: Page, method: string, input: unknown): Promise<Created> {
  return page.evaluate(
    async ({ method, input }) => {
      const dpo = (globalThis as unknown as { dpo: Record<string, (i: unknown) => Promise<Created>> }).dpo;
      const call = dpo[method];
      if (!call) throw new Error(`méthode inconnue ${method}`);
      return call(input);
    },
    { method, input },
  );
}

test('pre-fills a breach from the processing it touched and lists the breach on the processing’s fiche', async ({ page }) => {
  await createVaultDirectly(page);
  const created = await api(page, 'processing.create', {
    name: 'Gestion des remboursements santé',
    purposes: [{ label: 'Rembourser les frais de santé des adhérents', legalBases: ['a6_1b_contract'] }],
    art9Conditions: ['a9_2h_health_social_care'],
    dataCategories: [{ category: 'cnil_cat_etat_civil' }, { category: 'cnil_sens_sante' }],
    subjectCategories: [{ label: 'Adhérents et ayants droit' }],
  });
  expect(created.ok, created.error?.message).toBe(true);
  const processing = created.value ?? { id: '', reference: '' };
  const label = `${processing.reference} — Gestion des remboursements santé`;

  // Fast capture, then the breach's record.
  await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Violations', exact: true }).click();
  await page.getByRole('link', { name: 'Nouvel incident' }).click();
  await field(page, 'Intitulé').fill('Décomptes de remboursement envoyés au mauvais adhérent');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /VIO-\d{4}-\d+ — Décomptes de remboursement/ })).toBeVisible();
  const reference = ((await page.getByRole('heading', { level: 1 }).innerText()).match(/VIO-\d{4}-\d+/) ?? [''])[0];

  // Link the processing: the pre-fill is offered at once.
  const links = page.getByRole('region', { name: 'Traitements et sous-traitants concernés' });
  await expect(links.getByText('Aucun traitement du registre n’est lié à cette violation.')).toBeVisible();
  await links.getByRole('combobox', { name: 'Traitements concernés' }).click();
  await page.getByRole('option', { name: label }).click();
  await page.keyboard.press('Escape');
  await links.getByRole('button', { name: 'Enregistrer les traitements' }).click();

  const dialog = page.getByRole('dialog', { name: 'Pré-remplir la fiche depuis le registre' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('checkbox', { name: 'Données de santé (art. 9)' })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: 'Adhérents / membres' })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: 'Ayants droit / bénéficiaires' })).toBeChecked();
  await expect(dialog.getByText('Art. 9', { exact: true }).first()).toBeVisible();
  await expectAccessible(page, 'pré-remplissage depuis le registre');
  await screenshot(page, '80-violation-preremplissage');
  await dialog.getByRole('button', { name: 'Ajouter au dossier' }).click();
  await expect(dialog).toBeHidden();

  // The record now holds them; the linked processing opens its fiche.
  await expect(links.getByRole('link', { name: label })).toBeVisible();
  await page.getByRole('button', { name: 'Données concernées (champs 70 à 73)' }).click();
  const data = page.getByRole('form', { name: 'Données concernées (champs 70 à 73)' });
  await expect(data.getByText('Données de santé (art. 9)', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Personnes concernées (champs 65 à 68)' }).click();
  const subjects = page.getByRole('form', { name: 'Personnes concernées (champs 65 à 68)' });
  await expect(subjects.getByText('Adhérents / membres', { exact: true })).toBeVisible();
  await expect(subjects.getByText('Ayants droit / bénéficiaires', { exact: true })).toBeVisible();

  // Asked again, the register has nothing more to add: said, no empty modal.
  await links.getByRole('button', { name: 'Pré-remplir depuis le registre' }).click();
  await expect(links.getByRole('status')).toHaveText(/^Rien à ajouter/);
  await expect(dialog).toHaveCount(0);
  await expectAccessible(page, 'violation liée au registre');
  await screenshot(page, '81-violation-liee');

  // The processing's fiche lists the breach.
  await links.getByRole('link', { name: label }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gestion des remboursements santé' })).toBeVisible();
  const linked = page.getByRole('region', { name: 'Violations et demandes liées' });
  await expect(linked.getByRole('heading', { name: 'Violations (1)' })).toBeVisible();
  await expect(linked.getByRole('row').filter({ hasText: reference })).toContainText('Décomptes de remboursement envoyés au mauvais adhérent');
  await expect(linked.getByRole('link', { name: 'Toutes les violations de ce traitement' })).toHaveAttribute('href', `#/violations?traitement=${processing.id}`);
  await expect(linked.getByText('Aucune demande n’est liée à ce traitement.')).toBeVisible();
  await expectAccessible(page, 'fiche de registre avec violation liée');
  await screenshot(page, '82-fiche-registre-violation');
});

test('keeps what the DPO typed in the data and people sections, not saved yet, when the record is pre-filled from the register', async ({ page, shell }) => {
  await createVaultDirectly(page);
  const processing = await api(page, 'processing.create', {
    name: 'Gestion des remboursements santé',
    purposes: [{ label: 'Rembourser les frais de santé des adhérents', legalBases: ['a6_1b_contract'] }],
    art9Conditions: ['a9_2h_health_social_care'],
    dataCategories: [{ category: 'cnil_cat_etat_civil' }, { category: 'cnil_sens_sante' }],
    subjectCategories: [{ label: 'Adhérents et ayants droit' }],
  });
  expect(processing.ok, processing.error?.message).toBe(true);
  const breach = await api(page, 'breach.create', {
    title: 'Décomptes de remboursement envoyés au mauvais adhérent',
    discoveredAt: new Date(Date.now() - 3_600_000).toISOString(),
    processingIds: [processing.value?.id ?? ''],
  });
  expect(breach.ok, breach.error?.message).toBe(true);
  await page.goto(`${shell.origin}/#/violations/${breach.value?.id ?? ''}/fiche`);

  // Typed in two sections, not saved.
  await page.getByRole('button', { name: 'Données concernées (champs 70 à 73)' }).click();
  const data = page.getByRole('form', { name: 'Données concernées (champs 70 à 73)' });
  await data.getByLabel('Description').fill('Décomptes avec le détail des actes médicaux remboursés');
  await data.getByLabel('Nombre d’enregistrements').fill('340');
  await page.getByRole('button', { name: 'Personnes concernées (champs 65 à 68)' }).click();
  const subjects = page.getByRole('form', { name: 'Personnes concernées (champs 65 à 68)' });
  await subjects.getByLabel('Description').fill('Un adhérent et ses deux ayants droit');

  // Art. 33(3)(a): the categories of the register are added after confirmation…
  const links = page.getByRole('region', { name: 'Traitements et sous-traitants concernés' });
  await links.getByRole('button', { name: 'Pré-remplir depuis le registre' }).click();
  const dialog = page.getByRole('dialog', { name: 'Pré-remplir la fiche depuis le registre' });
  await dialog.getByRole('button', { name: 'Ajouter au dossier' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/catégorie\(s\) ajoutée\(s\) à la fiche/)).toBeVisible();

  // …and nothing typed in the sections is lost.
  await expect(data.getByText('Données de santé (art. 9)', { exact: true })).toBeVisible();
  await expect(data.getByLabel('Description')).toHaveValue('Décomptes avec le détail des actes médicaux remboursés');
  await expect(data.getByLabel('Nombre d’enregistrements')).toHaveValue('340');
  await expect(subjects.getByText('Adhérents / membres', { exact: true })).toBeVisible();
  await expect(subjects.getByLabel('Description')).toHaveValue('Un adhérent et ses deux ayants droit');

  // Saved, the section keeps both the pre-filled categories and the typed text.
  await data.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Rubrique « Données concernées (champs 70 à 73) » enregistrée.')).toBeVisible();
  await page.reload();
  await page.getByRole('button', { name: 'Données concernées (champs 70 à 73)' }).click();
  await expect(data.getByText('Données de santé (art. 9)', { exact: true })).toBeVisible();
  await expect(data.getByLabel('Description')).toHaveValue('Décomptes avec le détail des actes médicaux remboursés');
  await expect(data.getByLabel('Nombre d’enregistrements')).toHaveValue('340');
});
