import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
let lastTime = 0;
let counter = 0;

/**
 * Sortable identifiers (ULID layout: 10 characters of milliseconds, 16 of randomness). Identifiers
 * created in the same millisecond stay ordered thanks to a counter folded into the random part.
 */
export function newId(now: number = Date.now()): string {
  if (now === lastTime) counter++;
  else {
    lastTime = now;
    counter = 0;
  }
  let time = '';
  let t = now;
  for (let i = 0; i < 10; i++) {
    time = ALPHABET[t % 32] + time;
    t = Math.floor(t / 32);
  }
  const rnd = randomBytes(10);
  let tail = '';
  let c = '';
  let n = counter;
  for (let i = 0; i < 4; i++) {
    c = ALPHABET[n % 32] + c;
    n = Math.floor(n / 32);
  }
  for (let i = 0; i < 12; i++) tail += ALPHABET[(rnd[i % 10] ?? 0) % 32];
  return time + c + tail;
}
