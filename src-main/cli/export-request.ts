/**
 * `dpo export request-register --from DATE --to DATE --format xlsx|pdf --out FILE` and
 * `dpo export request-calendar --out FILE`: the requests module's documents, written atomically
 * (never a half-written export) through the same service methods as the UI.
 */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { writeFileAtomic } from '../reports/file-output';
import type { FileOutput } from '../shared/schemas/common';
import { expectOk, openSession, type GlobalOptions } from './session';
import { UsageError } from './usage-error';

async function exportFile(globals: GlobalOptions, method: string, input: unknown, out: string, what: string): Promise<void> {
  const service = await openSession(globals);
  try {
    const file = expectOk<FileOutput>(await service.call(method, input));
    const target = resolve(out);
    await writeFileAtomic(target, Buffer.from(file.base64, 'base64'));
    process.stdout.write(`${what} écrit dans ${target}\nSHA-256 : ${file.sha256}\n`);
  } finally {
    service.close();
  }
}

export function registerRequestExport(exportCommand: Command, globals: () => GlobalOptions): void {
  exportCommand
    .command('request-register')
    .description('registre des demandes d’exercice des droits reçues sur une période (XLSX ou PDF)')
    .requiredOption('--from <date>', 'premier jour de réception inclus (AAAA-MM-JJ, heure de Paris)')
    .requiredOption('--to <date>', 'dernier jour de réception inclus (AAAA-MM-JJ)')
    .option('--format <format>', 'xlsx ou pdf', 'xlsx')
    .requiredOption('--out <file>', 'fichier à écrire (remplacé s’il existe)')
    .action(async (opts: { from: string; to: string; format: string; out: string }) => {
      if (opts.format !== 'xlsx' && opts.format !== 'pdf') throw new UsageError(`--format attend « xlsx » ou « pdf » (reçu « ${opts.format} »).`);
      await exportFile(globals(), 'request.register', { from: opts.from, to: opts.to, format: opts.format }, opts.out, 'Registre des demandes');
    });

  exportCommand
    .command('request-calendar')
    .description('échéances des demandes en attente de réponse, au format iCalendar (.ics, Europe/Paris)')
    .option('--alarm-days <n>', 'rappel N jours avant chaque échéance (0 : aucun)', '7')
    .requiredOption('--out <file>', 'fichier .ics à écrire (remplacé s’il existe)')
    .action(async (opts: { alarmDays: string; out: string }) => {
      const alarmDays = Number(opts.alarmDays);
      if (!Number.isInteger(alarmDays) || alarmDays < 0 || alarmDays > 30) throw new UsageError('--alarm-days attend un entier entre 0 et 30.');
      await exportFile(globals(), 'request.calendar', { alarmDays }, opts.out, 'Calendrier des échéances');
    });
}
