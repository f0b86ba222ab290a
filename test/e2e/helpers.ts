/** Shared steps and checks of the e2e tests. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const ORGANISATION = {
  name: 'Mutuelle Santé Horizon',
  siren: '732829320',
  street: '12 rue de la République',
  postalCode: '69002',
  city: 'Lyon',
  dpoName: 'Claire Martin',
  dpoEmail: 'dpo@mutuelle-horizon.fr',
  dpoPhone: '04 72 00 00 00',
};

export const DPO = { username: 'cmartin', displayName: 'Claire Martin', passphrase: 'violon marée granit pelouse' };
export const SECURITY = { username: 'rssi', displayName: 'Paul Lefèvre', passphrase: 'cactus lanterne brume horloge' };

/** The input labelled exactly `label` (Mantine adds « * » to the label of required fields). */
export function field(page: Page, label: string) {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page.getByLabel(new RegExp(`^${escaped}(\\s*\\*)?$`));
}

/** The first-run form, filled and submitted like a person would. */
export async function fillFirstRun(page: Page): Promise<void> {
  await field(page, 'Raison sociale').fill(ORGANISATION.name);
  await field(page, 'SIREN').fill(ORGANISATION.siren);
  await field(page, 'Adresse').fill(ORGANISATION.street);
  await field(page, 'Code postal').fill(ORGANISATION.postalCode);
  await field(page, 'Ville').fill(ORGANISATION.city);
  await field(page, 'Nom du délégué').fill(ORGANISATION.dpoName);
  await field(page, 'Courriel du délégué').fill(ORGANISATION.dpoEmail);
  await field(page, 'Téléphone du délégué').fill(ORGANISATION.dpoPhone);
  await field(page, 'Identifiant').fill(DPO.username);
  await field(page, 'Nom affiché').fill(DPO.displayName);
  await field(page, 'Phrase secrète').fill(DPO.passphrase);
  await field(page, 'Confirmation de la phrase secrète').fill(DPO.passphrase);
}

/** Creates the vault through the API the page itself uses (for tests about something else). */
export async function createVaultDirectly(page: Page): Promise<void> {
  const result = await page.evaluate(
    async ({ organisation, dpo }) => {
      const api = (globalThis as unknown as { dpo: Record<string, (input: unknown) => Promise<{ ok: boolean }>> }).dpo;
      return api['vault.create']?.({
        organisation: {
          name: organisation.name,
          siren: organisation.siren,
          address: { street: organisation.street, postalCode: organisation.postalCode, city: organisation.city, country: 'France' },
          dpoName: organisation.dpoName,
          dpoEmail: organisation.dpoEmail,
          dpoPhone: organisation.dpoPhone,
          alsaceMoselle: false,
        },
        user: { username: dpo.username, displayName: dpo.displayName },
        passphrase: dpo.passphrase,
      });
    },
    { organisation: ORGANISATION, dpo: DPO },
  );
  expect(result?.ok, 'vault.create').toBe(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: `Bonjour ${DPO.displayName}` })).toBeVisible();
}

export async function unlock(page: Page, username: string, passphrase: string): Promise<void> {
  await field(page, 'Identifiant').fill(username);
  await field(page, 'Phrase secrète').fill(passphrase);
  await page.getByRole('button', { name: 'Déverrouiller' }).click();
}

export async function lock(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Verrouiller' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Déverrouiller le coffre' })).toBeVisible();
}

/** axe-core on the current page: no serious or critical violation of WCAG 2.1 A/AA. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const blocking = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}) : ${v.help} — ${v.nodes.map((n) => `${n.target.join(' ')} (${n.failureSummary ?? ''})`).join(' | ')}`);
  expect(blocking, `violations d'accessibilité sur « ${name} »`).toEqual([]);
}

/** A full-page screenshot kept under test-results/screenshots/. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}

/** The labels of the main menu, in order. */
export async function menuLabels(page: Page): Promise<string[]> {
  const labels = page.getByRole('navigation', { name: /Menu principal|Main menu/ }).locator('a.nav-link > span');
  return (await labels.allInnerTexts()).map((text) => text.trim());
}
