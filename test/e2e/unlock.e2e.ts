import { expect, test } from './fixtures';
import { createVaultDirectly, DPO, expectAccessible, field, lock, screenshot, unlock } from './helpers';

test('locks from the header, refuses a wrong passphrase with the service’s message, then unlocks', async ({ page }) => {
  await createVaultDirectly(page);
  await lock(page);
  // Nothing read before locking stays on screen.
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expectAccessible(page, 'déverrouillage');
  await screenshot(page, '03-deverrouillage');

  await unlock(page, DPO.username, 'ceci nest pas la bonne phrase');
  const alert = page.getByRole('alert', { name: 'Opération impossible' });
  await expect(alert).toContainText('phrase secrète incorrects');
  await expect(field(page, 'Phrase secrète')).toHaveValue('');
  await screenshot(page, '04-deverrouillage-refuse');

  await unlock(page, DPO.username, DPO.passphrase);
  await expect(page.getByRole('heading', { level: 1, name: `Bonjour ${DPO.displayName}` })).toBeVisible();
});

test('reopens the vault with the recovery kit and a new passphrase when the passphrase is lost', async ({ page }) => {
  await expect(page.getByRole('heading', { level: 1, name: 'Créer le coffre' })).toBeVisible();
  const kit = await page.evaluate(async () => {
    const api = (globalThis as unknown as { dpo: Record<string, (input: unknown) => Promise<{ ok: boolean; value?: { recoveryKit: { kit: string } } }>> }).dpo;
    const result = await api['vault.create']?.({
      organisation: {
        name: 'Mutuelle Santé Horizon',
        siren: '732829320',
        address: { street: '12 rue de la République', postalCode: '69002', city: 'Lyon', country: 'France' },
        dpoName: 'Claire Martin',
        dpoEmail: 'dpo@mutuelle-horizon.fr',
        dpoPhone: '',
        alsaceMoselle: false,
      },
      user: { username: 'cmartin', displayName: 'Claire Martin' },
      passphrase: 'violon marée granit pelouse',
    });
    await api['session.lock']?.({});
    return result?.value?.recoveryKit.kit ?? '';
  });
  await page.reload();
  await page.getByRole('button', { name: 'J’ai perdu ma phrase secrète' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Récupérer l’accès avec le kit' })).toBeVisible();
  await expectAccessible(page, 'récupération');
  await screenshot(page, '05-recuperation');

  const newPassphrase = 'tortue boussole nuage citronnier';
  await field(page, 'Kit de récupération').fill(kit);
  await field(page, 'Identifiant').fill(DPO.username);
  await field(page, 'Nouvelle phrase secrète').fill(newPassphrase);
  await field(page, 'Confirmation de la phrase secrète').fill(newPassphrase);
  await page.getByRole('button', { name: 'Ouvrir le coffre' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Bonjour ${DPO.displayName}` })).toBeVisible();

  await lock(page);
  await unlock(page, DPO.username, newPassphrase);
  await expect(page.getByRole('heading', { level: 1, name: `Bonjour ${DPO.displayName}` })).toBeVisible();
});
