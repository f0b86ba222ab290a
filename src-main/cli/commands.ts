import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { contract, isMethodName, METHOD_NAMES } from '../shared/contract';
import { DomainError } from '../shared/errors';
import type { BackupManifest } from '../shared/schemas/vault';
import { createService } from '../service/service';
import { sha256Hex } from '../store/crypto';
import { restoreFileToDir } from '../store/restore-file';
import { vaultPaths } from '../store/paths';
import { registerDemoCommand } from './demo-command';
import { registerServeCommand } from './serve-command';
import { registerExportCommands } from './export-command';
import { registerRopaImport } from './export-ropa';
import { registerAuditPackCommands } from './audit-pack-command';
import { newPassphrase, passphraseFromEnvOrPrompt, promptHidden } from './prompt';
import { expectOk, openSession, resolveUser, resolveVaultDir, type GlobalOptions } from './session';
import { UsageError } from './usage-error';

const print = (value: unknown) => process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);

function printKit(kit: { kit: string; keyId: string }): void {
  process.stdout.write(
    [
      '',
      'KIT DE RÉCUPÉRATION — affiché une seule fois. Recopiez-le ou imprimez-le et rangez-le hors ligne.',
      'Avec le fichier du coffre, il ouvre le coffre même si toutes les phrases secrètes sont perdues.',
      '',
      `    ${kit.kit}`,
      '',
      `Identifiant de clé : ${kit.keyId}`,
      '',
    ].join('\n'),
  );
}

async function readJsonArg(arg: string | undefined): Promise<unknown> {
  if (arg === undefined) return {};
  let text = arg;
  if (arg === '-') {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    text = Buffer.concat(chunks).toString('utf8');
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new UsageError('Argument JSON invalide : passez un objet JSON entre apostrophes, ou « - » pour le lire sur l’entrée standard.');
  }
}

export function registerCommands(program: Command): void {
  const globals = (): GlobalOptions => program.opts<GlobalOptions>();

  program
    .command('init')
    .description('crée un coffre chiffré et affiche le kit de récupération')
    .requiredOption('--org <name>', 'raison sociale de l’organisme')
    .option('--display-name <name>', 'nom affiché du premier utilisateur (DPO)')
    .option('--siren <siren>', 'SIREN de l’organisme')
    .option('--dpo-email <email>', 'courriel du DPO')
    .action(async (opts: { org: string; displayName?: string; siren?: string; dpoEmail?: string }) => {
      const g = globals();
      if (!g.user) throw new UsageError('Indiquez l’identifiant du premier utilisateur : --user IDENTIFIANT.');
      const dir = resolveVaultDir(g);
      const passphrase = await newPassphrase('DPO_PASSPHRASE', 'Phrase secrète (12 caractères au moins) : ');
      const service = createService({ vaultDir: dir });
      try {
        const created = expectOk<{ recoveryKit: { kit: string; keyId: string } }>(
          await service.call('vault.create', {
            organisation: { name: opts.org, siren: opts.siren ?? '', dpoName: opts.displayName ?? g.user, dpoEmail: opts.dpoEmail ?? '' },
            user: { username: g.user, displayName: opts.displayName ?? g.user },
            passphrase,
          }),
        );
        process.stdout.write(`Coffre créé dans ${dir}\n`);
        printKit(created.recoveryKit);
      } finally {
        service.close();
      }
    });

  program
    .command('call')
    .description('exécute une méthode du contrat et affiche le Result en JSON')
    .argument('<method>', 'nom de la méthode (voir « dpo methods »)')
    .argument('[json]', 'entrée JSON, ou « - » pour lire l’entrée standard')
    .action(async (method: string, json: string | undefined) => {
      if (!isMethodName(method)) throw new UsageError(`Méthode inconnue « ${method} » : voir « dpo methods ».`);
      const input = await readJsonArg(json);
      const service = contract[method].roles === 'public' ? createService({ vaultDir: resolveVaultDir(globals()) }) : await openSession(globals());
      try {
        const r = await service.call(method, input);
        print(r);
        if (!r.ok) {
          // The Result stays on stdout for scripts; the French sentence goes to stderr for people.
          process.stderr.write(`dpo : ${r.error.message}\n`);
          for (const i of r.error.issues ?? []) process.stderr.write(`  - ${i.path} : ${i.message}\n`);
          process.exitCode = 1;
        }
      } finally {
        service.close();
      }
    });

  program
    .command('methods')
    .description('liste les méthodes du contrat avec leurs rôles et leur schéma d’entrée (JSON Schema)')
    .action(() => {
      print(
        METHOD_NAMES.map((name) => {
          const def = contract[name];
          return { name, summary: def.summary, roles: def.roles, kind: def.kind, input: z.toJSONSchema(def.input, { io: 'input', unrepresentable: 'any' }) };
        }),
      );
    });

  program
    .command('verify')
    .description('contrôle l’intégrité de la base et la chaîne du journal d’audit')
    .action(async () => {
      const service = await openSession(globals());
      try {
        const r = expectOk<{ ok: boolean; message: string }>(await service.call('vault.verify', {}));
        (r.ok ? process.stdout : process.stderr).write(`${r.message}\n`);
        if (!r.ok) process.exitCode = 1;
      } finally {
        service.close();
      }
    });

  program
    .command('backup')
    .description('crée une sauvegarde chiffrée vérifiée (copie aussi vers --out)')
    .option('--out <file>', 'copie la sauvegarde et son manifeste vers ce fichier')
    .action(async (opts: { out?: string }) => {
      const service = await openSession(globals());
      try {
        const m = expectOk<BackupManifest>(await service.call('backup.create', {}));
        const src = join(vaultPaths(resolveVaultDir(globals())).backups, m.file);
        let where = src;
        if (opts.out) {
          const out = resolve(opts.out);
          if (existsSync(out)) throw new UsageError(`${out} existe déjà : choisissez un autre nom.`);
          copyFileSync(src, out);
          // The copy is checked against the manifest before the manifest is written beside it.
          if (sha256Hex(readFileSync(out)) !== m.sha256) {
            rmSync(out, { force: true });
            throw new DomainError('BACKUP_INVALID', `La copie vers ${out} diffère de la sauvegarde (empreinte SHA-256) : vérifiez le support de destination et recommencez.`);
          }
          writeFileSync(`${out}.json`, `${JSON.stringify({ ...m, file: basename(out) }, null, 2)}\n`);
          where = out;
        }
        process.stdout.write(`Sauvegarde vérifiée : ${where}\nSHA-256 : ${m.sha256}\nTête du journal : ${m.auditHead.seq} ${m.auditHead.hash}\n`);
      } finally {
        service.close();
      }
    });

  program
    .command('restore')
    .description('restaure une sauvegarde dans un dossier de coffre (le contenu actuel est d’abord sauvegardé)')
    .argument('<file>', 'fichier .dpobak (son manifeste .json doit être à côté)')
    .requiredOption('--to <dir>', 'dossier du coffre à restaurer')
    .option('--recovery', 'utiliser le kit de récupération (DPO_RECOVERY_KIT ou saisie) au lieu d’une phrase secrète')
    .action(async (file: string, opts: { to: string; recovery?: boolean }) => {
      const target = resolve(opts.to);
      const f = resolve(file);
      let creds: { username?: string; passphrase?: string; recoveryKit?: string };
      if (opts.recovery) creds = { recoveryKit: process.env.DPO_RECOVERY_KIT || (await promptHidden('Kit de récupération : ', 'DPO_RECOVERY_KIT')) };
      else {
        const keyringDir = existsSync(vaultPaths(target).keyring) ? target : join(dirname(f), '..');
        creds = { username: resolveUser(globals(), keyringDir), passphrase: await passphraseFromEnvOrPrompt() };
      }
      const m = await restoreFileToDir(f, target, creds);
      process.stdout.write(`Sauvegarde du ${m.createdAt} restaurée dans ${target} (tête du journal ${m.auditHead.seq}).\n`);
      if (!existsSync(vaultPaths(target).keyring)) process.stdout.write('Ce coffre n’a pas de trousseau : ouvrez-le avec « dpo unlock --recovery ».\n');
    });

  program
    .command('passwd')
    .description('change la phrase secrète de l’utilisateur (sans réécrire les données)')
    .action(async () => {
      const service = await openSession(globals());
      try {
        const current = process.env.DPO_PASSPHRASE || (await promptHidden('Phrase secrète actuelle : ', 'DPO_PASSPHRASE'));
        const next = await newPassphrase('DPO_NEW_PASSPHRASE');
        expectOk(await service.call('user.changePassphrase', { current, next }));
        process.stdout.write('Phrase secrète changée.\n');
      } finally {
        service.close();
      }
    });

  program
    .command('rekey')
    .description('change la clé de chiffrement des données et affiche le nouveau kit de récupération')
    .action(async () => {
      const service = await openSession(globals());
      try {
        const passphrase = await passphraseFromEnvOrPrompt();
        const kit = expectOk<{ kit: string; keyId: string }>(await service.call('vault.rekey', { passphrase }));
        process.stdout.write('Clé changée : l’ancien kit de récupération n’ouvre plus le coffre.\n');
        printKit(kit);
      } finally {
        service.close();
      }
    });

  program
    .command('unlock')
    .description('avec --recovery : ouvre le coffre avec le kit de récupération et définit une nouvelle phrase secrète')
    .option('--recovery', 'utiliser le kit de récupération (DPO_RECOVERY_KIT ou saisie)')
    .action(async (opts: { recovery?: boolean }) => {
      const g = globals();
      const dir = resolveVaultDir(g);
      if (!opts.recovery) {
        const service = await openSession(g);
        service.close();
        process.stdout.write('Phrase secrète correcte : le coffre s’ouvre.\n');
        return;
      }
      if (!g.user && !process.env.DPO_USER) throw new UsageError('Indiquez l’utilisateur dont la phrase secrète est redéfinie : --user IDENTIFIANT.');
      const kit = process.env.DPO_RECOVERY_KIT || (await promptHidden('Kit de récupération : ', 'DPO_RECOVERY_KIT'));
      const next = await newPassphrase('DPO_NEW_PASSPHRASE');
      const service = createService({ vaultDir: dir });
      try {
        expectOk(await service.call('session.recover', { kit, username: (g.user ?? process.env.DPO_USER ?? '').toLowerCase(), newPassphrase: next }));
        const status = expectOk<{ auditHead: { seq: number } }>(await service.call('vault.status', {}));
        process.stdout.write(`Coffre ouvert avec le kit de récupération ; nouvelle phrase secrète enregistrée (journal : ${status.auditHead.seq} lignes).\n`);
      } finally {
        service.close();
      }
    });

  registerDemoCommand(program, globals);
  registerServeCommand(program, globals);
  registerExportCommands(program, globals);
  registerRopaImport(program, globals);
  registerAuditPackCommands(program, globals);
}

