/**
 * Seam for keeping a secret in the operating system's keychain (e.g. a "remember this device" key),
 * over Electron's safeStorage. On Linux without a keyring, safeStorage falls back to a hard-coded
 * key ("basic_text"): that is not protection, so it counts as unavailable here
 * (GDPR Art. 32(1)(a): encryption must be real, not nominal).
 */

export interface KeyProtector {
  isAvailable(): boolean;
  /** Encrypts with the OS keychain; throws a French error when the keychain is unavailable. */
  protect(secret: string): Buffer;
  /** Decrypts a value produced by `protect` on this device and user account. */
  reveal(blob: Buffer): string;
}

/** The parts of Electron's `safeStorage` used here. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  getSelectedStorageBackend?: () => string;
}

export const KEYCHAIN_UNAVAILABLE =
  "Le trousseau du système n'est pas disponible : la phrase secrète devra être saisie à chaque ouverture. Sous Linux, installez et déverrouillez GNOME Keyring ou KWallet.";

export const KEYCHAIN_UNREADABLE =
  "Cette donnée n'a pas pu être déchiffrée par le trousseau du système (autre appareil ou autre compte) : saisissez la phrase secrète.";

export function electronKeyProtector(safeStorage: SafeStorageLike, platform: NodeJS.Platform = process.platform): KeyProtector {
  const isAvailable = (): boolean => {
    if (!safeStorage.isEncryptionAvailable()) return false;
    if (platform === 'linux' && safeStorage.getSelectedStorageBackend?.() === 'basic_text') return false;
    return true;
  };
  return {
    isAvailable,
    protect(secret) {
      if (!isAvailable()) throw new Error(KEYCHAIN_UNAVAILABLE);
      return safeStorage.encryptString(secret);
    },
    reveal(blob) {
      if (!isAvailable()) throw new Error(KEYCHAIN_UNAVAILABLE);
      try {
        return safeStorage.decryptString(blob);
      } catch {
        throw new Error(KEYCHAIN_UNREADABLE);
      }
    },
  };
}
