/**
 * The recovery kit: the data key itself, written for people. 32 key bytes + 4 checksum bytes are
 * encoded in Crockford base32 (no I, L, O, U: nothing to confuse), in groups of 6, prefixed "DPO1-".
 * Typing mistakes are caught by the checksum before the database is ever touched.
 */
import { createHash } from 'node:crypto';
import { DomainError } from '../shared/errors';
import { KEY_BYTES } from './crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const PREFIX = 'DPO1';
const GROUP = 6;

function checksum(key: Buffer): Buffer {
  return createHash('sha256').update('dpo-workbench/recovery-kit/v1').update(key).digest().subarray(0, 4);
}

function toBase32(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

function fromBase32(text: string): Buffer | null {
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const ch of text) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0) return null;
    value = (value << 5) | v;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

export function encodeRecoveryKit(key: Buffer): string {
  if (key.length !== KEY_BYTES) throw new DomainError('INTERNAL', 'Clé de longueur inattendue.');
  const body = toBase32(Buffer.concat([key, checksum(key)]));
  const groups = body.match(new RegExp(`.{1,${GROUP}}`, 'g')) ?? [];
  return [PREFIX, ...groups].join('-');
}

/** Accepts lower case, spaces, line breaks and the usual look-alikes (O→0, I/L→1). */
export function decodeRecoveryKit(text: string): Buffer {
  const cleaned = text.toUpperCase().replace(/[\s-]+/g, '');
  if (!cleaned.startsWith(PREFIX)) {
    throw new DomainError('WRONG_RECOVERY_KIT', 'Ce texte n’est pas un kit de récupération DPO Workbench : il doit commencer par « DPO1- ».');
  }
  const bytes = fromBase32(cleaned.slice(PREFIX.length).replace(/O/g, '0').replace(/[IL]/g, '1'));
  if (!bytes || bytes.length < KEY_BYTES + 4) {
    throw new DomainError('WRONG_RECOVERY_KIT', 'Kit de récupération incomplet ou caractère invalide : vérifiez chaque groupe.');
  }
  const key = bytes.subarray(0, KEY_BYTES);
  if (!checksum(key).equals(bytes.subarray(KEY_BYTES, KEY_BYTES + 4))) {
    throw new DomainError('WRONG_RECOVERY_KIT', 'Le kit de récupération contient une faute de frappe (somme de contrôle incorrecte) : vérifiez chaque groupe.');
  }
  return Buffer.from(key);
}
