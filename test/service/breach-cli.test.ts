import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerBreachExport, registerFormat } from '../../src-main/cli/export-breach';
import { readSheetRows } from '../../src-main/reports/xlsx/read';
import { newVault, PASSPHRASE, tempDir, unwrap } from '../helpers/vault';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

/** `dpo … export breach-register …` on a fresh program, as the lead wires it in commands.ts. */
async function runExport(dir: string, args: string[]): Promise<void> {
  const program = new Command().exitOverride().option('--vault <dir>').option('--user <name>');
  const exportCommand = program.command('export');
  registerBreachExport(exportCommand, () => program.opts());
  await program.parseAsync(['node', 'dpo', '--vault', dir, '--user', 'claire', 'export', 'breach-register', ...args]);
}

describe('dpo export breach-register', () => {
  it('writes the register of the days of the period in Paris to the file named by --out', async () => {
    const { dir, service } = await newVault();
    unwrap(await service.call('breach.create', { title: 'Courriel mal adressé', discoveredAt: '2025-04-02T09:00:00+02:00' }));
    // 31 December 23:30 in Paris: outside 2025; 1 January 00:30 in Paris: inside, though still 2024 in UTC.
    unwrap(await service.call('breach.create', { title: 'Hors période', discoveredAt: '2024-12-31T22:30:00Z' }));
    unwrap(await service.call('breach.create', { title: 'Premier jour, heure de Paris', discoveredAt: '2024-12-31T23:30:00Z' }));
    service.close();
    vi.stubEnv('DPO_PASSPHRASE', PASSPHRASE);
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const out = join(tempDir(), 'registre.xlsx');
    await runExport(dir, ['--from', '2025-01-01', '--to', '2025-12-31', '--out', out]);
    const rows = await readSheetRows(out, 'Violations');
    expect(rows.map((r) => r['Intitulé'])).toEqual(['Premier jour, heure de Paris', 'Courriel mal adressé']);
    const pdf = join(tempDir(), 'registre');
    await runExport(dir, ['--from', '2025-01-01', '--to', '2025-12-31', '--format', 'pdf', '--out', pdf]);
    expect(existsSync(pdf)).toBe(true);
  });

  it('takes the format from --format, else from the extension, and refuses any other', () => {
    expect(registerFormat(undefined, 'r.PDF')).toBe('pdf');
    expect(registerFormat(undefined, 'registre')).toBe('xlsx');
    expect(registerFormat('pdf', 'r.xlsx')).toBe('pdf');
    expect(() => registerFormat('csv', 'r.csv')).toThrow(/« xlsx » ou « pdf »/);
  });
});
