/**
 * Encrypted backups. A backup is a transactionally consistent snapshot written by SQLite itself
 * (`VACUUM INTO`, see docs/decisions.md: SQLite3MC refuses the backup API towards a destination it
 * cannot key), encrypted with the vault's data key, then re-opened and verified (integrity check,
 * schema version, audit head) before its manifest is written. Never a raw file copy.
 */
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DateTime } from 'luxon';
import { DomainError } from '../shared/errors';
import { BackupManifest } from '../shared/schemas/vault';
import { appVersion } from './app-version';
import { auditHead } from './audit-log';
import { sha256Hex } from './crypto';
import { fsyncDir, fsyncFile, tempPathFor, writeFileAtomicSync } from './fs-atomic';
import { LATEST_VERSION } from './migrations';
import { openEncrypted, userVersion, type Db } from './sqlite';
import type { Vault } from './vault';

export const BACKUP_EXT = '.dpobak';
type Kind = BackupManifest['kind'];

export function snapshotTo(db: Db, path: string): void {
  // The file name is a bound parameter: nothing is interpolated into SQL.
  db.prepare('VACUUM INTO ?').run(path);
  chmodSync(path, 0o600);
  fsyncFile(path);
}

function fileSha256(path: string): string {
  return sha256Hex(readFileSync(path));
}

/** Opens a snapshot read-only with `key` and checks it; returns its schema version and audit head. */
export function inspectSnapshot(path: string, key: Buffer, nativeBinding?: string): { schemaVersion: number; head: { seq: number; hash: string } } {
  const db = openEncrypted(path, key, { readonly: true, nativeBinding });
  if (!db) throw new DomainError('BACKUP_INVALID', 'Cette sauvegarde ne s’ouvre pas avec les clés de ce coffre.');
  try {
    const ok = db.pragma('integrity_check', { simple: true });
    if (ok !== 'ok') throw new DomainError('BACKUP_INVALID', `Sauvegarde endommagée (contrôle d’intégrité : ${String(ok)}).`);
    return { schemaVersion: userVersion(db), head: auditHead(db) };
  } catch (err) {
    if (err instanceof DomainError) throw err;
    throw new DomainError('BACKUP_INVALID', 'Sauvegarde endommagée : son contenu ne peut pas être relu.');
  } finally {
    db.close();
  }
}

export function createBackup(vault: Vault, kind: Kind, outFile?: string): BackupManifest {
  const dir = outFile ? undefined : vault.paths.backups;
  if (dir) mkdirSync(dir, { recursive: true, mode: 0o700 });
  const now = vault.now();
  const stamp = DateTime.fromJSDate(now, { zone: 'utc' }).toFormat("yyyyLLdd'T'HHmmssSSS'Z'");
  const target = outFile ?? join(dir ?? '.', `${stamp}-${kind}${BACKUP_EXT}`);
  if (existsSync(target)) throw new DomainError('CONFLICT', `Le fichier ${basename(target)} existe déjà : choisissez un autre nom.`);
  const tmp = tempPathFor(target);
  try {
    snapshotTo(vault.db, tmp);
    const info = inspectSnapshot(tmp, vault.currentKey());
    renameSync(tmp, target);
    fsyncDir(join(target, '..'));
    const manifest: BackupManifest = {
      id: basename(target, BACKUP_EXT),
      file: basename(target),
      createdAt: now.toISOString(),
      schemaVersion: info.schemaVersion,
      appVersion: appVersion(),
      auditHead: info.head,
      sha256: fileSha256(target),
      sizeBytes: statSync(target).size,
      keyId: vault.keyId,
      kind,
    };
    writeFileAtomicSync(`${target}.json`, `${JSON.stringify(manifest, null, 2)}\n`);
    return manifest;
  } finally {
    rmSync(tmp, { force: true });
  }
}

export function readManifest(backupFile: string): BackupManifest {
  const path = `${backupFile}.json`;
  if (!existsSync(path)) throw new DomainError('BACKUP_INVALID', `Manifeste introuvable à côté de la sauvegarde (${basename(path)}).`);
  const parsed = BackupManifest.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new DomainError('BACKUP_INVALID', 'Le manifeste de la sauvegarde est illisible ou altéré.');
  return parsed.data;
}

export function listBackups(backupsDir: string): BackupManifest[] {
  if (!existsSync(backupsDir)) return [];
  const out: BackupManifest[] = [];
  for (const f of readdirSync(backupsDir)) {
    if (!f.endsWith(BACKUP_EXT)) continue;
    try {
      out.push(readManifest(join(backupsDir, f)));
    } catch {
      // a backup without a valid manifest is not offered for restore
    }
  }
  return out.sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
}

/** Checks the file's hash against its manifest, then re-opens and checks it. */
export function verifyBackupFile(file: string, key: Buffer, manifest: BackupManifest, nativeBinding?: string): void {
  if (fileSha256(file) !== manifest.sha256) throw new DomainError('BACKUP_INVALID', 'Cette sauvegarde a été modifiée depuis sa création (empreinte SHA-256 différente) : choisissez-en une autre.');
  const info = inspectSnapshot(file, key, nativeBinding);
  if (info.head.hash !== manifest.auditHead.hash) throw new DomainError('BACKUP_INVALID', 'Le journal d’audit de la sauvegarde ne correspond pas à son manifeste.');
  if (info.schemaVersion > LATEST_VERSION) throw new DomainError('VAULT_TOO_NEW');
}

/**
 * Writes a copy of `file` (encrypted with `sourceKey`) to a temporary file beside `targetDb`, re-keyed
 * to `targetKey`, and verifies it. Returns the temporary path; the caller renames it into place.
 */
export function prepareRestoredCopy(file: string, sourceKey: Buffer, targetDb: string, targetKey: Buffer, nativeBinding?: string): string {
  const tmp = tempPathFor(targetDb);
  try {
    const src = openEncrypted(file, sourceKey, { readonly: true, nativeBinding });
    if (!src) throw new DomainError('BACKUP_INVALID', 'Cette sauvegarde ne s’ouvre pas avec les clés de ce coffre.');
    try {
      snapshotTo(src, tmp);
    } finally {
      src.close();
    }
    if (!sourceKey.equals(targetKey)) {
      const copy = openEncrypted(tmp, sourceKey, { nativeBinding });
      if (!copy) throw new DomainError('BACKUP_INVALID');
      try {
        copy.pragma('journal_mode = DELETE');
        copy.pragma(`rekey="x'${targetKey.toString('hex')}'"`);
      } finally {
        copy.close();
      }
    }
    inspectSnapshot(tmp, targetKey, nativeBinding);
    return tmp;
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

/** Restores a backup of the vault's own backups folder, after saving the current state. */
export function restoreBackup(vault: Vault, id: string): BackupManifest {
  const file = join(vault.paths.backups, `${basename(id)}${BACKUP_EXT}`);
  if (!existsSync(file)) throw new DomainError('NOT_FOUND', 'Sauvegarde introuvable : actualisez la liste.');
  const manifest = readManifest(file);
  const key = vault.keyFor(manifest.keyId);
  if (!key) throw new DomainError('BACKUP_INVALID', 'Cette sauvegarde a été chiffrée avec une clé que ce trousseau ne connaît pas : utilisez le kit de récupération de l’époque.');
  verifyBackupFile(file, key, manifest);
  const copy = prepareRestoredCopy(file, key, vault.paths.db, vault.currentKey());
  try {
    createBackup(vault, 'pre-restore');
    vault.replaceDatabase(copy);
  } finally {
    rmSync(copy, { force: true });
  }
  return manifest;
}

/** One automatic backup per calendar day (Europe/Paris) the vault is opened; keeps the last `keep`. */
export function autoBackup(vault: Vault, keep: number): BackupManifest | null {
  const today = DateTime.fromJSDate(vault.now(), { zone: 'Europe/Paris' }).toISODate();
  const all = listBackups(vault.paths.backups);
  const autos = all.filter((m) => m.kind === 'auto');
  const hasToday = autos.some((m) => DateTime.fromISO(m.createdAt, { zone: 'Europe/Paris' }).toISODate() === today);
  const made = hasToday ? null : createBackup(vault, 'auto');
  const current = made ? [made, ...autos] : autos;
  for (const old of current.slice(keep)) {
    const f = join(vault.paths.backups, old.file);
    rmSync(f, { force: true });
    rmSync(`${f}.json`, { force: true });
  }
  return made;
}
