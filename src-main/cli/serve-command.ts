import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { createService } from '../service/service';
import { startWebServer } from '../web/server';
import { openBrowser } from '../web/open-browser';
import { resolveVaultDir, type GlobalOptions } from './session';
import { UsageError } from './usage-error';

/** The built renderer (npm run build:renderer) next to the sources or the bundle. */
export function rendererDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const candidate of [join(here, '..', '..', 'out', 'renderer'), join(here, '..', 'renderer'), join(process.cwd(), 'out', 'renderer')]) {
    if (existsSync(join(candidate, 'index.html'))) return resolve(candidate);
  }
  throw new UsageError('Interface non construite : lancez « npm run build:renderer » (ou « npm run web ») puis réessayez.');
}

export function registerServeCommand(program: Command, globals: () => GlobalOptions): void {
  program
    .command('serve')
    .description('ouvre l’interface dans le navigateur, servie sur 127.0.0.1 uniquement (jeton secret par lancement)')
    .option('--port <n>', 'port d’écoute (0 = libre au hasard)', '0')
    .option('--open', 'ouvrir le navigateur')
    .action(async (opts: { port: string; open?: boolean }) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port attend un entier entre 0 et 65535.');
      const vaultDir = resolveVaultDir(globals());
      const service = createService({ vaultDir });
      const server = await startWebServer({ service, staticDir: rendererDir(), port });
      process.stdout.write(`DPO Workbench : ${server.url}\n`);
      process.stdout.write(`Coffre : ${vaultDir}\nCtrl+C pour arrêter (le coffre est verrouillé à l’arrêt).\n`);
      if (opts.open) openBrowser(server.url);
      await new Promise<void>((resolveStop) => {
        const stop = () => {
          void server.close().finally(() => {
            service.close();
            resolveStop();
          });
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
