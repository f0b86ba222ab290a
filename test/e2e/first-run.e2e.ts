import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { DPO, expectAccessible, field, fillFirstRun, ORGANISATION, screenshot } from './helpers';

test('creates the vault on first run and shows the recovery kit once, behind a confirmation', async ({ page }) => {
  await expect(page.getByRole('heading', { level: 1, name: 'Créer le coffre' })).toBeVisible();
  await expectAccessible(page, 'création du coffre');
  await screenshot(page, '01-creation-du-coffre');

  // The SIREN key is checked while typing (INSEE Luhn key).
  await field(page, 'SIREN').fill('732829321');
  await expect(page.getByText('SIREN invalide', { exact: false })).toBeVisible();

  await fillFirstRun(page);
  await expect(page.getByText(/Robustesse estimée\s:\s(bonne|excellente)/)).toBeVisible();
  await page.getByRole('button', { name: 'Créer le coffre' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Votre kit de récupération' })).toBeVisible();
  const kit = (await page.getByTestId('recovery-kit').innerText()).trim();
  expect(kit.length).toBeGreaterThan(10);
  await expectAccessible(page, 'kit de récupération');
  await screenshot(page, '02-kit-de-recuperation');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Télécharger le PDF' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.pdf$/);
  const pdfPath = await file.path();
  const bytes = await readFile(pdfPath);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  // The printable kit is in French, names the organisation, carries every group of the kit shown on
  // screen, and embeds DejaVu Sans (poppler-utils reads it back).
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' });
  expect(text).toMatch(/kit de récupération/i);
  expect(text).toContain(ORGANISATION.name);
  const words = new Set(text.split(/\s+/));
  const groups = kit.toUpperCase().split(/[\s-]+/).filter((group) => group !== '');
  expect(groups.filter((group) => !words.has(group))).toEqual([]);
  const fonts = execFileSync('pdffonts', [pdfPath], { encoding: 'utf8' });
  expect(fonts).toMatch(/DejaVuSans/);
  expect(fonts).not.toMatch(/Helvetica|Times|Courier/);

  const proceed = page.getByRole('button', { name: 'Continuer' });
  await expect(proceed).toBeDisabled();
  await page.getByLabel('J’ai conservé mon kit').check();
  await expect(proceed).toBeEnabled();
  await proceed.click();

  await expect(page.getByRole('heading', { level: 1, name: `Bonjour ${DPO.displayName}` })).toBeVisible();
  await expect(page.getByRole('banner').getByText(ORGANISATION.name)).toBeVisible();
  // The kit is gone from the application once confirmed.
  await expect(page.getByText(kit)).toHaveCount(0);
});

test('refuses a passphrase shorter than 12 characters or a confirmation that differs', async ({ page }) => {
  await fillFirstRun(page);
  await field(page, 'Phrase secrète').fill('court');
  await page.getByRole('button', { name: 'Créer le coffre' }).click();
  await expect(page.getByText(/doit en compter au moins 12/)).toBeVisible();

  await field(page, 'Phrase secrète').fill(DPO.passphrase);
  await field(page, 'Confirmation de la phrase secrète').fill(`${DPO.passphrase}x`);
  await page.getByRole('button', { name: 'Créer le coffre' }).click();
  await expect(page.getByText('Les deux saisies ne correspondent pas', { exact: false })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Créer le coffre' })).toBeVisible();
});
