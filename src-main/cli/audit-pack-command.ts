/**
 * `dpo audit-pack --period 2026-Q3|2026|2026-01-01..2026-06-30 --out FILE`: the periodic audit pack
 * (summary PDF, registers workbook, CNIL notification dossiers, manifest with SHA-256 of every file)
 * through the same job API as the UI: report.auditPackStart, report.jobStatus (progress on stderr),
 * report.jobResult. Ctrl-C cancels the job (report.jobCancel) and leaves no file. The ZIP is written
 * atomically, and only if it matches the SHA-256 the service states.
 */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { sha256Hex, writeFileAtomic } from '../reports/file-output';
import { DomainError } from '../shared/errors';
import type { FileOutput } from '../shared/schemas/common';
import type { JobStatus } from '../shared/schemas/pack';
import type { Service } from '../service/types';
import { expectOk, openSession, type GlobalOptions } from './session';
import { registerVerifyPackCommand } from './verify-pack-command';

const POLL_MS = 250;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Progress on stderr: one rewritten line on a terminal, a line per change of step elsewhere (logs). */
function progressPrinter(): { show(s: JobStatus): void; end(): void } {
  const tty = process.stderr.isTTY === true;
  let last = '';
  return {
    show(s) {
      const line = `${String(s.progress).padStart(3)} % — ${s.step}`;
      if (tty) process.stderr.write(`\r${line.slice(0, (process.stderr.columns ?? 100) - 1).padEnd(Math.min(99, (process.stderr.columns ?? 100) - 1))}`);
      else {
        const key = `${s.step.split(':')[0] ?? ''}|${Math.floor(s.progress / 10)}`;
        if (key !== last) process.stderr.write(`${line}\n`);
        last = key;
      }
    },
    end() {
      if (tty) process.stderr.write('\n');
    },
  };
}

async function waitForJob(service: Service, jobId: string): Promise<JobStatus> {
  const printer = progressPrinter();
  try {
    for (;;) {
      const status = expectOk<JobStatus>(await service.call('report.jobStatus', { jobId }));
      printer.show(status);
      if (status.state !== 'running') return status;
      await sleep(POLL_MS);
    }
  } finally {
    printer.end();
  }
}

export function registerAuditPackCommands(program: Command, globals: () => GlobalOptions): void {
  program
    .command('audit-pack')
    .description('paquet d’audit d’une période (ZIP) : synthèse PDF avec graphiques, classeur de tous les registres, dossiers de notification CNIL, manifeste SHA-256')
    .requiredOption('--period <période>', 'un trimestre (2026-Q3), une année (2026) ou deux dates (2026-01-01..2026-06-30)')
    .requiredOption('--out <file>', 'fichier .zip à écrire (remplacé s’il existe)')
    .action(async (opts: { period: string; out: string }) => {
      const target = resolve(opts.out);
      const service = await openSession(globals());
      let jobId: string | null = null;
      // Ctrl-C: the job is cancelled (its temporary files go), then the command stops.
      const onInterrupt = (): void => {
        process.stderr.write('\nAnnulation demandée…\n');
        if (jobId) void service.call('report.jobCancel', { jobId });
      };
      process.once('SIGINT', onInterrupt);
      try {
        jobId = expectOk<{ jobId: string }>(await service.call('report.auditPackStart', { period: opts.period })).jobId;
        const status = await waitForJob(service, jobId);
        if (status.state !== 'done') {
          throw new DomainError(status.error?.code === 'CANCELLED' ? 'CANCELLED' : 'INTERNAL', status.error?.message ?? 'La génération du paquet d’audit a échoué.');
        }
        const file = expectOk<FileOutput>(await service.call('report.jobResult', { jobId }));
        const bytes = Buffer.from(file.base64, 'base64');
        // The service states the SHA-256 of what it made: a file that does not match it is not written.
        if (sha256Hex(bytes) !== file.sha256) throw new DomainError('INTERNAL', 'Le paquet reçu est altéré (empreinte SHA-256 différente) : relancez la génération.');
        await writeFileAtomic(target, bytes);
        process.stdout.write(
          `Paquet d’audit (${status.period.label}) écrit dans ${target}\nSHA-256 : ${file.sha256}\nVérification : dpo verify-pack ${JSON.stringify(target)}\n`,
        );
      } finally {
        process.removeListener('SIGINT', onInterrupt);
        service.close();
      }
    });
  registerVerifyPackCommand(program);
}
