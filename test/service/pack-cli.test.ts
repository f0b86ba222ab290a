import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerAuditPackCommands } from '../../src-main/cli/audit-pack-command';
import type { GlobalOptions } from '../../src-main/cli/session';
import { PASSPHRASE } from '../helpers/vault';
import { packVault, type PackVault } from './pack-fixtures';
import { rezip, unzip } from './pack-zip';

/** Runs `dpo <args>` in this process with the pack commands registered; returns what it printed. */
async function dpo(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const program = new Command().option('--vault <dir>').option('--user <name>').exitOverride();
  registerAuditPackCommands(program, () => program.opts<GlobalOptions>());
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  const before = process.exitCode;
  process.exitCode = 0;
  let code = 0;
  try {
    await program.parseAsync(['node', 'dpo', ...args]);
    code = typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    stderr += (e as Error).message;
    code = 1;
  } finally {
    out.mockRestore();
    err.mockRestore();
    process.exitCode = before;
  }
  return { code, stdout, stderr };
}

describe('dpo audit-pack and dpo verify-pack', () => {
  let v: PackVault;
  let out: string;
  beforeAll(async () => {
    v = await packVault();
    v.service.close();
    process.env.DPO_PASSPHRASE = PASSPHRASE;
    out = join(v.root, 'paquet.zip');
  });
  afterAll(() => {
    delete process.env.DPO_PASSPHRASE;
    v?.dispose();
  });

  it('writes the pack of a quarter through the job API, with its progress on stderr', async () => {
    const r = await dpo(['--vault', v.dir, '--user', 'claire', 'audit-pack', '--period', '2026-Q3', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Paquet d’audit (3e trimestre 2026) écrit dans ${out}`);
    expect(r.stdout).toMatch(/SHA-256 : [0-9a-f]{64}/);
    expect(r.stderr).toContain('100 % — Paquet d’audit prêt');
    const files = await unzip(readFileSync(out));
    expect(files.has('manifest.json')).toBe(true);
    // Nothing left in the vault folder: the pack was handed over and removed.
    expect(readdirSync(join(v.dir, 'packs'))).toEqual([]);
  });

  it('declares the pack intact, without a vault or a passphrase', async () => {
    const r = await dpo(['verify-pack', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Paquet intact : 4 fichiers vérifiés contre le manifeste');
    expect(r.stdout).toContain('3e trimestre 2026');
  });

  it('names the file that was modified inside the pack, and fails', async () => {
    const files = await unzip(readFileSync(out));
    const xlsx = Buffer.from(files.get('registres-2026-Q3.xlsx') ?? Buffer.alloc(0));
    xlsx[200] = (xlsx[200] ?? 0) ^ 0x01;
    files.set('registres-2026-Q3.xlsx', xlsx);
    const altered = join(v.root, 'paquet-modifie.zip');
    writeFileSync(altered, await rezip(files));
    const r = await dpo(['verify-pack', altered]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('« registres-2026-Q3.xlsx » a été modifié');
    expect(r.stderr).not.toContain('synthese-2026-Q3.pdf');
  });

  it('says a file that is not a ZIP is not a pack', async () => {
    const bogus = join(v.root, 'pas-un-zip.zip');
    writeFileSync(bogus, 'bonjour');
    const r = await dpo(['verify-pack', bogus]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('n’est pas une archive ZIP lisible');
  });

  it('refuses a period it cannot read and writes nothing', async () => {
    const target = join(v.root, 'jamais.zip');
    const r = await dpo(['--vault', v.dir, '--user', 'claire', 'audit-pack', '--period', '2026-13', '--out', target]);
    expect(r.code).toBe(1);
    expect(existsSync(target)).toBe(false);
  });
});
