/**
 * The `dpo` command. JSON in and out for every contract method (`dpo call`), and human-friendly
 * commands for the common jobs. Exit codes: 0 success, 1 error (French message on stderr), 2 usage.
 */
import { Command, CommanderError } from 'commander';
import { configureZodFrench } from '../shared/zod-setup';
import { contract, METHOD_NAMES } from '../shared/contract';
import { DomainError } from '../shared/errors';
import { registerCommands } from './commands';
import { frenchHelp } from './french-help';
import { CallFailed } from './session';
import { UsageError } from './usage-error';

configureZodFrench();

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('dpo')
    .description('DPO Workbench — coffre chiffré du délégué à la protection des données')
    .option('--vault <dir>', 'dossier du coffre (défaut : $DPO_VAULT ou le dossier de données utilisateur)')
    .option('--user <name>', 'identifiant de l’utilisateur (défaut : $DPO_USER ou l’unique utilisateur)')
    .showHelpAfterError('(dpo --help pour l’aide)')
    .configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: (s) => process.stdout.write(s) })
    .exitOverride();
  // Before the subcommands: commander copies the help settings into each one as it is created.
  frenchHelp(program);
  registerCommands(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
      return 2;
    }
    if (err instanceof UsageError) {
      process.stderr.write(`dpo : ${err.message}\n`);
      return 2;
    }
    if (err instanceof CallFailed) {
      const e = err.result.ok ? null : err.result.error;
      process.stderr.write(`dpo : ${e?.message ?? 'erreur'}\n`);
      for (const i of e?.issues ?? []) process.stderr.write(`  - ${i.path} : ${i.message}\n`);
      return 1;
    }
    if (err instanceof DomainError) {
      process.stderr.write(`dpo : ${err.message}\n`);
      for (const i of err.issues ?? []) process.stderr.write(`  - ${i.path} : ${i.message}\n`);
      return 1;
    }
    process.stderr.write(`dpo : erreur inattendue (${(err as Error)?.name ?? 'inconnue'}). Relancez avec DPO_DEBUG=1 pour le détail.\n`);
    if (process.env.DPO_DEBUG === '1') process.stderr.write(`${(err as Error)?.stack ?? String(err)}\n`);
    return 1;
  }
}

export { contract, METHOD_NAMES };
