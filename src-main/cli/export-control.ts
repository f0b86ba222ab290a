/**
 * `dpo export action-plan --out FILE [--status …] [--overdue] [--source …]`: the action plan in Excel
 * (actions, findings, permanent controls), written atomically through `action.exportXlsx`, the same
 * method the UI uses.
 */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { ACTION_STATUSES } from '../core/audit-plan';
import { writeFileAtomic } from '../reports/file-output';
import type { FileOutput } from '../shared/schemas/common';
import { ACTION_SOURCE_TYPES } from '../shared/schemas/control';
import { expectOk, openSession, type GlobalOptions } from './session';
import { UsageError } from './usage-error';

function statuses(value: string | undefined): string[] {
  if (value === undefined) return [];
  const list = value.split(',').map((s) => s.trim()).filter((s) => s !== '');
  const unknown = list.filter((s) => !(ACTION_STATUSES as readonly string[]).includes(s));
  if (unknown.length > 0) throw new UsageError(`--status : statut inconnu « ${unknown.join(', ')} » (attendus : ${ACTION_STATUSES.join(', ')}).`);
  return list;
}

export function registerControlExport(exportCommand: Command, globals: () => GlobalOptions): void {
  exportCommand
    .command('action-plan')
    .description('plan d’actions en Excel : actions (échéances, retards, preuves), constats, contrôles permanents')
    .requiredOption('--out <file>', 'fichier .xlsx à écrire (remplacé s’il existe)')
    .option('--status <list>', `statuts retenus, séparés par des virgules (${ACTION_STATUSES.join(', ')})`)
    .option('--source <type>', `origine des actions (${ACTION_SOURCE_TYPES.join(', ')})`)
    .option('--overdue', 'uniquement les actions en retard')
    .action(async (opts: { out: string; status?: string; source?: string; overdue?: boolean }) => {
      if (opts.source !== undefined && !(ACTION_SOURCE_TYPES as readonly string[]).includes(opts.source)) {
        throw new UsageError(`--source attend ${ACTION_SOURCE_TYPES.map((s) => `« ${s} »`).join(', ')} (reçu « ${opts.source} »).`);
      }
      const input = { statuses: statuses(opts.status), ...(opts.source ? { sourceType: opts.source } : {}), ...(opts.overdue ? { overdue: true } : {}) };
      const service = await openSession(globals());
      try {
        const file = expectOk<FileOutput>(await service.call('action.exportXlsx', input));
        const target = resolve(opts.out);
        await writeFileAtomic(target, Buffer.from(file.base64, 'base64'));
        process.stdout.write(`Plan d’actions écrit dans ${target}\nSHA-256 : ${file.sha256}\n`);
      } finally {
        service.close();
      }
    });
}
