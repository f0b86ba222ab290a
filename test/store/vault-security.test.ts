import { readFileSync, rmSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createService } from '../../src-main/service/service';
import { Vault } from '../../src-main/store/vault';
import { newVault, ORGANISATION, PASSPHRASE, unwrap } from '../helpers/vault';
import { dpo, hashTree, openRaw } from '../helpers/raw';

const MARKER = 'MARQUEUR-CONFIDENTIEL-7Q2X';

describe('the vault at rest', () => {
  it('keeps no plaintext in the database and WAL files', async () => {
    const { dir, service } = await newVault();
    unwrap(await service.call('organisation.update', { ...ORGANISATION, name: MARKER, dpoName: `${MARKER} DPO` }));
    // The WAL still holds the change here: both files are checked while the vault is open.
    const db = readFileSync(join(dir, 'workbench.db'));
    const wal = existsSync(join(dir, 'workbench.db-wal')) ? readFileSync(join(dir, 'workbench.db-wal')) : Buffer.alloc(0);
    expect(wal.length).toBeGreaterThan(0);
    for (const file of [db, wal]) {
      expect(file.includes(Buffer.from(MARKER, 'utf8'))).toBe(false);
      expect(file.includes(Buffer.from(MARKER, 'utf16le'))).toBe(false);
    }
    expect(db.subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    for (const f of readdirSync(join(dir, 'backups')).filter((n) => n.endsWith('.dpobak'))) {
      expect(readFileSync(join(dir, 'backups', f)).includes(Buffer.from(MARKER))).toBe(false);
    }
    service.close();
    expect(readFileSync(join(dir, 'workbench.db')).includes(Buffer.from(MARKER))).toBe(false);
  });

  it('opens with WAL, synchronous=FULL and foreign keys on, and the raw data key as SQLCipher v4 key', async () => {
    const { dir, service, kit } = await newVault();
    service.close();
    const { vault } = await Vault.open(dir, 'claire', PASSPHRASE);
    expect(String(vault.db.pragma('journal_mode', { simple: true })).toLowerCase()).toBe('wal');
    expect(vault.db.pragma('synchronous', { simple: true })).toBe(2);
    expect(vault.db.pragma('foreign_keys', { simple: true })).toBe(1);
    vault.close();
    // The recovery kit is the raw key: SQLCipher v4 settings plus x'…' open the file, with no KDF of ours.
    const raw = openRaw(dir, kit);
    expect(raw.prepare('SELECT count(*) AS n FROM users').get()).toEqual({ n: 1 });
    raw.close();
  });

  it('leaves every vault file byte-identical after a wrong passphrase', async () => {
    const { dir, service } = await newVault();
    service.close();
    const before = hashTree(dir);
    const s = createService({ vaultDir: dir });
    const r = await s.call('session.unlock', { username: 'claire', passphrase: 'mauvaise phrase secrète' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/phrase secrète incorrects/);
    s.close();
    expect(hashTree(dir)).toEqual(before);
  });

  it('opens with the recovery kit after the keyring is deleted (dpo unlock --recovery)', async () => {
    const { dir, service, kit } = await newVault();
    unwrap(await service.call('organisation.update', { ...ORGANISATION, name: 'Mutuelle après récupération' }));
    service.close();
    rmSync(join(dir, 'keyring.json'));
    const refused = dpo(['verify', '--vault', dir, '--user', 'claire'], { DPO_PASSPHRASE: PASSPHRASE });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/trousseau/i);
    const r = dpo(['unlock', '--recovery', '--vault', dir, '--user', 'claire'], { DPO_RECOVERY_KIT: kit.toLowerCase(), DPO_NEW_PASSPHRASE: 'nouvelle phrase après perte' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const s = createService({ vaultDir: dir });
    unwrap(await s.call('session.unlock', { username: 'claire', passphrase: 'nouvelle phrase après perte' }));
    const org = unwrap(await s.call('organisation.get', {})) as { name: string };
    expect(org.name).toBe('Mutuelle après récupération');
    expect((unwrap(await s.call('audit.verify', {})) as { ok: boolean }).ok).toBe(true);
    s.close();
  });

  it('refuses a recovery kit with a typing mistake before touching the database', async () => {
    const { dir, service, kit } = await newVault();
    service.close();
    const before = hashTree(dir);
    // Change one character for another one (never for itself: the test would then open the vault).
    const typo = kit.slice(0, -3) + (kit.at(-3) === '0' ? '1' : '0') + kit.slice(-2);
    expect(typo).not.toBe(kit);
    const s = createService({ vaultDir: dir });
    const r = await s.call('session.recover', { kit: typo, username: 'claire', newPassphrase: 'une autre phrase longue' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('WRONG_RECOVERY_KIT');
    expect(hashTree(dir)).toEqual(before);
  });

  it('refuses a database from a newer version without touching it', async () => {
    const { dir, service, kit } = await newVault();
    service.close();
    const raw = openRaw(dir, kit);
    raw.pragma('user_version = 99');
    raw.close();
    const before = hashTree(dir);
    const s = createService({ vaultDir: dir });
    const r = await s.call('session.unlock', { username: 'claire', passphrase: PASSPHRASE });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('VAULT_TOO_NEW');
      expect(r.error.message).toMatch(/plus récente|format 99/);
    }
    s.close();
    expect(hashTree(dir)).toEqual(before);
  });

  // That only the user's slot is re-wrapped (same data key, other slots untouched) is shown in test/service/foundation.test.ts.
  it('changes a passphrase: the old one no longer opens the vault, the new one does', async () => {
    const { dir, service } = await newVault();
    unwrap(await service.call('user.changePassphrase', { current: PASSPHRASE, next: 'ma nouvelle phrase secrète' }));
    service.close();
    const s = createService({ vaultDir: dir });
    expect((await s.call('session.unlock', { username: 'claire', passphrase: PASSPHRASE })).ok).toBe(false);
    unwrap(await s.call('session.unlock', { username: 'claire', passphrase: 'ma nouvelle phrase secrète' }));
    s.close();
  });

  it('rotates the data key: a new kit opens the vault, the old one no longer does, backups stay restorable', async () => {
    const { dir, service, kit: oldKit } = await newVault();
    const b = unwrap(await service.call('backup.create', {})) as { id: string };
    const next = unwrap(await service.call('vault.rekey', { passphrase: PASSPHRASE })) as { kit: string };
    expect(next.kit).not.toBe(oldKit);
    unwrap(await service.call('organisation.update', { ...ORGANISATION, name: 'Après rotation' }));
    unwrap(await service.call('backup.restore', { id: b.id }));
    expect((unwrap(await service.call('organisation.get', {})) as { name: string }).name).toBe(ORGANISATION.name);
    service.close();
    expect(() => openRaw(dir, oldKit).prepare('SELECT count(*) FROM users').get()).toThrow();
    const raw = openRaw(dir, next.kit);
    expect((raw.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n).toBe(1);
    raw.close();
    const s = createService({ vaultDir: dir });
    unwrap(await s.call('session.unlock', { username: 'claire', passphrase: PASSPHRASE }));
    expect((unwrap(await s.call('vault.verify', {})) as { ok: boolean }).ok).toBe(true);
    s.close();
  });
});

describe('tampering and damage', () => {
  async function vaultWithHistory() {
    const v = await newVault();
    for (let i = 0; i < 5; i++) unwrap(await v.service.call('settings.update', { autoLockMinutes: 5 + i }));
    v.service.close();
    return v;
  }

  function verifyCli(dir: string) {
    return dpo(['verify', '--vault', dir, '--user', 'claire'], { DPO_PASSPHRASE: PASSPHRASE });
  }

  it('names the first altered row when an audit row is edited', async () => {
    const { dir, kit } = await vaultWithHistory();
    expect(verifyCli(dir).status).toBe(0);
    const raw = openRaw(dir, kit);
    raw.exec('DROP TRIGGER audit_log_no_update');
    raw.prepare(`UPDATE audit_log SET actor = 'intrus' WHERE seq = 4`).run();
    raw.close();
    const r = verifyCli(dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/ligne 4/);
  });

  it('names the row after a deleted one', async () => {
    const { dir, kit } = await vaultWithHistory();
    const raw = openRaw(dir, kit);
    raw.exec('DROP TRIGGER audit_log_no_delete');
    raw.prepare('DELETE FROM audit_log WHERE seq = 3').run();
    raw.close();
    const r = verifyCli(dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/ligne 4/);
  });

  it('detects two swapped rows', async () => {
    const { dir, kit } = await vaultWithHistory();
    const raw = openRaw(dir, kit);
    raw.exec('DROP TRIGGER audit_log_no_update');
    const a = raw.prepare('SELECT * FROM audit_log WHERE seq = 5').get() as Record<string, unknown>;
    const b = raw.prepare('SELECT * FROM audit_log WHERE seq = 6').get() as Record<string, unknown>;
    const upd = raw.prepare('UPDATE audit_log SET at=@at, actor=@actor, action=@action, entity_type=@entity_type, entity_id=@entity_id, before_digest=@before_digest, after_digest=@after_digest, prev_hash=@prev_hash, hash=@hash WHERE seq=@target');
    upd.run({ ...b, target: 5 });
    upd.run({ ...a, target: 6 });
    raw.close();
    const r = verifyCli(dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/ligne 5/);
  });

  it('forbids UPDATE and DELETE on the audit log through SQL', async () => {
    const { dir, kit } = await vaultWithHistory();
    const raw = openRaw(dir, kit);
    expect(() => raw.prepare('DELETE FROM audit_log WHERE seq = 1').run()).toThrow(/append-only/);
    expect(() => raw.prepare(`UPDATE audit_log SET actor = 'x'`).run()).toThrow(/append-only/);
    raw.close();
  });

  it('detects a flipped byte with a clear message, and the last backup restores the vault', async () => {
    const { dir, service } = await newVault();
    unwrap(await service.call('organisation.update', { ...ORGANISATION, name: 'Avant la panne' }));
    const backup = unwrap(await service.call('backup.create', {})) as { file: string };
    service.close();
    const path = join(dir, 'workbench.db');
    const bytes = readFileSync(path);
    const offset = 4096 + 1500; // inside the second page
    bytes[offset] = (bytes[offset] ?? 0) ^ 0xff;
    writeFileSync(path, bytes);
    const r = verifyCli(dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/endommagé|restaurez/);
    const restored = dpo(['restore', join(dir, 'backups', backup.file), '--to', dir, '--user', 'claire'], { DPO_PASSPHRASE: PASSPHRASE });
    expect(restored.stderr).toBe('');
    expect(restored.status).toBe(0);
    expect(verifyCli(dir).status).toBe(0);
    const s = createService({ vaultDir: dir });
    unwrap(await s.call('session.unlock', { username: 'claire', passphrase: PASSPHRASE }));
    expect((unwrap(await s.call('organisation.get', {})) as { name: string }).name).toBe('Avant la panne');
    s.close();
  });
});
