import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import Database from 'better-sqlite3-multiple-ciphers';
import { decodeRecoveryKit } from '../../src-main/store/recovery-kit';

/** A raw SQLite connection to a vault, as an attacker with the key (from the recovery kit) would have. */
export function openRaw(dir: string, kit: string): Database.Database {
  const key = decodeRecoveryKit(kit).toString('hex');
  const db = new Database(join(dir, 'workbench.db'));
  db.pragma(`cipher='sqlcipher'`);
  db.pragma('legacy=4');
  db.pragma(`key="x'${key}'"`);
  return db;
}

/** SHA-256 of every file under `dir` (recursively), by relative path. */
export function hashTree(dir: string, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) Object.assign(out, hashTree(p, `${prefix}${name}/`));
    else out[`${prefix}${name}`] = createHash('sha256').update(readFileSync(p)).digest('hex');
  }
  return out;
}

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the real `dpo` command (bin/dpo.mjs) in a child process. */
export function dpo(args: string[], env: Record<string, string> = {}): CliResult {
  const r = spawnSync(process.execPath, [join(process.cwd(), 'bin', 'dpo.mjs'), ...args], {
    env: { ...process.env, DPO_SCRYPT_LOGN: '14', ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
