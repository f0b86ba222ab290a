/** The last identifier used to unlock on this computer (not a secret): pre-filled for convenience. */
const KEY = 'dpo.lastUsername';

export function readLastUsername(): string {
  try {
    return globalThis.localStorage?.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function storeLastUsername(username: string): void {
  try {
    globalThis.localStorage?.setItem(KEY, username.trim().toLowerCase());
  } catch {
    // Storage refused: nothing to remember, nothing lost.
  }
}
