/**
 * The keyring (keyring.json, beside workbench.db), LUKS-style:
 *   passphrase --scrypt--> slot key --AES-GCM--> keyring key (KK) --AES-GCM--> data key (DK)
 * One slot per user; a passphrase change re-wraps one slot. The KK is also stored wrapped by the DK,
 * so the recovery kit (= the DK) can rebuild a slot without losing the other users' slots.
 * A data-key rotation writes the new DK as `pending` before the database is replaced, so a crash at
 * any point leaves a keyring that opens whichever database file is on disk.
 */
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { DomainError } from '../shared/errors';
import { deriveKey, keyId, newScryptParams, randomKey, unwrap, wrap, type Wrapped } from './crypto';
import { writeFileAtomicSync } from './fs-atomic';

const WrappedSchema = z.object({ alg: z.literal('aes-256-gcm'), iv: z.string(), tag: z.string(), ct: z.string() });
const SlotSchema = z.object({
  username: z.string(),
  createdAt: z.string(),
  kdf: z.object({ name: z.literal('scrypt'), logN: z.number().int().min(10).max(24), r: z.number().int(), p: z.number().int(), salt: z.string() }),
  keyringKey: WrappedSchema,
});
const KeyringSchema = z.object({
  format: z.literal('dpo-workbench-keyring'),
  version: z.literal(1),
  vaultId: z.string(),
  keyId: z.string(),
  dataKey: WrappedSchema,
  keyringKeyByDataKey: WrappedSchema,
  pending: z.object({ keyId: z.string(), dataKey: WrappedSchema, keyringKeyByDataKey: WrappedSchema }).nullable(),
  archived: z.array(z.object({ keyId: z.string(), retiredAt: z.string(), dataKey: WrappedSchema })),
  slots: z.array(SlotSchema),
});
export type Keyring = z.infer<typeof KeyringSchema>;
export type Slot = z.infer<typeof SlotSchema>;

const aadSlot = (vaultId: string, username: string) => `dpo/slot/${vaultId}/${username}`;
const aadDataKey = (vaultId: string, id: string) => `dpo/data-key/${vaultId}/${id}`;
const aadKk = (vaultId: string) => `dpo/keyring-key/${vaultId}`;

export function readKeyring(path: string): Keyring | null {
  if (!existsSync(path)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new DomainError('KEYRING_MISSING', 'Le trousseau de clés est illisible. Ouvrez le coffre avec le kit de récupération (« dpo unlock --recovery »).');
  }
  const result = KeyringSchema.safeParse(parsed);
  if (!result.success) {
    throw new DomainError('KEYRING_MISSING', 'Le trousseau de clés est altéré. Ouvrez le coffre avec le kit de récupération (« dpo unlock --recovery »).');
  }
  return result.data;
}

export function writeKeyring(path: string, keyring: Keyring): void {
  writeFileAtomicSync(path, `${JSON.stringify(keyring, null, 2)}\n`);
}

async function makeSlot(vaultId: string, kk: Buffer, username: string, passphrase: string, now: string): Promise<Slot> {
  const params = newScryptParams();
  const slotKey = await deriveKey(passphrase, params);
  return { username, createdAt: now, kdf: { name: 'scrypt', ...params }, keyringKey: wrap(slotKey, kk, aadSlot(vaultId, username)) };
}

export async function createKeyring(vaultId: string, dataKey: Buffer, username: string, passphrase: string, now: string): Promise<{ keyring: Keyring; kk: Buffer }> {
  const kk = randomKey();
  const id = keyId(dataKey);
  const keyring: Keyring = {
    format: 'dpo-workbench-keyring',
    version: 1,
    vaultId,
    keyId: id,
    dataKey: wrap(kk, dataKey, aadDataKey(vaultId, id)),
    keyringKeyByDataKey: wrap(dataKey, kk, aadKk(vaultId)),
    pending: null,
    archived: [],
    slots: [await makeSlot(vaultId, kk, username, passphrase, now)],
  };
  return { keyring, kk };
}

/** Unwraps the keyring key with a user's passphrase; a wrong passphrase and an unknown user look the same. */
export async function openSlot(keyring: Keyring, username: string, passphrase: string): Promise<Buffer> {
  const slot = keyring.slots.find((s) => s.username === username);
  // Derive even for an unknown user so both failures cost the same time.
  const params = slot?.kdf ?? { ...newScryptParams(), logN: keyring.slots[0]?.kdf.logN ?? 14 };
  const slotKey = await deriveKey(passphrase, params);
  const kk = slot ? unwrap(slotKey, slot.keyringKey, aadSlot(keyring.vaultId, username)) : null;
  if (!kk) throw new DomainError('WRONG_PASSPHRASE');
  return kk;
}

export interface UnwrappedKeys {
  current: Buffer;
  pending: Buffer | null;
  archived: Map<string, Buffer>;
}

export function dataKeys(keyring: Keyring, kk: Buffer): UnwrappedKeys {
  const current = unwrap(kk, keyring.dataKey, aadDataKey(keyring.vaultId, keyring.keyId));
  if (!current) throw new DomainError('KEYRING_MISSING', 'Le trousseau de clés est altéré. Ouvrez le coffre avec le kit de récupération.');
  const pending = keyring.pending ? unwrap(kk, keyring.pending.dataKey, aadDataKey(keyring.vaultId, keyring.pending.keyId)) : null;
  const archived = new Map<string, Buffer>();
  for (const a of keyring.archived) {
    const k = unwrap(kk, a.dataKey, aadDataKey(keyring.vaultId, a.keyId));
    if (k) archived.set(a.keyId, k);
  }
  return { current, pending, archived };
}

/** With the data key (recovery kit), get the keyring key back, if this keyring belongs to that key. */
export function keyringKeyFromDataKey(keyring: Keyring, dataKey: Buffer): Buffer | null {
  const id = keyId(dataKey);
  if (id === keyring.keyId) return unwrap(dataKey, keyring.keyringKeyByDataKey, aadKk(keyring.vaultId));
  if (keyring.pending && id === keyring.pending.keyId) return unwrap(dataKey, keyring.pending.keyringKeyByDataKey, aadKk(keyring.vaultId));
  return null;
}

export async function withSlot(keyring: Keyring, kk: Buffer, username: string, passphrase: string, now: string): Promise<Keyring> {
  const slot = await makeSlot(keyring.vaultId, kk, username, passphrase, now);
  return { ...keyring, slots: [...keyring.slots.filter((s) => s.username !== username), slot] };
}

export function withoutSlot(keyring: Keyring, username: string): Keyring {
  return { ...keyring, slots: keyring.slots.filter((s) => s.username !== username) };
}

export function withPending(keyring: Keyring, kk: Buffer, newKey: Buffer): Keyring {
  const id = keyId(newKey);
  return {
    ...keyring,
    pending: { keyId: id, dataKey: wrap(kk, newKey, aadDataKey(keyring.vaultId, id)), keyringKeyByDataKey: wrap(newKey, kk, aadKk(keyring.vaultId)) },
  };
}

/** The pending key becomes current; the old one is archived (wrapped by KK) so older backups stay restorable. */
export function commitPending(keyring: Keyring, now: string): Keyring {
  if (!keyring.pending) return keyring;
  return {
    ...keyring,
    keyId: keyring.pending.keyId,
    dataKey: keyring.pending.dataKey,
    keyringKeyByDataKey: keyring.pending.keyringKeyByDataKey,
    pending: null,
    archived: [...keyring.archived, { keyId: keyring.keyId, retiredAt: now, dataKey: keyring.dataKey }],
  };
}

export type { Wrapped };
