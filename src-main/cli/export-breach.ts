/**
 * `dpo export breach-register --from DATE --to DATE --format xlsx|pdf --out FILE`: the register of
 * personal-data breaches (GDPR Art. 33(5)) over a period — dismissed and non-notified incidents
 * included — written atomically (never a half-written export) through `breach.register`, the same
 * method the UI uses.
 */
import { extname, resolve } from 'node:path';
import type { Command } from 'commander';
import { sha256Hex, writeFileAtomic } from '../reports/file-output';
import { DomainError } from '../shared/errors';
import type { FileOutput } from '../shared/schemas/common';
import { expectOk, openSession, type GlobalOptions } from './session';
import { UsageError } from './usage-error';

const FORMATS = ['xlsx', 'pdf'] as const;
type Format = (typeof FORMATS)[number];

/** --format, or else the extension of --out (registre.pdf → pdf), or else xlsx. */
export function registerFormat(format: string | undefined, out: string): Format {
  const chosen = (format ?? extname(out).slice(1).toLowerCase()) || 'xlsx';
  if (!(FORMATS as readonly string[]).includes(chosen)) {
    throw new UsageError(`--format attend « xlsx » ou « pdf » (reçu « ${chosen} »).`);
  }
  return chosen as Format;
}

export function registerBreachExport(exportCommand: Command, globals: () => GlobalOptions): void {
  exportCommand
    .command('breach-register')
    .description('registre des violations de données (art. 33(5)) d’une période, en XLSX ou PDF, incidents écartés et non notifiés compris')
    .requiredOption('--from <date>', 'premier jour de la période (AAAA-MM-JJ, date de découverte, heure de Paris)')
    .requiredOption('--to <date>', 'dernier jour de la période (AAAA-MM-JJ, inclus)')
    .option('--format <format>', 'xlsx ou pdf (défaut : d’après l’extension de --out, sinon xlsx)')
    .requiredOption('--out <file>', 'fichier à écrire (remplacé s’il existe)')
    .action(async (opts: { from: string; to: string; format?: string; out: string }) => {
      const format = registerFormat(opts.format, opts.out);
      const service = await openSession(globals());
      try {
        const file = expectOk<FileOutput>(await service.call('breach.register', { from: opts.from, to: opts.to, format }));
        const bytes = Buffer.from(file.base64, 'base64');
        // The service states the SHA-256 of what it made: a file that does not match it is not written.
        if (sha256Hex(bytes) !== file.sha256) throw new DomainError('INTERNAL', 'Le registre reçu est altéré (empreinte SHA-256 différente) : relancez l’export.');
        const target = resolve(opts.out);
        await writeFileAtomic(target, bytes);
        process.stdout.write(`Registre des violations du ${opts.from} au ${opts.to} écrit dans ${target}\nSHA-256 : ${file.sha256}\n`);
      } finally {
        service.close();
      }
    });
}
