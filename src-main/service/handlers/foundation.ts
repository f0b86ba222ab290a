import { DomainError } from '../../shared/errors';
import { auditHead, listAudit, verifyAudit } from '../../store/audit-log';
import { appVersion } from '../../store/app-version';
import { createBackup, listBackups, restoreBackup } from '../../store/backup';
import { readOrganisation, writeOrganisation } from '../../store/repos/organisation';
import { readSettings, writeSettings } from '../../store/repos/settings';
import { countActiveWithRole, findActiveUser, insertUser, listActiveUsers, markUserRemoved } from '../../store/repos/users';
import { userVersion, type Db } from '../../store/sqlite';
import type { PartialHandlers } from '../context';

function metaValue(db: Db, key: string): string | null {
  return (db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value ?? null;
}

function auditReport(db: Db) {
  const r = verifyAudit(db);
  return {
    ...r,
    message: r.ok
      ? `Journal d’audit intègre : ${r.count} lignes, empreinte de tête ${r.head.hash}.`
      : `Journal d’audit altéré à la ligne ${r.firstBad?.seq ?? '?'} : ${r.firstBad?.reason ?? ''}.`,
  };
}

export const foundationHandlers: PartialHandlers<
  | 'vault.status'
  | 'vault.recoveryKitPdf'
  | 'organisation.get'
  | 'organisation.update'
  | 'user.list'
  | 'user.add'
  | 'user.remove'
  | 'audit.verify'
  | 'vault.verify'
  | 'audit.list'
  | 'backup.create'
  | 'backup.list'
  | 'backup.restore'
  | 'settings.get'
  | 'settings.update'
> = {
  'vault.status': (_input, ctx) => {
    const vault = ctx.session.vault();
    const user = ctx.session.user();
    const last = listBackups(vault.paths.backups)[0];
    return {
      path: vault.paths.dir,
      schemaVersion: userVersion(vault.db),
      appVersion: appVersion(),
      createdAt: metaValue(vault.db, 'created_at') ?? '',
      keyId: vault.keyId,
      cipher: 'SQLCipher v4 (AES-256-CBC, HMAC-SHA512), clé de 256 bits',
      auditHead: auditHead(vault.db),
      lastBackupAt: last?.createdAt ?? null,
      sizeBytes: vault.sizeBytes(),
      user: { username: user.username, displayName: user.displayName, role: user.role },
    };
  },

  'vault.recoveryKitPdf': async (input, ctx) => {
    const vault = ctx.session.vault();
    if (!vault.isCurrentKit(input.kit)) throw new DomainError('WRONG_RECOVERY_KIT', 'Ce kit ne correspond pas à la clé en vigueur : seul le kit en vigueur peut être imprimé.');
    const organisation = readOrganisation(vault.db);
    if (!organisation) throw new DomainError('NOT_FOUND', 'Renseignez d’abord l’organisme.');
    // Loaded on demand: pdfkit and the fonts are only needed when a document is printed.
    const { recoveryKitPdf } = await import('../../reports/recovery-kit-pdf');
    const { toFileOutput } = await import('../../reports/file-output');
    const pdf = await recoveryKitPdf({
      organisation,
      kit: input.kit,
      keyId: vault.keyId,
      createdAt: vault.keyring.archived.at(-1)?.retiredAt ?? metaValue(vault.db, 'created_at') ?? ctx.now.toISOString(),
      vaultPath: vault.paths.dir,
      generatedAt: ctx.now.toISOString(),
      auditHead: auditHead(vault.db),
    });
    return toFileOutput(`kit-de-recuperation-${vault.keyId}.pdf`, 'application/pdf', pdf);
  },

  'organisation.get': (_input, ctx) => {
    const org = readOrganisation(ctx.session.vault().db);
    if (!org) throw new DomainError('NOT_FOUND', 'L’organisme n’est pas encore renseigné.');
    return org;
  },

  'organisation.update': (input, ctx) => {
    const db = ctx.session.vault().db;
    const before = readOrganisation(db);
    const after = writeOrganisation(db, input, ctx.now.toISOString());
    ctx.audit('organisation.update', 'organisation', '1', before, after);
    return after;
  },

  'user.list': (_input, ctx) => listActiveUsers(ctx.session.vault().db),

  'user.add': async (input, ctx) => {
    const vault = ctx.session.vault();
    if (findActiveUser(vault.db, input.username)) {
      throw new DomainError('CONFLICT', `L’identifiant « ${input.username} » est déjà utilisé : choisissez-en un autre.`);
    }
    // The slot is written first: if the database write then fails, the slot is removed again,
    // and a slot without an active user opens nothing (Vault.open checks the user).
    await vault.setPassphrase(input.username, input.passphrase);
    try {
      return vault.transaction(() => {
        const user = insertUser(vault.db, input, ctx.now.toISOString());
        ctx.audit('user.add', 'user', user.id, null, user);
        return user;
      });
    } catch (err) {
      vault.removeSlot(input.username);
      throw err;
    }
  },

  'user.remove': (input, ctx) => {
    const vault = ctx.session.vault();
    const me = ctx.session.user();
    const target = findActiveUser(vault.db, input.username);
    if (!target) throw new DomainError('NOT_FOUND', `Aucun utilisateur actif « ${input.username} ».`);
    if (target.id === me.id) throw new DomainError('INVALID_STATE', 'Vous ne pouvez pas retirer votre propre compte : demandez-le à un autre DPO.');
    if (target.role === 'dpo' && countActiveWithRole(vault.db, 'dpo') <= 1) throw new DomainError('INVALID_STATE', 'Le coffre doit garder au moins un DPO.');
    vault.transaction(() => {
      markUserRemoved(vault.db, target.id, ctx.now.toISOString());
      ctx.audit('user.remove', 'user', target.id, target, null);
    });
    // The user can no longer unlock: the slot goes once the removal is committed.
    vault.removeSlot(target.username);
    return null;
  },

  'audit.verify': (_input, ctx) => auditReport(ctx.session.vault().db),

  'vault.verify': (_input, ctx) => {
    const db = ctx.session.vault().db;
    // Reads every page: with SQLCipher, a page altered on disk fails its HMAC and is reported here.
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    const integrity = rows.map((r) => r.integrity_check).join('; ');
    const audit = auditReport(db);
    const ok = integrity === 'ok' && audit.ok;
    const message = ok
      ? `Coffre intègre : contrôle SQLite « ok », ${audit.message}`
      : integrity !== 'ok'
        ? `Base endommagée (${integrity.slice(0, 200)}) : restaurez la dernière sauvegarde.`
        : audit.message;
    return { integrity, audit, ok, message };
  },

  'audit.list': (input, ctx) =>
    listAudit(ctx.session.vault().db, input.limit, input.beforeSeq).map((r) => ({
      seq: r.seq,
      at: r.at,
      actor: r.actor,
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      hash: r.hash,
    })),

  'backup.create': (_input, ctx) => createBackup(ctx.session.vault(), 'manual'),

  'backup.list': (_input, ctx) => listBackups(ctx.session.vault().paths.backups),

  'backup.restore': (input, ctx) => {
    const vault = ctx.session.vault();
    const manifest = restoreBackup(vault, input.id);
    vault.transaction(() => ctx.audit('backup.restore', 'backup', manifest.id, null, { auditHead: manifest.auditHead }));
    return manifest;
  },

  'settings.get': (_input, ctx) => readSettings(ctx.session.vault().db),

  'settings.update': (input, ctx) => {
    const db = ctx.session.vault().db;
    const before = readSettings(db);
    const after = { ...before, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) };
    writeSettings(db, after);
    ctx.audit('settings.update', 'settings', 'vault', before, after);
    return after;
  },
};
