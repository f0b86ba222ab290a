import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { readKeyring } from '../store/keyring';
import { defaultVaultDir, vaultPaths } from '../store/paths';
import { createService } from '../service/service';
import type { Service } from '../service/types';
import type { Result } from '../shared/result';
import { passphraseFromEnvOrPrompt } from './prompt';
import { UsageError } from './usage-error';

export interface GlobalOptions {
  vault?: string;
  user?: string;
}

export function resolveVaultDir(opts: GlobalOptions): string {
  return resolve(opts.vault ?? defaultVaultDir());
}

/** `--user`, else DPO_USER, else the only slot of the keyring. */
export function resolveUser(opts: GlobalOptions, dir: string): string {
  const explicit = opts.user ?? process.env.DPO_USER;
  if (explicit) return explicit.trim().toLowerCase();
  const ring = readKeyring(vaultPaths(dir).keyring);
  if (ring && ring.slots.length === 1 && ring.slots[0]) return ring.slots[0].username;
  throw new UsageError('Plusieurs utilisateurs dans ce coffre : précisez --user IDENTIFIANT (ou DPO_USER).');
}

export class CallFailed extends Error {
  constructor(readonly result: Result<never>) {
    super(result.ok ? '' : result.error.message);
  }
}

export function expectOk<T>(r: Result<unknown>): T {
  if (!r.ok) throw new CallFailed(r);
  return r.value as T;
}

/** A service unlocked on the vault for the CLI user (passphrase from DPO_PASSPHRASE or a prompt). */
export async function openSession(opts: GlobalOptions): Promise<Service> {
  const dir = resolveVaultDir(opts);
  if (!existsSync(vaultPaths(dir).db)) throw new UsageError(`Aucun coffre dans ${dir} : créez-le avec « dpo init --vault ${dir} » ou indiquez --vault.`);
  const service = createService({ vaultDir: dir });
  const username = resolveUser(opts, dir);
  const passphrase = await passphraseFromEnvOrPrompt();
  const r = await service.call('session.unlock', { username, passphrase });
  if (!r.ok) {
    service.close();
    throw new CallFailed(r);
  }
  return service;
}
