/**
 * Key material for the vault: the data key (opens the database), the keyring key (wraps the data key
 * for every user slot) and each user's key-encryption key derived from a passphrase with scrypt.
 * Nothing here touches the disk.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes, scrypt as scryptCb, timingSafeEqual } from 'node:crypto';
import { DomainError } from '../shared/errors';

export const KEY_BYTES = 32;

export interface ScryptParams {
  /** log2 of the CPU/memory cost N. 16 → 64 MiB, a few hundred ms on a laptop. */
  logN: number;
  r: number;
  p: number;
  /** base64 salt, 16 bytes. */
  salt: string;
}

export interface Wrapped {
  alg: 'aes-256-gcm';
  /** base64 12-byte nonce, 16-byte tag, ciphertext. */
  iv: string;
  tag: string;
  ct: string;
}

/** Default cost, tuned so that an unlock takes a few hundred milliseconds here (see `npm run bench`). */
export const DEFAULT_SCRYPT_LOGN = 16;

export function scryptLogN(): number {
  const fromEnv = Number(process.env.DPO_SCRYPT_LOGN);
  // Test suites lower the cost; never accept less than 2^12 even there.
  return Number.isInteger(fromEnv) && fromEnv >= 12 && fromEnv <= 22 ? fromEnv : DEFAULT_SCRYPT_LOGN;
}

export function randomKey(): Buffer {
  return randomBytes(KEY_BYTES);
}

export function newScryptParams(logN = scryptLogN()): ScryptParams {
  return { logN, r: 8, p: 1, salt: randomBytes(16).toString('base64') };
}

export function deriveKey(passphrase: string, params: ScryptParams): Promise<Buffer> {
  const N = 2 ** params.logN;
  const maxmem = 128 * N * params.r * params.p + 32 * 1024 * 1024;
  return new Promise((resolve, reject) => {
    // NFC so that "é" typed on two keyboards yields the same key.
    scryptCb(passphrase.normalize('NFC'), Buffer.from(params.salt, 'base64'), KEY_BYTES, { N, r: params.r, p: params.p, maxmem }, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}

export function wrap(kek: Buffer, secret: Buffer, aad: string): Wrapped {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ct = Buffer.concat([cipher.update(secret), cipher.final()]);
  return { alg: 'aes-256-gcm', iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), ct: ct.toString('base64') };
}

/** Returns null when the key is wrong or the slot was altered (GCM tag mismatch). */
export function unwrap(kek: Buffer, wrapped: Wrapped, aad: string): Buffer | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(wrapped.iv, 'base64'));
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(Buffer.from(wrapped.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(wrapped.ct, 'base64')), decipher.final()]);
  } catch {
    return null;
  }
}

/** Public identifier of a data key: lets manifests name a key without revealing it. */
export function keyId(dataKey: Buffer): string {
  return createHash('sha256').update('dpo-workbench/key-id/v1').update(dataKey).digest('hex').slice(0, 16);
}

export function sha256Hex(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

export function sameBytes(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The only value ever interpolated into SQL: checked to be exactly 64 hex digits first. */
export function keyToHex(key: Buffer): string {
  const hex = key.toString('hex');
  if (!/^[0-9a-f]{64}$/.test(hex)) throw new DomainError('INTERNAL', 'Clé de chiffrement de longueur inattendue.');
  return hex;
}
