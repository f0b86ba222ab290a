import { describe, expect, it } from 'vitest';
import { electronKeyProtector, KEYCHAIN_UNAVAILABLE, type SafeStorageLike } from '../../../src-main/app/keychain';
import { electronNotifier, InMemoryNotifier, type NotificationClass } from '../../../src-main/app/notifications';

describe('notifications', () => {
  it('records what the in-memory notifier was asked to show', () => {
    const notifier = new InMemoryNotifier();
    expect(notifier.notify({ title: 'Violation V-2026-004', body: 'Notification CNIL due dans 12 h' })).toBe(true);
    expect(notifier.sent).toEqual([{ title: 'Violation V-2026-004', body: 'Notification CNIL due dans 12 h' }]);
  });

  it('reports that nothing was shown when the system has no notifications', () => {
    const notifier = new InMemoryNotifier(false);
    expect(notifier.notify({ title: 't', body: 'b' })).toBe(false);
    expect(notifier.sent).toEqual([]);
  });

  it('shows an Electron notification with the given title and body', () => {
    const shown: { title: string; body: string }[] = [];
    const Fake = class {
      constructor(private readonly options: { title: string; body: string }) {}
      static isSupported() {
        return true;
      }
      show() {
        shown.push({ title: this.options.title, body: this.options.body });
      }
    } as unknown as NotificationClass;
    expect(electronNotifier(Fake).notify({ title: 'Demande D-12', body: 'Réponse due le 5 mars' })).toBe(true);
    expect(shown).toEqual([{ title: 'Demande D-12', body: 'Réponse due le 5 mars' }]);
  });
});

function fakeSafeStorage(available: boolean, backend = 'gnome_libsecret'): SafeStorageLike {
  return {
    isEncryptionAvailable: () => available,
    encryptString: (s) => Buffer.from(`enc:${s}`),
    decryptString: (b) => {
      const text = b.toString();
      if (!text.startsWith('enc:')) throw new Error('bad');
      return text.slice(4);
    },
    getSelectedStorageBackend: () => backend,
  };
}

describe('the OS keychain seam', () => {
  it('round-trips a secret through safeStorage', () => {
    const keychain = electronKeyProtector(fakeSafeStorage(true), 'linux');
    expect(keychain.reveal(keychain.protect('clé'))).toBe('clé');
  });

  it('treats the Linux plain-text fallback as no keychain at all', () => {
    const keychain = electronKeyProtector(fakeSafeStorage(true, 'basic_text'), 'linux');
    expect(keychain.isAvailable()).toBe(false);
    expect(() => keychain.protect('clé')).toThrow(KEYCHAIN_UNAVAILABLE);
  });

  it('refuses to protect anything when encryption is unavailable', () => {
    expect(() => electronKeyProtector(fakeSafeStorage(false), 'darwin').protect('clé')).toThrow(/trousseau/);
  });

  it('explains in French when a value cannot be decrypted here', () => {
    const keychain = electronKeyProtector(fakeSafeStorage(true), 'win32');
    expect(() => keychain.reveal(Buffer.from('garbage'))).toThrow(/phrase secrète/);
  });
});
