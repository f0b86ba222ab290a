/**
 * Backups of the vault: one automatic backup per day the vault is opened (Europe/Paris days), the
 * last N kept (N configurable), each with its manifest; a backup altered after the fact is refused.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createService } from '../../src-main/service/service';
import { LATEST_VERSION } from '../../src-main/store/migrations';
import { defaultVaultDir } from '../../src-main/store/paths';
import { hashTree } from '../helpers/raw';
import { newVault, ORGANISATION, PASSPHRASE, unwrap } from '../helpers/vault';

interface Manifest {
  id: string;
  file: string;
  kind: string;
  createdAt: string;
  schemaVersion: number;
  auditHead: { seq: number; hash: string };
  sha256: string;
  keyId: string;
}

/** A clock the test moves: the vault, the service and the backups all read it. */
function clock(start: string) {
  let t = new Date(start);
  return { now: () => t, set: (iso: string) => (t = new Date(iso)) };
}

async function openOn(dir: string, now: () => Date) {
  const s = createService({ vaultDir: dir, now });
  unwrap(await s.call('session.unlock', { username: 'claire', passphrase: PASSPHRASE }));
  const backups = unwrap(await s.call('backup.list', {})) as Manifest[];
  return { s, backups, autos: backups.filter((b) => b.kind === 'auto') };
}

describe('automatic backups', () => {
  it('makes one backup per day the vault is opened, not one per opening', async () => {
    const c = clock('2026-03-02T08:00:00Z');
    const { dir, service } = await newVault({ now: c.now });
    service.close();
    c.set('2026-03-02T16:00:00Z');
    const same = await openOn(dir, c.now);
    expect(same.autos).toHaveLength(1);
    same.s.close();
    // 23:30 UTC on 2 March is already 3 March in Paris: a new day, a new backup.
    c.set('2026-03-02T23:30:00Z');
    const next = await openOn(dir, c.now);
    expect(next.autos).toHaveLength(2);
    expect(next.autos[0]?.createdAt).toBe('2026-03-02T23:30:00.000Z');
    next.s.close();
  });

  it('keeps the last N automatic backups (N set in the settings) and never deletes a manual one', async () => {
    const c = clock('2026-03-01T09:00:00Z');
    const { dir, service } = await newVault({ now: c.now });
    unwrap(await service.call('settings.update', { backupKeep: 3 }));
    const manual = unwrap(await service.call('backup.create', {})) as Manifest;
    service.close();
    for (let day = 2; day <= 6; day++) {
      c.set(`2026-03-0${day}T09:00:00Z`);
      const { s } = await openOn(dir, c.now);
      s.close();
    }
    const { s, backups, autos } = await openOn(dir, c.now);
    expect(autos.map((b) => b.createdAt.slice(0, 10))).toEqual(['2026-03-06', '2026-03-05', '2026-03-04']);
    expect(backups.some((b) => b.id === manual.id)).toBe(true);
    const files = Object.keys(hashTree(join(dir, 'backups')));
    expect(files.filter((f) => f.includes('-auto.dpobak') && !f.endsWith('.json'))).toHaveLength(3);
    expect(files.some((f) => f.includes('20260302') || f.includes('20260303'))).toBe(false);
    // Lowering N takes effect at the next opening.
    unwrap(await s.call('settings.update', { backupKeep: 1 }));
    s.close();
    c.set('2026-03-07T09:00:00Z');
    const later = await openOn(dir, c.now);
    expect(later.autos.map((b) => b.createdAt.slice(0, 10))).toEqual(['2026-03-07']);
    later.s.close();
  });
});

describe('a backup and its manifest', () => {
  it('records the time, the schema version, the audit head and the SHA-256 of an encrypted file', async () => {
    const c = clock('2026-05-04T10:15:00Z');
    const { dir, service } = await newVault({ now: c.now });
    unwrap(await service.call('organisation.update', { ...ORGANISATION, name: 'MARQUEUR-SAUVEGARDE' }));
    const head = (unwrap(await service.call('audit.verify', {})) as { head: { seq: number; hash: string } }).head;
    const m = unwrap(await service.call('backup.create', {})) as Manifest;
    service.close();
    const file = join(dir, 'backups', m.file);
    expect(m.createdAt).toBe('2026-05-04T10:15:00.000Z');
    expect(m.schemaVersion).toBe(LATEST_VERSION);
    expect(m.auditHead).toEqual(head);
    expect(m.sha256).toBe(createHash('sha256').update(readFileSync(file)).digest('hex'));
    expect(JSON.parse(readFileSync(`${file}.json`, 'utf8'))).toEqual(m);
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    expect(bytes.includes(Buffer.from('MARQUEUR-SAUVEGARDE'))).toBe(false);
  });

  it('refuses to restore a backup altered since it was written, and leaves the vault as it was', async () => {
    const { dir, service } = await newVault();
    const m = unwrap(await service.call('backup.create', {})) as Manifest;
    unwrap(await service.call('organisation.update', { ...ORGANISATION, name: 'Après la sauvegarde' }));
    const file = join(dir, 'backups', m.file);
    const bytes = readFileSync(file);
    bytes[bytes.length - 100] = (bytes[bytes.length - 100] ?? 0) ^ 0x01;
    writeFileSync(file, bytes);
    const r = await service.call('backup.restore', { id: m.id });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('BACKUP_INVALID');
      expect(r.error.message).toMatch(/modifiée depuis sa création/);
    }
    expect((unwrap(await service.call('organisation.get', {})) as { name: string }).name).toBe('Après la sauvegarde');
    service.close();
  });
});

describe('the default vault folder of the CLI and web shell', () => {
  it('is $DPO_VAULT when set, else the per-user data folder of the platform', () => {
    expect(defaultVaultDir({ DPO_VAULT: '/srv/coffre' }, 'linux', '/home/claire')).toBe('/srv/coffre');
    expect(defaultVaultDir({}, 'linux', '/home/claire')).toBe('/home/claire/.local/share/dpo-workbench');
    expect(defaultVaultDir({ DPO_VAULT: '', XDG_DATA_HOME: '' }, 'linux', '/home/claire')).toBe('/home/claire/.local/share/dpo-workbench');
    expect(defaultVaultDir({ XDG_DATA_HOME: '/data' }, 'linux', '/home/claire')).toBe('/data/dpo-workbench');
    expect(defaultVaultDir({}, 'darwin', '/Users/claire')).toBe('/Users/claire/Library/Application Support/dpo-workbench/vault');
  });
});
