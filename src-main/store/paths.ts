import { homedir } from 'node:os';
import { join } from 'node:path';

export const DB_FILE = 'workbench.db';
export const KEYRING_FILE = 'keyring.json';
export const BACKUP_DIR = 'backups';

export interface VaultPaths {
  dir: string;
  db: string;
  wal: string;
  shm: string;
  keyring: string;
  backups: string;
}

export function vaultPaths(dir: string): VaultPaths {
  const db = join(dir, DB_FILE);
  return { dir, db, wal: `${db}-wal`, shm: `${db}-shm`, keyring: join(dir, KEYRING_FILE), backups: join(dir, BACKUP_DIR) };
}

/** CLI and web shell default: `$DPO_VAULT`, else the per-user data folder (XDG on Linux). */
export function defaultVaultDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home: string = homedir()): string {
  if (env.DPO_VAULT?.trim()) return env.DPO_VAULT;
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'dpo-workbench', 'vault');
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), 'dpo-workbench', 'vault');
  // XDG Base Directory: an empty XDG_DATA_HOME counts as unset.
  return join(env.XDG_DATA_HOME || join(home, '.local', 'share'), 'dpo-workbench');
}
