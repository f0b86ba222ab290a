import type { Command } from 'commander';
import { registerBreachExport } from './export-breach';
import { registerControlExport } from './export-control';
import { registerRequestExport } from './export-request';
import { registerRopaExports } from './export-ropa';
import type { GlobalOptions } from './session';

/** `dpo export <kind> …`: one subcommand per register, each defined beside its module. */
export function registerExportCommands(program: Command, globals: () => GlobalOptions): void {
  const exportCommand = program.command('export').description('exporte un registre ou un plan (PDF, XLSX, ICS) vers un fichier');
  registerBreachExport(exportCommand, globals);
  registerRequestExport(exportCommand, globals);
  registerControlExport(exportCommand, globals);
  registerRopaExports(exportCommand, globals);
}
