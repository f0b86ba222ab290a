/**
 * The vault: one encrypted SQLite database (workbench.db) and its keyring (keyring.json).
 * Creation is atomic (the database file is renamed into place last), opening never writes before the
 * key is proven, and a data-key rotation replaces the database by rename with the keyring written so
 * that a crash at any step leaves a vault that opens.
 */
import { chmodSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { DomainError } from '../shared/errors';
import type { User } from '../shared/schemas/users';
import { appendAudit, auditHead, type AuditInput } from './audit-log';
import { keyId, randomKey } from './crypto';
import { fsyncDir, tempPathFor } from './fs-atomic';
import { newId } from './ids';
import {
  commitPending,
  createKeyring,
  dataKeys,
  keyringKeyFromDataKey,
  openSlot,
  readKeyring,
  withPending,
  withSlot,
  withoutSlot,
  writeKeyring,
  type Keyring,
} from './keyring';
import { assertNotNewer, migrate } from './migrate';
import { LATEST_VERSION } from './migrations';
import { vaultPaths, type VaultPaths } from './paths';
import { decodeRecoveryKit, encodeRecoveryKit } from './recovery-kit';
import { applyRuntimePragmas, createEncrypted, openEncrypted, userVersion, type Db, type OpenOptions } from './sqlite';
import { findActiveUser, insertUser } from './repos/users';
import { writeOrganisation, type OrganisationRecord } from './repos/organisation';
import { snapshotTo, createBackup } from './backup';

export interface VaultOptions {
  nativeBinding?: string | undefined;
  now?: () => Date;
}

export interface CreateVaultInput {
  username: string;
  displayName: string;
  passphrase: string;
  organisation: OrganisationRecord;
}

export interface RecoveryKitInfo {
  kit: string;
  keyId: string;
  createdAt: string;
}

export class Vault {
  private constructor(
    readonly paths: VaultPaths,
    private connection: Db | null,
    private dataKey: Buffer,
    private kk: Buffer,
    private ring: Keyring,
    private readonly options: VaultOptions,
  ) {}

  static exists(dir: string): boolean {
    return existsSync(vaultPaths(dir).db);
  }

  get db(): Db {
    if (!this.connection) throw new DomainError('VAULT_LOCKED');
    return this.connection;
  }

  get isOpen(): boolean {
    return this.connection !== null;
  }

  get keyId(): string {
    return this.ring.keyId;
  }

  get keyring(): Keyring {
    return this.ring;
  }

  get vaultId(): string {
    return this.ring.vaultId;
  }

  now(): Date {
    return this.options.now ? this.options.now() : new Date();
  }

  private openOptions(): OpenOptions {
    return { nativeBinding: this.options.nativeBinding };
  }

  /** Key for a backup written under `id` (current, pending or archived data key). */
  keyFor(id: string): Buffer | null {
    if (id === this.ring.keyId) return this.dataKey;
    const keys = dataKeys(this.ring, this.kk);
    if (keys.pending && keyId(keys.pending) === id) return keys.pending;
    return keys.archived.get(id) ?? null;
  }

  currentKey(): Buffer {
    return this.dataKey;
  }

  /** Runs `fn` in one transaction; `audit` rows written inside commit or roll back with the change. */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  audit(entry: AuditInput): void {
    appendAudit(this.db, entry, this.now().toISOString());
  }

  close(): void {
    if (this.connection) {
      try {
        this.connection.pragma('wal_checkpoint(TRUNCATE)');
      } catch {
        // closing is what matters
      }
      this.connection.close();
      this.connection = null;
    }
  }

  static async create(dir: string, input: CreateVaultInput, options: VaultOptions = {}): Promise<{ vault: Vault; recoveryKit: RecoveryKitInfo }> {
    const paths = vaultPaths(dir);
    if (existsSync(paths.db)) throw new DomainError('VAULT_EXISTS');
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const now = (options.now ? options.now() : new Date()).toISOString();
    const dataKey = randomKey();
    const vaultId = newId();
    const tmp = tempPathFor(paths.db);
    try {
      const db = createEncrypted(tmp, dataKey, { nativeBinding: options.nativeBinding });
      try {
        migrate(db);
        db.transaction(() => {
          const meta = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
          meta.run('vault_id', vaultId);
          meta.run('created_at', now);
          meta.run('created_with', 'dpo-workbench');
          const user = insertUser(db, { username: input.username, displayName: input.displayName, role: 'dpo' }, now);
          appendAudit(db, { actor: input.username, action: 'vault.create', entityType: 'vault', entityId: vaultId, after: { vaultId } }, now);
          appendAudit(db, { actor: input.username, action: 'user.add', entityType: 'user', entityId: user.id, after: user }, now);
          const org = writeOrganisation(db, input.organisation, now);
          appendAudit(db, { actor: input.username, action: 'organisation.update', entityType: 'organisation', entityId: '1', after: org }, now);
        })();
        db.pragma('journal_mode = WAL');
      } finally {
        db.close();
      }
      const { keyring, kk } = await createKeyring(vaultId, dataKey, input.username, input.passphrase, now);
      writeKeyring(paths.keyring, keyring);
      chmodSync(tmp, 0o600);
      renameSync(tmp, paths.db);
      fsyncDir(dir);
      const vault = new Vault(paths, null, dataKey, kk, keyring, options);
      vault.attach();
      return { vault, recoveryKit: { kit: encodeRecoveryKit(dataKey), keyId: keyring.keyId, createdAt: now } };
    } finally {
      rmSync(tmp, { force: true });
      rmSync(`${tmp}-wal`, { force: true });
      rmSync(`${tmp}-shm`, { force: true });
    }
  }

  static async open(dir: string, username: string, passphrase: string, options: VaultOptions = {}): Promise<{ vault: Vault; user: User }> {
    const paths = vaultPaths(dir);
    if (!existsSync(paths.db)) throw new DomainError('VAULT_NOT_FOUND');
    const ring = readKeyring(paths.keyring);
    if (!ring) throw new DomainError('KEYRING_MISSING');
    const kk = await openSlot(ring, username, passphrase);
    const keys = dataKeys(ring, kk);
    const vault = new Vault(paths, null, keys.current, kk, ring, options);
    vault.attach(keys.pending);
    const user = findActiveUser(vault.db, username);
    if (!user) {
      vault.close();
      throw new DomainError('WRONG_PASSPHRASE');
    }
    return { vault, user };
  }

  /** Database file + recovery kit open the vault even without a keyring; a new slot is set for `username`. */
  static async recover(dir: string, kitText: string, username: string, newPassphrase: string, options: VaultOptions = {}): Promise<{ vault: Vault; user: User }> {
    const paths = vaultPaths(dir);
    if (!existsSync(paths.db)) throw new DomainError('VAULT_NOT_FOUND');
    const dataKey = decodeRecoveryKit(kitText);
    const probe = openEncrypted(paths.db, dataKey, { nativeBinding: options.nativeBinding });
    if (!probe) throw new DomainError('WRONG_RECOVERY_KIT');
    let user: User | null;
    let vaultId: string;
    try {
      assertNotNewer(probe);
      user = findActiveUser(probe, username);
      vaultId = (probe.prepare(`SELECT value FROM meta WHERE key = 'vault_id'`).get() as { value: string } | undefined)?.value ?? newId();
    } finally {
      probe.close();
    }
    if (!user) throw new DomainError('NOT_FOUND', `Aucun utilisateur actif « ${username} » dans ce coffre : indiquez l’identifiant d’un utilisateur existant.`);
    const now = (options.now ? options.now() : new Date()).toISOString();
    let existing: Keyring | null = null;
    try {
      existing = readKeyring(paths.keyring);
    } catch {
      existing = null; // an unreadable keyring is replaced, which is the point of recovery
    }
    const kk = existing && existing.vaultId === vaultId ? keyringKeyFromDataKey(existing, dataKey) : null;
    let ring: Keyring;
    let keyringKey: Buffer;
    if (existing && kk) {
      ring = await withSlot(existing.pending && existing.pending.keyId === keyId(dataKey) ? commitPending(existing, now) : existing, kk, username, newPassphrase, now);
      keyringKey = kk;
    } else {
      const created = await createKeyring(vaultId, dataKey, username, newPassphrase, now);
      ring = created.keyring;
      keyringKey = created.kk;
    }
    writeKeyring(paths.keyring, ring);
    const vault = new Vault(paths, null, dataKey, keyringKey, ring, options);
    vault.attach();
    vault.transaction(() => vault.audit({ actor: username, action: 'vault.recover', entityType: 'user', entityId: user.id }));
    return { vault, user };
  }

  /** Opens the database file with the current (or pending) key, migrates if needed, asserts pragmas. */
  private attach(pending: Buffer | null = null): void {
    let db = openEncrypted(this.paths.db, this.dataKey, this.openOptions());
    if (!db && pending) {
      db = openEncrypted(this.paths.db, pending, this.openOptions());
      if (db) {
        // A rotation was interrupted after the database was replaced: finish it.
        this.dataKey = pending;
        this.ring = commitPending(this.ring, this.now().toISOString());
        writeKeyring(this.paths.keyring, this.ring);
      }
    }
    if (!db) {
      throw new DomainError('VAULT_CORRUPT', "Le fichier du coffre ne s'ouvre pas avec sa clé : il est endommagé ou a été remplacé. Rien n'a été modifié : restaurez la dernière sauvegarde (« dpo restore »).");
    }
    let version: number;
    try {
      version = assertNotNewer(db);
    } catch (err) {
      db.close();
      throw err;
    }
    this.connection = db;
    if (version < LATEST_VERSION) {
      if (version > 0) createBackup(this, 'pre-migration');
      migrate(db);
    }
    applyRuntimePragmas(db, this.openOptions());
  }

  async setPassphrase(username: string, passphrase: string): Promise<void> {
    const next = await withSlot(this.ring, this.kk, username, passphrase, this.now().toISOString());
    writeKeyring(this.paths.keyring, next);
    this.ring = next;
  }

  async verifyPassphrase(username: string, passphrase: string): Promise<void> {
    await openSlot(this.ring, username, passphrase);
  }

  removeSlot(username: string): void {
    const next = withoutSlot(this.ring, username);
    writeKeyring(this.paths.keyring, next);
    this.ring = next;
  }

  hasSlot(username: string): boolean {
    return this.ring.slots.some((s) => s.username === username);
  }

  /**
   * Data-key rotation: an encrypted copy is re-keyed and verified, the keyring records the new key as
   * pending, the copy is renamed over the database, then the keyring commits. The old key no longer
   * opens the database; it stays archived (wrapped) so that older backups can still be restored.
   */
  rekey(actor: string): RecoveryKitInfo {
    const newKey = randomKey();
    const now = this.now().toISOString();
    createBackup(this, 'pre-rekey');
    const tmp = tempPathFor(this.paths.db);
    try {
      const headBefore = auditHead(this.db);
      snapshotTo(this.db, tmp);
      const copy = openEncrypted(tmp, this.dataKey, this.openOptions());
      if (!copy) throw new DomainError('INTERNAL', 'La copie chiffrée ne s’ouvre pas : rotation annulée.');
      try {
        copy.pragma('journal_mode = DELETE');
        copy.pragma(`rekey="x'${newKey.toString('hex')}'"`);
      } finally {
        copy.close();
      }
      const check = openEncrypted(tmp, newKey, this.openOptions());
      if (!check) throw new DomainError('INTERNAL', 'La copie re-chiffrée ne s’ouvre pas avec la nouvelle clé : rotation annulée.');
      try {
        const ok = check.pragma('integrity_check', { simple: true });
        const head = auditHead(check);
        if (ok !== 'ok' || head.hash !== headBefore.hash || userVersion(check) !== LATEST_VERSION) {
          throw new DomainError('INTERNAL', 'La copie re-chiffrée ne correspond pas au coffre : rotation annulée, rien n’a changé.');
        }
        check.pragma('journal_mode = WAL');
      } finally {
        check.close();
      }
      this.ring = withPending(this.ring, this.kk, newKey);
      writeKeyring(this.paths.keyring, this.ring);
      this.close();
      renameSync(tmp, this.paths.db);
      fsyncDir(this.paths.dir);
      this.dataKey = newKey;
      this.ring = commitPending(this.ring, now);
      writeKeyring(this.paths.keyring, this.ring);
    } finally {
      rmSync(tmp, { force: true });
      rmSync(`${tmp}-wal`, { force: true });
      rmSync(`${tmp}-shm`, { force: true });
      if (!this.connection) this.attach(this.ring.pending ? dataKeys(this.ring, this.kk).pending : null);
    }
    this.transaction(() => this.audit({ actor, action: 'vault.rekey', entityType: 'vault', entityId: this.ring.vaultId, after: { keyId: this.ring.keyId } }));
    return { kit: encodeRecoveryKit(newKey), keyId: this.ring.keyId, createdAt: now };
  }

  /** True when `kit` encodes the data key in force (used before printing a kit). */
  isCurrentKit(kit: string): boolean {
    try {
      return keyId(decodeRecoveryKit(kit)) === this.ring.keyId;
    } catch {
      return false;
    }
  }

  sizeBytes(): number {
    let size = 0;
    for (const p of [this.paths.db, this.paths.wal]) {
      try {
        size += statSync(p).size;
      } catch {
        // absent WAL
      }
    }
    return size;
  }

  /** Replaces the database file by an already verified copy encrypted with the current key. */
  replaceDatabase(verifiedCopy: string): void {
    this.close();
    rmSync(this.paths.wal, { force: true });
    rmSync(this.paths.shm, { force: true });
    renameSync(verifiedCopy, this.paths.db);
    fsyncDir(this.paths.dir);
    this.attach();
  }
}
