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
export function defaultVaultDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.DPO_VAULT) return env.DPO_VAULT;
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'dpo-workbench', 'vault');
  if (process.platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'dpo-workbench', 'vault');
  return join(env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'dpo-workbench');
}
