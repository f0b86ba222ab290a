import { z } from 'zod';
import { FileOutput, Instant, NonEmpty } from './common';
import { OrganisationDraft } from './organisation';
import { Passphrase, Role, User, Username } from './users';

export const VaultCreateInput = z.object({
  organisation: OrganisationDraft,
  user: z.object({ username: Username, displayName: NonEmpty(200) }),
  passphrase: Passphrase,
});

export const RecoveryKit = z.object({
  /** The data key in readable groups with a checksum: shown once, never stored in clear. */
  kit: z.string(),
  keyId: z.string(),
  createdAt: z.string(),
});
export type RecoveryKit = z.infer<typeof RecoveryKit>;

export const SessionUser = User.pick({ username: true, displayName: true, role: true });
export type SessionUser = z.infer<typeof SessionUser>;

export const SessionState = z.object({
  vaultExists: z.boolean(),
  unlocked: z.boolean(),
  user: SessionUser.nullable(),
  organisationName: z.string().nullable(),
  autoLockMinutes: z.number().int().nullable(),
});

export const UnlockInput = z.object({ username: Username, passphrase: z.string().min(1, 'Saisissez votre phrase secrète.') });

export const RecoveryUnlockInput = z.object({
  kit: z.string().min(10, 'Saisissez le kit de récupération complet.'),
  username: Username,
  newPassphrase: Passphrase,
});

export const VaultStatus = z.object({
  path: z.string(),
  schemaVersion: z.number().int(),
  appVersion: z.string(),
  createdAt: z.string(),
  keyId: z.string(),
  cipher: z.string(),
  auditHead: z.object({ seq: z.number().int(), hash: z.string() }),
  lastBackupAt: z.string().nullable(),
  sizeBytes: z.number().int(),
  user: SessionUser,
});

export const RekeyInput = z.object({ passphrase: z.string().min(1, 'Saisissez votre phrase secrète pour confirmer.') });

export const AuditVerifyResult = z.object({
  ok: z.boolean(),
  count: z.number().int(),
  head: z.object({ seq: z.number().int(), hash: z.string() }),
  firstBad: z.object({ seq: z.number().int(), reason: z.string() }).nullable(),
  message: z.string(),
});
export type AuditVerifyResult = z.infer<typeof AuditVerifyResult>;

export const AuditEntry = z.object({
  seq: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  hash: z.string(),
});
export const AuditListInput = z.object({
  limit: z.number().int().min(1).max(1000).default(100),
  beforeSeq: z.number().int().positive().optional(),
});

export const BackupManifest = z.object({
  id: z.string(),
  file: z.string(),
  createdAt: z.string(),
  schemaVersion: z.number().int(),
  appVersion: z.string(),
  auditHead: z.object({ seq: z.number().int(), hash: z.string() }),
  sha256: z.string(),
  sizeBytes: z.number().int(),
  keyId: z.string(),
  kind: z.enum(['manual', 'auto', 'pre-migration', 'pre-restore', 'pre-rekey']),
});
export type BackupManifest = z.infer<typeof BackupManifest>;

export const BackupCreateInput = z.object({ note: z.string().max(200).optional() }).default({});
export const BackupRestoreInput = z.object({ id: z.string().min(1) });

export const Settings = z.object({
  /** Minutes of inactivity before the UI locks; 0 = never. */
  autoLockMinutes: z.number().int().min(0).max(480),
  /** How many automatic daily backups to keep. */
  backupKeep: z.number().int().min(1).max(365),
});
export type Settings = z.infer<typeof Settings>;
export const SettingsUpdateInput = Settings.partial();

export const RecoveryKitPdfInput = z.object({ kit: z.string().min(10) });
export { FileOutput, Instant, Role };
