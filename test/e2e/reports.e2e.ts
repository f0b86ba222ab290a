/**
 * Rapports (issue 7): the audit pack generated from the page — period chosen, progress shown, ZIP
 * saved — then opened like an auditor would: manifest.json read, every file's SHA-256 checked, the
 * summary PDF's text (pdftotext) naming the organisation and the period; the pack verified back by
 * the page; a register exported for the same period. A pack cancelled half-way leaves nothing: no
 * download, no file in the vault's packs folder.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yauzl from 'yauzl';
import { PackManifest } from '../../src-main/shared/schemas/pack';
import { expect, test, type Page } from './fixtures';
import { createVaultDirectly, expectAccessible, ORGANISATION, screenshot } from './helpers';

/** Every file of a ZIP, by name. */
async function unzip(zip: Buffer): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  const archive = await new Promise<yauzl.ZipFile>((resolve, reject) => yauzl.fromBuffer(zip, { lazyEntries: true }, (e, f) => (e || !f ? reject(e) : resolve(f))));
  await new Promise<void>((resolve, reject) => {
    archive.on('entry', (entry: yauzl.Entry) => {
      archive.openReadStream(entry, (err, stream) => {
        if (err || !stream) return reject(err);
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          files.set(entry.fileName, Buffer.concat(chunks));
          archive.readEntry();
        });
      });
    });
    archive.on('end', resolve);
    archive.on('error', reject);
    archive.readEntry();
  });
  return files;
}

async function pdfText(pdf: Buffer): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'dpo-e2e-pdf-'));
  try {
    const file = join(dir, 'synthese.pdf');
    await writeFile(file, pdf);
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

test('generates the audit pack of a year from the page and opens its summary', async ({ page, shell }) => {
  test.setTimeout(180_000);
  await createVaultDirectly(page);
  const year = new Date().getFullYear();

  await page.goto(`${shell.origin}/#/rapports`);
  await expect(page.getByRole('heading', { level: 1, name: 'Rapports' })).toBeVisible();
  await page.getByRole('radiogroup', { name: 'Période' }).getByText('Année', { exact: true }).click();
  await page.getByRole('combobox', { name: 'Année' }).click();
  await page.getByRole('option', { name: String(year), exact: true }).click();
  await expect(page.getByText(`Période retenue : année ${year}`)).toBeVisible();
  await expectAccessible(page, 'rapports');
  await screenshot(page, '70-rapports');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Générer le paquet d’audit' }).click();
  const zipFile = await download;
  expect(zipFile.suggestedFilename()).toBe(`paquet-audit-${year}.zip`);
  const zip = await readFile(await zipFile.path());
  await expect(page.getByText('Paquet d’audit prêt')).toBeVisible();
  // The SHA-256 shown on the page is the one of the file saved.
  await expect(page.getByText(sha256(zip))).toBeVisible();
  await screenshot(page, '71-rapports-paquet-pret');

  const files = await unzip(zip);
  const manifestBytes = files.get('manifest.json');
  expect(manifestBytes, 'manifest.json').toBeDefined();
  const manifest = PackManifest.parse(JSON.parse(manifestBytes?.toString('utf8') ?? '{}'));
  expect(manifest.organisation.name).toBe(ORGANISATION.name);
  expect(manifest.period).toMatchObject({ spec: String(year), kind: 'year', from: `${year}-01-01`, to: `${year}-12-31` });
  for (const entry of manifest.files) {
    const content = files.get(entry.name);
    expect(content, entry.name).toBeDefined();
    expect(sha256(content ?? Buffer.alloc(0)), entry.name).toBe(entry.sha256);
  }
  const summary = files.get(`synthese-${year}.pdf`);
  expect(summary, 'synthèse PDF').toBeDefined();
  const text = (await pdfText(summary ?? Buffer.alloc(0))).replace(/\s+/g, ' ');
  expect(text).toContain(ORGANISATION.name);
  expect(text).toContain(`année ${year}`);

  // The page verifies the pack it produced: intact, and tied to this vault's audit log.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choisir un fichier ZIP' }).click();
  await (await chooser).setFiles({ name: zipFile.suggestedFilename(), mimeType: 'application/zip', buffer: zip });
  await expect(page.getByText('Paquet intact', { exact: true })).toBeVisible();
  await expect(page.getByText(/rattaché au journal d’audit de ce coffre/)).toBeVisible();

  // A register of the same period, from the list of exports.
  const register = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Registre des violations en XLSX' }).click();
  expect((await register).suggestedFilename()).toMatch(/\.xlsx$/);
  await expectAccessible(page, 'rapports — vérification');
  await screenshot(page, '72-rapports-verification');
});

/**
 * Enough requests received this year for the pack to take a few seconds (its registers workbook
 * holds one row each): imported through the API the page uses, 5 000 at a time (the batch limit).
 */
async function seedRequests(page: Page, batches: number): Promise<void> {
  const imported = await page.evaluate(async (batches) => {
    const api = (globalThis as unknown as { dpo: Record<string, (input: unknown) => Promise<{ ok: boolean; error?: { message: string } }>> }).dpo;
    const yearStart = Date.UTC(new Date().getUTCFullYear(), 0, 1);
    // Spread over the time elapsed this year, never in the future.
    const step = Math.max(1, Math.floor((Date.now() - 3_600_000 - yearStart) / (batches * 5000)));
    const outcomes: string[] = [];
    for (let b = 0; b < batches; b++) {
      const requests = Array.from({ length: 5000 }, (_, i) => {
        const n = b * 5000 + i;
        return {
          type: 'access',
          receivedAt: new Date(yearStart + n * step).toISOString(),
          channel: 'email',
          applicant: { name: `Adhérent fictif ${n}`, email: `adherent${n}@example.fr` },
          summary: 'Demande de copie de mes données.',
        };
      });
      const r = await api['request.importBatch']?.({ requests });
      outcomes.push(r?.ok ? 'ok' : (r?.error?.message ?? 'échec'));
    }
    return outcomes;
  }, batches);
  expect(imported, 'request.importBatch').toEqual(Array.from({ length: batches }, () => 'ok'));
}

test('cancels an audit pack half-way: no download, nothing half-made left in the vault', async ({ page, shell }) => {
  test.setTimeout(240_000);
  await createVaultDirectly(page);
  await seedRequests(page, 4);
  const downloads: string[] = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));
  const year = new Date().getFullYear();

  await page.goto(`${shell.origin}/#/rapports`);
  await page.getByRole('radiogroup', { name: 'Période' }).getByText('Année', { exact: true }).click();
  await page.getByRole('combobox', { name: 'Année' }).click();
  await page.getByRole('option', { name: String(year), exact: true }).click();
  await page.getByRole('button', { name: 'Générer le paquet d’audit' }).click();

  // Running: the progress bar and the Cancel button are shown.
  await expect(page.getByRole('progressbar', { name: 'Avancement de la génération du paquet d’audit' })).toBeVisible();
  await page.getByRole('button', { name: 'Annuler', exact: true }).click();

  await expect(page.getByText('Génération annulée', { exact: true })).toBeVisible();
  await expect(page.getByText('Aucun fichier n’a été conservé. Relancez la génération quand vous le souhaitez.')).toBeVisible();
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expect(page.getByText('Paquet d’audit prêt')).toHaveCount(0);
  await expectAccessible(page, 'rapports — génération annulée');
  await screenshot(page, '73-rapports-paquet-annule');
  expect(downloads, 'fichiers téléchargés').toEqual([]);

  // The service answered the cancel once the job had stopped and removed its temporary ZIP: the
  // vault's packs folder (where packs are written, never /tmp) holds nothing.
  expect(await readdir(join(shell.vaultDir, 'packs'))).toEqual([]);

  // Generation can start again afterwards (the cancelled job no longer blocks the vault).
  await page.getByRole('button', { name: 'Générer le paquet d’audit' }).click();
  await expect(page.getByRole('button', { name: 'Annuler', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Annuler', exact: true }).click();
  await expect(page.getByText('Génération annulée', { exact: true })).toBeVisible();
  expect(downloads, 'fichiers téléchargés').toEqual([]);
});
