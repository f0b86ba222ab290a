/**
 * `dpo export ropa|ropa-processor|processors --format xlsx|pdf --out FILE`: the register of
 * processing activities (Art. 30(1)), the register of activities carried out as a processor
 * (Art. 30(2)), and the processor register with its Art. 28 clause matrix — written atomically
 * through the same methods the UI uses.
 * `dpo import ropa FILE [--dry-run] [--replace]`: imports a register in the CNIL model layout; with
 * --dry-run, prints the errors fiche by fiche and writes nothing.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { sha256Hex, writeFileAtomic } from '../reports/file-output';
import { DomainError } from '../shared/errors';
import type { FileOutput } from '../shared/schemas/common';
import type { ImportPreview } from '../shared/schemas/processing';
import { registerFormat } from './export-breach';
import { expectOk, openSession, type GlobalOptions } from './session';
import { UsageError } from './usage-error';

const EXPORTS = [
  { name: 'ropa', method: 'processing.exportRegister', input: { record: 'art30_1' }, what: 'registre des activités de traitement (art. 30(1))' },
  { name: 'ropa-processor', method: 'processing.exportRegister', input: { record: 'art30_2' }, what: 'registre des activités menées en tant que sous-traitant (art. 30(2))' },
  { name: 'processors', method: 'processor.exportRegister', input: {}, what: 'registre des sous-traitants et matrice des clauses de l’art. 28' },
] as const;

export function registerRopaExports(exportCommand: Command, globals: () => GlobalOptions): void {
  for (const e of EXPORTS) {
    exportCommand
      .command(e.name)
      .description(`${e.what}, en XLSX (modèle CNIL) ou en PDF`)
      .option('--format <format>', 'xlsx ou pdf (défaut : d’après l’extension de --out, sinon xlsx)')
      .requiredOption('--out <file>', 'fichier à écrire (remplacé s’il existe)')
      .action(async (opts: { format?: string; out: string }) => {
        const format = registerFormat(opts.format, opts.out);
        const service = await openSession(globals());
        try {
          const file = expectOk<FileOutput>(await service.call(e.method, { ...e.input, format }));
          const bytes = Buffer.from(file.base64, 'base64');
          // The service states the SHA-256 of what it made: a file that does not match it is not written.
          if (sha256Hex(bytes) !== file.sha256) throw new DomainError('INTERNAL', 'Le fichier reçu est altéré (empreinte SHA-256 différente) : relancez l’export.');
          const target = resolve(opts.out);
          await writeFileAtomic(target, bytes);
          process.stdout.write(`${e.what[0]?.toUpperCase() ?? ''}${e.what.slice(1)} écrit dans ${target}\nSHA-256 : ${file.sha256}\n`);
        } finally {
          service.close();
        }
      });
  }
}

/** The preview as lines a person reads: one per error, grouped by tab. */
export function previewReport(p: ImportPreview): string {
  const lines: string[] = [];
  for (const e of p.fileErrors) lines.push(`Fichier : ${e}`);
  for (const r of p.rows) {
    const head = `Onglet « ${r.sheet} » (${r.reference || 'sans référence'} — ${r.name || 'sans nom'})`;
    for (const e of r.errors) lines.push(`${head} : ${e.message}`);
    for (const w of r.warnings) lines.push(`${head} : avertissement — ${w}`);
  }
  const summary = p.valid
    ? `Classeur valide : ${p.fiches} fiche(s), ${p.toCreate} à créer, ${p.toUpdate} à remplacer.`
    : `Classeur invalide : ${p.errorCount} erreur(s) sur ${p.fiches} fiche(s). Rien ne sera importé tant qu’elles ne sont pas corrigées.`;
  return [...lines, summary].join('\n');
}

export function registerRopaImport(program: Command, globals: () => GlobalOptions): void {
  const importCommand = program.commands.find((c) => c.name() === 'import') ?? program.command('import').description('importe un registre depuis un fichier');
  importCommand
    .command('ropa')
    .description('importe un registre des traitements au format du modèle CNIL (XLSX) : tout ou rien')
    .argument('<file>', 'classeur XLSX (modèle de registre CNIL, tel qu’exporté par « dpo export ropa »)')
    .option('--dry-run', 'vérifie le classeur et liste les erreurs fiche par fiche, sans rien écrire')
    .option('--replace', 'remplace les fiches dont la référence existe déjà (sinon elles sont refusées)')
    .action(async (file: string, opts: { dryRun?: boolean; replace?: boolean }) => {
      let content: Buffer;
      try {
        content = readFileSync(resolve(file));
      } catch {
        throw new UsageError(`Impossible de lire « ${file} » : vérifiez le chemin du classeur.`);
      }
      const input = { base64: content.toString('base64'), replaceExisting: opts.replace === true };
      const service = await openSession(globals());
      try {
        const preview = expectOk<ImportPreview>(await service.call('processing.importPreview', input));
        process.stdout.write(`${previewReport(preview)}\n`);
        if (!preview.valid) {
          process.exitCode = 1;
          return;
        }
        if (opts.dryRun) return;
        const done = expectOk<{ created: number; updated: number }>(await service.call('processing.import', input));
        process.stdout.write(`Import terminé : ${done.created} fiche(s) créée(s), ${done.updated} remplacée(s).\n`);
      } finally {
        service.close();
      }
    });
}
