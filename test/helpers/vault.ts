import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { createService } from '../../src-main/service/service';
import type { Service } from '../../src-main/service/types';
import type { Result } from '../../src-main/shared/result';

export const PASSPHRASE = 'correct horse battery staple';
export const ORGANISATION = {
  name: 'Mutuelle Santé Horizon (fictive)',
  siren: '732829320',
  address: { street: '12 rue des Lilas', postalCode: '69003', city: 'Lyon', country: 'France' },
  dpoName: 'Claire Martin',
  dpoEmail: 'dpo@horizon-fictive.fr',
  dpoPhone: '04 00 00 00 00',
  alsaceMoselle: false,
};

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

export function tempDir(prefix = 'dpo-test-'): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
}

export function unwrap<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message} ${JSON.stringify(r.error.issues ?? [])}`);
  return r.value;
}

/** A fresh vault created through the service, unlocked as the DPO "claire". */
export async function newVault(options: { now?: () => Date } = {}): Promise<{ dir: string; service: Service; kit: string }> {
  const dir = join(tempDir(), 'vault');
  const service = createService({ vaultDir: dir, ...options });
  const created = unwrap(
    (await service.call('vault.create', {
      organisation: ORGANISATION,
      user: { username: 'claire', displayName: 'Claire Martin' },
      passphrase: PASSPHRASE,
    })) as Result<{ recoveryKit: { kit: string } }>,
  );
  return { dir, service, kit: created.recoveryKit.kit };
}
