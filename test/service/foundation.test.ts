import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createService } from '../../src-main/service/service';
import type { Keyring } from '../../src-main/store/keyring';
import { openRaw } from '../helpers/raw';
import { newVault, ORGANISATION, PASSPHRASE, unwrap } from '../helpers/vault';

describe('vault through the service', () => {
  it('creates a vault, locks it and unlocks it with the passphrase', async () => {
    const { dir, service } = await newVault();
    const org = unwrap(await service.call('organisation.get', {})) as { name: string; siren: string };
    expect(org.name).toBe(ORGANISATION.name);
    unwrap(await service.call('session.lock', {}));
    const locked = await service.call('organisation.get', {});
    expect(locked.ok).toBe(false);
    if (!locked.ok) expect(locked.error.code).toBe('VAULT_LOCKED');
    const other = createService({ vaultDir: dir });
    unwrap(await other.call('session.unlock', { username: 'claire', passphrase: PASSPHRASE }));
    const verify = unwrap(await other.call('audit.verify', {})) as { ok: boolean; count: number };
    expect(verify.ok).toBe(true);
    expect(verify.count).toBeGreaterThanOrEqual(3);
    other.close();
  });

  it('refuses a wrong passphrase with a French sentence', async () => {
    const { dir, service } = await newVault();
    service.close();
    const s = createService({ vaultDir: dir });
    const r = await s.call('session.unlock', { username: 'claire', passphrase: 'pas la bonne phrase' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('WRONG_PASSPHRASE');
      expect(r.error.message).toMatch(/phrase secrète incorrects/);
    }
  });

  it('rejects an invalid SIREN and changes nothing', async () => {
    const { service } = await newVault();
    const before = unwrap(await service.call('audit.verify', {})) as { count: number };
    const r = await service.call('organisation.update', { ...ORGANISATION, siren: '123456789' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('VALIDATION');
      expect(r.error.issues?.[0]?.path).toBe('siren');
      expect(r.error.issues?.[0]?.message).toMatch(/SIREN invalide/);
    }
    const after = unwrap(await service.call('audit.verify', {})) as { count: number };
    expect(after.count).toBe(before.count);
  });
});

const readKeyringFile = (dir: string) => JSON.parse(readFileSync(join(dir, 'keyring.json'), 'utf8')) as Keyring;

async function unlockAs(dir: string, username: string, passphrase = PASSPHRASE) {
  const s = createService({ vaultDir: dir });
  return { s, r: await s.call('session.unlock', { username, passphrase }) };
}

describe('the organisation printed on every CNIL report', () => {
  it('keeps raison sociale, SIREN, address, DPO name and contact, and audits each change in its transaction', async () => {
    const { service } = await newVault();
    const before = (unwrap(await service.call('audit.verify', {})) as { count: number }).count;
    const next = { ...ORGANISATION, name: 'Mutuelle Horizon Santé (fictive)', address: { ...ORGANISATION.address, city: 'Villeurbanne', postalCode: '69100' }, dpoEmail: 'delegue@horizon-fictive.fr' };
    unwrap(await service.call('organisation.update', next));
    const org = unwrap(await service.call('organisation.get', {})) as typeof next & { missing: string[] };
    expect(org).toMatchObject(next);
    expect(org.missing).toEqual([]);
    const audit = unwrap(await service.call('audit.list', { limit: 1 })) as { action: string; entityType: string; actor: string }[];
    expect(audit[0]).toMatchObject({ action: 'organisation.update', entityType: 'organisation', actor: 'claire' });
    expect((unwrap(await service.call('audit.verify', {})) as { count: number }).count).toBe(before + 1);
    service.close();
  });
});

describe('users and their roles', () => {
  it('makes the creator of the vault a DPO', async () => {
    const { service } = await newVault();
    expect(unwrap(await service.call('user.list', {}))).toEqual([expect.objectContaining({ username: 'claire', role: 'dpo' })]);
    service.close();
  });

  it('lets a DPO add a user with their own passphrase slot, and remove them: the slot goes, the history stays', async () => {
    const { dir, service, kit } = await newVault();
    unwrap(await service.call('user.add', { username: 'karim', displayName: 'Karim Benali', role: 'security', passphrase: 'phrase de karim, longue' }));
    expect(readKeyringFile(dir).slots.map((sl) => sl.username).sort()).toEqual(['claire', 'karim']);
    const karim = await unlockAs(dir, 'karim', 'phrase de karim, longue');
    expect(unwrap(karim.r)).toEqual({ username: 'karim', displayName: 'Karim Benali', role: 'security' });
    karim.s.close();
    unwrap(await service.call('user.remove', { username: 'karim' }));
    expect((unwrap(await service.call('user.list', {})) as { username: string }[]).map((u) => u.username)).toEqual(['claire']);
    expect(readKeyringFile(dir).slots.map((sl) => sl.username)).toEqual(['claire']);
    const refused = await unlockAs(dir, 'karim', 'phrase de karim, longue');
    expect(refused.r.ok).toBe(false);
    if (!refused.r.ok) expect(refused.r.error.code).toBe('WRONG_PASSPHRASE');
    refused.s.close();
    service.close();
    const raw = openRaw(dir, kit);
    expect(raw.prepare(`SELECT removed_at IS NOT NULL AS removed FROM users WHERE username = 'karim'`).get()).toEqual({ removed: 1 });
    expect((raw.prepare(`SELECT action FROM audit_log WHERE entity_type = 'user' ORDER BY seq`).all() as { action: string }[]).map((a) => a.action)).toEqual([
      'user.add',
      'user.add',
      'user.remove',
    ]);
    raw.close();
  });

  it('refuses to remove one’s own account (so a DPO always remains) and a username already in use; only a DPO removes', async () => {
    const { dir, service } = await newVault();
    const self = await service.call('user.remove', { username: 'claire' });
    expect(!self.ok && self.error.code).toBe('INVALID_STATE');
    unwrap(await service.call('user.add', { username: 'anne', displayName: 'Anne', role: 'dpo', passphrase: PASSPHRASE }));
    const dup = await service.call('user.add', { username: 'anne', displayName: 'Anne bis', role: 'compliance', passphrase: PASSPHRASE });
    expect(!dup.ok && dup.error.code).toBe('CONFLICT');
    service.close();
    // Anne, DPO too, removes Claire; Anne, now the only DPO, cannot be removed by a compliance officer.
    const anne = await unlockAs(dir, 'anne');
    unwrap(anne.r);
    unwrap(await anne.s.call('user.remove', { username: 'claire' }));
    unwrap(await anne.s.call('user.add', { username: 'sophie', displayName: 'Sophie', role: 'compliance', passphrase: PASSPHRASE }));
    anne.s.close();
    const sophie = await unlockAs(dir, 'sophie');
    const r = await sophie.s.call('user.remove', { username: 'anne' });
    expect(!r.ok && r.error.code).toBe('FORBIDDEN');
    sophie.s.close();
  });

  it('changes a passphrase by re-wrapping that user’s slot only: the data key and the other slots are untouched', async () => {
    const { dir, service, kit } = await newVault();
    unwrap(await service.call('user.add', { username: 'karim', displayName: 'Karim', role: 'security', passphrase: PASSPHRASE }));
    const before = readKeyringFile(dir);
    const wrong = await service.call('user.changePassphrase', { current: 'pas la phrase actuelle', next: 'une nouvelle phrase longue' });
    expect(!wrong.ok && wrong.error.code).toBe('WRONG_PASSPHRASE');
    unwrap(await service.call('user.changePassphrase', { current: PASSPHRASE, next: 'une nouvelle phrase longue' }));
    service.close();
    const after = readKeyringFile(dir);
    expect(after.keyId).toBe(before.keyId);
    expect(after.dataKey).toEqual(before.dataKey);
    expect(after.slots.find((sl) => sl.username === 'karim')).toEqual(before.slots.find((sl) => sl.username === 'karim'));
    expect(after.slots.find((sl) => sl.username === 'claire')).not.toEqual(before.slots.find((sl) => sl.username === 'claire'));
    // The database is still encrypted with the same key: the recovery kit of the creation opens it.
    const raw = openRaw(dir, kit);
    expect(raw.prepare('SELECT count(*) AS n FROM users').get()).toEqual({ n: 2 });
    raw.close();
    const claire = await unlockAs(dir, 'claire', 'une nouvelle phrase longue');
    unwrap(claire.r);
    claire.s.close();
  });
});
