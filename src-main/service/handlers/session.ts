import { existsSync } from 'node:fs';
import { DomainError } from '../../shared/errors';
import { autoBackup } from '../../store/backup';
import { vaultPaths } from '../../store/paths';
import { readOrganisation } from '../../store/repos/organisation';
import { readSettings } from '../../store/repos/settings';
import { countActiveWithRole, findActiveUser } from '../../store/repos/users';
import { Vault } from '../../store/vault';
import type { HandlerContext, PartialHandlers } from '../context';

function sessionUser(u: { username: string; displayName: string; role: 'dpo' | 'security' | 'compliance' }) {
  return { username: u.username, displayName: u.displayName, role: u.role };
}

function vaultOptions(ctx: HandlerContext) {
  return { nativeBinding: ctx.options.nativeBinding, now: ctx.options.now };
}

/** Automatic daily backup at unlock; a failure here must not prevent working (it is reported in vault.status). */
function dailyBackup(vault: Vault): void {
  try {
    autoBackup(vault, readSettings(vault.db).backupKeep);
  } catch (err) {
    process.stderr.write(`[dpo] sauvegarde automatique impossible (${(err as Error).name})\n`);
  }
}

export const sessionHandlers: PartialHandlers<'session.state' | 'vault.create' | 'session.unlock' | 'session.recover' | 'session.lock' | 'vault.rekey' | 'user.changePassphrase'> = {
  'session.state': (_input, ctx) => {
    const exists = existsSync(vaultPaths(ctx.options.vaultDir).db);
    const user = ctx.session.maybeUser();
    if (!user) return { vaultExists: exists, unlocked: false, user: null, organisationName: null, autoLockMinutes: null };
    const db = ctx.session.vault().db;
    return {
      vaultExists: exists,
      unlocked: true,
      user: sessionUser(user),
      organisationName: readOrganisation(db)?.name ?? null,
      autoLockMinutes: readSettings(db).autoLockMinutes,
    };
  },

  'vault.create': async (input, ctx) => {
    if (ctx.session.isOpen) throw new DomainError('INVALID_STATE', 'Un coffre est déjà ouvert : verrouillez-le avant d’en créer un autre.');
    const { vault, recoveryKit } = await Vault.create(
      ctx.options.vaultDir,
      { username: input.user.username, displayName: input.user.displayName, passphrase: input.passphrase, organisation: input.organisation },
      vaultOptions(ctx),
    );
    const user = findActiveUser(vault.db, input.user.username);
    if (!user) throw new DomainError('INTERNAL');
    ctx.session.open(vault, user);
    dailyBackup(vault);
    return { recoveryKit, user: sessionUser(user) };
  },

  'session.unlock': async (input, ctx) => {
    const { vault, user } = await Vault.open(ctx.options.vaultDir, input.username, input.passphrase, vaultOptions(ctx));
    ctx.session.open(vault, user);
    dailyBackup(vault);
    return sessionUser(user);
  },

  'session.recover': async (input, ctx) => {
    ctx.session.close();
    const { vault, user } = await Vault.recover(ctx.options.vaultDir, input.kit, input.username, input.newPassphrase, vaultOptions(ctx));
    ctx.session.open(vault, user);
    return sessionUser(user);
  },

  'session.lock': (_input, ctx) => {
    ctx.session.close();
    return null;
  },

  'vault.rekey': async (input, ctx) => {
    const vault = ctx.session.vault();
    const user = ctx.session.user();
    await vault.verifyPassphrase(user.username, input.passphrase);
    return vault.rekey(user.username);
  },

  'user.changePassphrase': async (input, ctx) => {
    const vault = ctx.session.vault();
    const user = ctx.session.user();
    await vault.verifyPassphrase(user.username, input.current);
    await vault.setPassphrase(user.username, input.next);
    vault.transaction(() => ctx.audit('user.changePassphrase', 'user', user.id));
    return null;
  },
};

export { countActiveWithRole };
