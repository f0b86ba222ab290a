/**
 * Tableau de bord (issue 7) on a demo-like vault: the demo generator of `dpo demo` fills the vault
 * through the page's own API (same validation and audit log as a user), then the dashboard must show
 * the service's figures, live 72-hour countdowns, charts, links to the lists behind the figures, and
 * the reminders in the bell. The security officer sees the breach part only.
 */
import { fillDemo, DEMO_ORGANISATION, DEMO_PASSPHRASE, DEMO_USERS } from '../../src-main/service/demo';
import type { Service } from '../../src-main/service/types';
import { METHOD_NAMES, type Output } from '../../src-main/shared/contract';
import type { Result } from '../../src-main/shared/result';
import { expect, test, type Page } from './fixtures';
import { expectAccessible, lock, screenshot, unlock } from './helpers';

/** One contract call through `window.dpo`, as the renderer makes it. */
async function call<T>(page: Page, method: string, input: unknown): Promise<Result<T>> {
  return page.evaluate(
    ([m, i]) => (globalThis as unknown as { dpo: Record<string, (x: unknown) => Promise<unknown>> }).dpo[m as string]?.(i),
    [method, input] as const,
  ) as Promise<Result<T>>;
}

async function value<T>(page: Page, method: string, input: unknown): Promise<T> {
  const result = await call<T>(page, method, input);
  if (!result.ok) throw new Error(`${method} : ${result.error.message}`);
  return result.value;
}

/** `dpo demo` through the page: the vault of the fictitious mutual, with every module filled. */
async function createDemoVault(page: Page): Promise<void> {
  const first = DEMO_USERS[0];
  await value(page, 'vault.create', { organisation: DEMO_ORGANISATION, user: { username: first.username, displayName: first.displayName }, passphrase: DEMO_PASSPHRASE });
  const service: Service = { methods: METHOD_NAMES, close: () => undefined, call: (method, input) => call(page, method, input) };
  await fillDemo(service, { scale: 1, seed: 2026 });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: `Bonjour ${first.displayName}` })).toBeVisible();
}

/** The tile showing `label`, inside the panel titled `panel`. */
function tile(page: Page, panel: string, label: string) {
  return page.getByRole('region', { name: panel }).locator('.dash-tile').filter({ has: page.getByText(label, { exact: true }) });
}

test('shows the figures of a demo vault, each one a link to the list behind it, and the reminders', async ({ page, shell }) => {
  test.setTimeout(240_000);
  await createDemoVault(page);
  const d = await value<Output<'dashboard.get'>>(page, 'dashboard.get', {});
  expect(d.requests).not.toBeNull();

  // Figures are the service's.
  await expect(tile(page, 'Violations de données', 'délai de 72 h en cours').locator('.dash-tile-value')).toHaveText(String(d.breaches.clockRunning.value));
  await expect(tile(page, 'Violations de données', 'notification en retard').locator('.dash-tile-value')).toHaveText(String(d.breaches.late.value));
  await expect(tile(page, 'Demandes d’exercice des droits', 'à échéance sous 7 jours').locator('.dash-tile-value')).toHaveText(String(d.requests?.dueWithin7Days.value));
  await expect(tile(page, 'Demandes d’exercice des droits', 'délai dépassé').locator('.dash-tile-value')).toHaveText(String(d.requests?.overdue.value));
  await expect(tile(page, 'Registre des traitements', 'AIPD requise non réalisée').locator('.dash-tile-value')).toHaveText(String(d.processings?.dpiaMissing.value));
  await expect(tile(page, 'Sous-traitants', 'avec une alerte').locator('.dash-tile-value')).toHaveText(String(d.processors?.withAlerts.value));
  await expect(tile(page, 'Contrôle et plan d’actions', 'actions en retard').locator('.dash-tile-value')).toHaveText(String(d.actions.overdue.value));
  const rate = d.requests?.onTimeRate12Months;
  if (rate !== null && rate !== undefined) await expect(page.getByText(`${Math.round(rate * 100)} %`, { exact: true }).first()).toBeVisible();

  // Every running or late 72-hour clock, with its live badge.
  const countdowns = page.getByRole('list', { name: 'Délais de notification (art. 33(1) RGPD)' });
  expect(d.breaches.countdowns.length).toBeGreaterThan(0);
  await expect(countdowns.getByRole('listitem')).toHaveCount(d.breaches.countdowns.length);
  await expect(countdowns.getByText(/^(Reste|En retard de) /).first()).toBeVisible();

  // Charts carry their data in a table too.
  await expect(page.getByRole('figure', { name: /Réponses dans le délai, par mois d’échéance/ })).toBeVisible();
  await expect(page.getByRole('figure', { name: /Audits du plan par statut/ })).toBeVisible();
  await expectAccessible(page, 'tableau de bord (démo)');
  await screenshot(page, '60-tableau-de-bord-demo');

  // A figure opens the list behind it, with the same filter: the overdue actions.
  await tile(page, 'Contrôle et plan d’actions', 'actions en retard').click();
  await expect(page).toHaveURL(/#\/controle\/actions\?.*retard=1/);
  await expect(page.getByRole('table', { name: new RegExp(`^Actions : \\d+ affichée\\(s\\) sur ${d.actions.overdue.value}$`) })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'En retard seulement' })).toBeChecked();

  // Issue 7: the Demandes, Sous-traitants and Registre figures open exactly the rows they counted,
  // the filter visibly set in the toolbar and kept in the URL (a reload keeps it; back returns).
  await page.goBack();
  await tile(page, 'Demandes d’exercice des droits', 'délai dépassé').click();
  await expect(page).toHaveURL(/#\/demandes\?en-retard=1$/);
  const overdueRequests = page.getByRole('status').filter({ hasText: `${d.requests?.overdue.value} demande(s)` });
  await expect(overdueRequests).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Afficher' })).toHaveValue('En retard');
  await page.reload();
  await expect(overdueRequests).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Afficher' })).toHaveValue('En retard');
  await screenshot(page, '63-demandes-en-retard');

  await page.goBack();
  await tile(page, 'Sous-traitants', 'avec une alerte').click();
  await expect(page).toHaveURL(/#\/sous-traitants\?alertes=any$/);
  await expect(page.getByText(`${d.processors?.withAlerts.value} sous-traitant(s)`, { exact: true })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Alertes' })).toHaveValue('Avec au moins une alerte');
  await page.reload();
  await expect(page.getByText(`${d.processors?.withAlerts.value} sous-traitant(s)`, { exact: true })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Alertes' })).toHaveValue('Avec au moins une alerte');

  await page.goBack();
  await tile(page, 'Registre des traitements', 'AIPD requise non réalisée').click();
  await expect(page).toHaveURL(/#\/registre\?aipd=pending$/);
  await expect(page.getByText(`${d.processings?.dpiaMissing.value} traitement(s)`, { exact: true })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'AIPD' })).toHaveValue('AIPD requise, non réalisée');
  await page.reload();
  await expect(page.getByText(`${d.processings?.dpiaMissing.value} traitement(s)`, { exact: true })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'AIPD' })).toHaveValue('AIPD requise, non réalisée');
  await expectAccessible(page, 'registre filtré depuis le tableau de bord');
  await screenshot(page, '64-registre-aipd-a-realiser');

  // A link from a fiche (`traitement=`) shows the breaches of that processing, with a removable chip.
  const fraud = (await value<Output<'processing.list'>>(page, 'processing.list', { search: 'TRT-FRAUDE' })).rows[0];
  if (!fraud) throw new Error('démo sans TRT-FRAUDE');
  const linked = await value<Output<'breach.list'>>(page, 'breach.list', { filter: 'all', processingId: fraud.id, limit: 500 });
  await page.goto(`${shell.origin}/#/violations?filtre=all&traitement=${fraud.id}`);
  const chip = page.getByRole('group', { name: 'Filtres venus d’un lien' }).getByText(`Traitement : ${fraud.reference} — ${fraud.name}`);
  await expect(chip).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: new RegExp(`affichée\\(s\\) sur ${linked.total}$`) })).toBeVisible();
  await expectAccessible(page, 'violations d’un traitement');
  await screenshot(page, '65-violations-d-un-traitement');
  await page.getByRole('button', { name: `Retirer le filtre « Traitement : ${fraud.reference} — ${fraud.name} »` }).click();
  await expect(page).toHaveURL(/#\/violations\?filtre=all$/);
  await expect(chip).toHaveCount(0);
  await page.goto(`${shell.origin}/#/`);
  await expect(page.getByRole('heading', { level: 1, name: `Bonjour ${DEMO_USERS[0].displayName}` })).toBeVisible();

  // The bell: the count of reminders; « Vu » dismisses one for good.
  const reminders = await value<Output<'reminder.list'>>(page, 'reminder.list', {});
  const n = reminders.reminders.length;
  expect(n).toBeGreaterThan(1);
  await page.getByRole('button', { name: `Rappels : ${n}` }).click();
  const drawer = page.getByRole('dialog', { name: 'Rappels' });
  await expect(drawer.getByRole('listitem')).toHaveCount(n);
  await expectAccessible(page, 'centre de notifications');
  await screenshot(page, '61-rappels');
  await drawer.getByRole('button', { name: /^Marquer comme vu/ }).first().click();
  await expect(drawer.getByRole('listitem')).toHaveCount(n - 1);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: `Rappels : ${n - 1}` })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: `Rappels : ${n - 1}` })).toBeVisible();

  // The security officer: breaches and the actions decided after them, nothing else.
  await lock(page);
  const security = DEMO_USERS.find((u) => u.role === 'security');
  if (!security) throw new Error('démo sans RSSI');
  await unlock(page, security.username, DEMO_PASSPHRASE);
  await expect(page.getByRole('heading', { level: 1, name: `Bonjour ${security.displayName}` })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Violations de données' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Contrôle et plan d’actions' }).getByText('actions à mener (violations)')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Demandes d’exercice des droits' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Sous-traitants' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Registre des traitements' })).toHaveCount(0);
  await expectAccessible(page, 'tableau de bord (RSSI)');
  await screenshot(page, '62-tableau-de-bord-rssi');
  expect(shell.origin).toMatch(/^http:\/\/127\.0\.0\.1:/);
});
