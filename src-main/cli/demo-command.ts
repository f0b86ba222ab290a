import type { Command } from 'commander';
import { createService } from '../service/service';
import { DEMO_ORGANISATION, DEMO_PASSPHRASE, DEMO_USERS, fillDemo } from '../service/demo';
import { expectOk, resolveVaultDir, type GlobalOptions } from './session';
import { UsageError } from './usage-error';

export function registerDemoCommand(program: Command, globals: () => GlobalOptions): void {
  program
    .command('demo')
    .description('crée un coffre de démonstration rempli de données fictives réalistes')
    .option('--scale <n>', 'multiplie le volume des données', '1')
    .option('--seed <n>', 'graine du générateur (même graine, mêmes données)', '2026')
    .action(async (opts: { scale: string; seed: string }) => {
      const scale = Number(opts.scale);
      const seed = Number(opts.seed);
      if (!Number.isInteger(scale) || scale < 1 || scale > 5000) throw new UsageError('--scale attend un entier entre 1 et 5000.');
      if (!Number.isInteger(seed)) throw new UsageError('--seed attend un entier.');
      const dir = resolveVaultDir(globals());
      const passphrase = process.env.DPO_PASSPHRASE || DEMO_PASSPHRASE;
      const service = createService({ vaultDir: dir });
      try {
        const first = DEMO_USERS[0];
        const created = expectOk<{ recoveryKit: { kit: string } }>(
          await service.call('vault.create', {
            organisation: DEMO_ORGANISATION,
            user: { username: first.username, displayName: first.displayName },
            passphrase,
          }),
        );
        await fillDemo(service, { scale, seed, onProgress: (label) => process.stderr.write(`… ${label}\n`) });
        process.stdout.write(
          [
            `Coffre de démonstration créé dans ${dir} (données fictives).`,
            `Utilisateurs : ${DEMO_USERS.map((u) => `${u.username} (${u.role})`).join(', ')}`,
            `Phrase secrète commune : ${process.env.DPO_PASSPHRASE ? '(celle de DPO_PASSPHRASE)' : DEMO_PASSPHRASE}`,
            `Kit de récupération : ${created.recoveryKit.kit}`,
            '',
          ].join('\n'),
        );
      } finally {
        service.close();
      }
    });
}
