/**
 * `dpo verify-pack FILE`: checks an audit pack against its manifest — every file's SHA-256 and size,
 * files missing or added — and names each file that differs. Needs no vault and no passphrase: whoever
 * received the pack (an auditor, the CNIL) can run it. Exit code 1 when the pack is altered.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { formatParisDateTime } from '../reports/format';
import { verifyPack } from '../reports/pack/verify';
import { UsageError } from './usage-error';

export function registerVerifyPackCommand(program: Command): void {
  program
    .command('verify-pack')
    .description('vérifie un paquet d’audit : empreinte SHA-256 de chaque fichier contre manifest.json, fichiers manquants ou ajoutés')
    .argument('<file>', 'paquet d’audit (.zip)')
    .action(async (file: string) => {
      const path = resolve(file);
      if (!existsSync(path)) throw new UsageError(`Fichier introuvable : ${path}. Indiquez le chemin du paquet d’audit (.zip).`);
      const result = await verifyPack(path);
      const m = result.manifest;
      const about = m ? `Paquet d’audit de « ${m.organisation} », ${m.period.label}, généré le ${formatParisDateTime(m.generatedAt)} (heure de Paris) par ${m.generatedBy} ; journal d’audit : entrée n° ${m.auditHead.seq}, empreinte ${m.auditHead.hash}.\n` : '';
      if (result.ok) {
        process.stdout.write(`${about}${result.message}\n`);
        return;
      }
      process.stderr.write(`${about}Paquet altéré ou illisible :\n`);
      for (const problem of result.problems) process.stderr.write(`  - ${problem}\n`);
      process.exitCode = 1;
    });
}
