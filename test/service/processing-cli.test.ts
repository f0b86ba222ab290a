import { Command } from 'commander';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerRopaExports, registerRopaImport } from '../../src-main/cli/export-ropa';
import { createService } from '../../src-main/service/service';
import { newVault, PASSPHRASE, tempDir, unwrap } from '../helpers/vault';
import { call, createProcessing, createProcessor, hdsHost, NOW, reimbursement } from './processor-fixtures';

function program(vault: string): Command {
  const p = new Command().exitOverride();
  const globals = () => ({ vault, user: 'claire' });
  registerRopaExports(p.command('export'), globals);
  registerRopaImport(p, globals);
  return p;
}

async function run(vault: string, args: string[]): Promise<string> {
  const out: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out.push(String(chunk));
    return true;
  });
  try {
    await program(vault).parseAsync(['node', 'dpo', ...args]);
  } finally {
    spy.mockRestore();
  }
  return out.join('');
}

/** Fiches in the register of the vault in `dir`. */
async function total(dir: string): Promise<number> {
  const s = createService({ vaultDir: dir, now: () => NOW });
  unwrap(await s.call('session.unlock', { username: 'claire', passphrase: PASSPHRASE }));
  const list = await call<{ total: number }>(s, 'processing.list', {});
  s.close();
  return list.total;
}

afterEach(() => {
  process.exitCode = undefined;
});

describe('dpo export ropa|ropa-processor|processors and dpo import ropa', () => {
  it('writes the registers to files and imports a register, with --dry-run writing nothing', async () => {
    process.env.DPO_PASSPHRASE = PASSPHRASE;
    const a = await newVault({ now: () => NOW });
    const host = await createProcessor(a.service, hdsHost);
    await createProcessing(a.service, reimbursement([host.id]));
    a.service.close();
    const dir = tempDir();
    for (const [kind, file] of [['ropa', 'registre.xlsx'], ['ropa-processor', 'st.pdf'], ['processors', 'sous-traitants.pdf']] as const) {
      const text = await run(a.dir, ['export', kind, '--out', join(dir, file)]);
      expect(text).toMatch(/écrit dans .*\nSHA-256 : [0-9a-f]{64}/);
      expect(existsSync(join(dir, file))).toBe(true);
    }
    expect(readFileSync(join(dir, 'st.pdf')).subarray(0, 5).toString()).toBe('%PDF-');

    const b = await newVault({ now: () => NOW });
    await createProcessor(b.service, hdsHost);
    b.service.close();
    const dry = await run(b.dir, ['import', 'ropa', join(dir, 'registre.xlsx'), '--dry-run']);
    expect(dry).toContain('Classeur valide : 1 fiche(s), 1 à créer, 0 à remplacer.');
    expect(await total(b.dir)).toBe(0);
    const again = await run(b.dir, ['import', 'ropa', join(dir, 'registre.xlsx')]);
    expect(again).toContain('Import terminé : 1 fiche(s) créée(s), 0 remplacée(s).');
    const refused = await run(b.dir, ['import', 'ropa', join(dir, 'registre.xlsx'), '--dry-run']);
    expect(refused).toMatch(/Onglet « TRT-PREST » .* est déjà celle du traitement/);
    expect(process.exitCode).toBe(1);

    writeFileSync(join(dir, 'vide.xlsx'), 'pas un classeur');
    expect(await run(b.dir, ['import', 'ropa', join(dir, 'vide.xlsx')])).toMatch(/n’est pas un classeur XLSX lisible/);
    expect(await total(b.dir)).toBe(1);
  });
});
