/**
 * Offline restore of a backup file into a vault folder (`dpo restore FILE --to DIR`): the backup is
 * verified against its manifest, copied through SQLite to a temporary file re-keyed to the target's key,
 * verified again, and renamed into place. An existing vault there is first saved.
 */
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DomainError } from '../shared/errors';
import { keyId } from './crypto';
import { dataKeys, openSlot, readKeyring, type Keyring } from './keyring';
import { vaultPaths } from './paths';
import { prepareRestoredCopy, readManifest, snapshotTo, verifyBackupFile } from './backup';
import { fsyncDir, tempPathFor } from './fs-atomic';
import { openEncrypted } from './sqlite';
import { decodeRecoveryKit } from './recovery-kit';
import type { BackupManifest } from '../shared/schemas/vault';

export interface RestoreCredentials {
  username?: string;
  passphrase?: string;
  recoveryKit?: string;
}

/** The keyring that knows the backup's key: the target vault's, else the one of the vault it came from. */
export function findKeyring(backupFile: string, targetDir: string): { path: string; ring: Keyring } | null {
  for (const p of [vaultPaths(targetDir).keyring, join(dirname(backupFile), '..', 'keyring.json'), join(dirname(backupFile), 'keyring.json')]) {
    const ring = readKeyring(p);
    if (ring) return { path: p, ring };
  }
  return null;
}

export async function restoreFileToDir(backupFile: string, targetDir: string, creds: RestoreCredentials): Promise<BackupManifest> {
  if (!existsSync(backupFile)) throw new DomainError('NOT_FOUND', `Sauvegarde introuvable : ${backupFile}.`);
  const manifest = readManifest(backupFile);
  const found = findKeyring(backupFile, targetDir);
  let backupKey: Buffer | null = null;
  let targetKey: Buffer | null = null;
  if (creds.recoveryKit) {
    backupKey = decodeRecoveryKit(creds.recoveryKit);
    if (keyId(backupKey) !== manifest.keyId) throw new DomainError('WRONG_RECOVERY_KIT', 'Ce kit ne correspond pas à la clé de cette sauvegarde.');
    targetKey = backupKey;
  } else {
    if (!found) throw new DomainError('KEYRING_MISSING', 'Aucun trousseau ne connaît la clé de cette sauvegarde : utilisez --recovery avec le kit de récupération de l’époque.');
    const kk = await openSlot(found.ring, creds.username ?? '', creds.passphrase ?? '');
    const keys = dataKeys(found.ring, kk);
    targetKey = keys.current;
    backupKey = keyId(keys.current) === manifest.keyId ? keys.current : (keys.archived.get(manifest.keyId) ?? null);
    if (!backupKey) throw new DomainError('BACKUP_INVALID', 'Cette sauvegarde a été chiffrée avec une clé que ce trousseau ne connaît pas : utilisez --recovery.');
  }
  verifyBackupFile(backupFile, backupKey, manifest);
  const target = vaultPaths(targetDir);
  mkdirSync(targetDir, { recursive: true, mode: 0o700 });
  const copy = prepareRestoredCopy(backupFile, backupKey, target.db, targetKey);
  try {
    if (existsSync(target.db)) {
      // Keep what was there: a snapshot of the current database before it is replaced.
      mkdirSync(target.backups, { recursive: true, mode: 0o700 });
      const save = join(target.backups, `avant-restauration-${Date.now()}.db`);
      let saved = false;
      try {
        const current = openEncrypted(target.db, targetKey);
        if (current) {
          try {
            snapshotTo(current, save);
            saved = true;
          } finally {
            current.close();
          }
        }
      } catch {
        saved = false;
      }
      // A damaged database cannot be read through SQLite: keep its bytes as they are, for analysis.
      if (!saved) copyFileSync(target.db, `${save}.endommage`);
      rmSync(target.wal, { force: true });
      rmSync(target.shm, { force: true });
    }
    if (found && found.path !== target.keyring && !existsSync(target.keyring)) {
      const tmp = tempPathFor(target.keyring);
      copyFileSync(found.path, tmp);
      renameSync(tmp, target.keyring);
    }
    renameSync(copy, target.db);
    fsyncDir(targetDir);
  } finally {
    rmSync(copy, { force: true });
  }
  return manifest;
}
