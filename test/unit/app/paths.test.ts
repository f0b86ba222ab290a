import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nativeBindingCandidate, resolveNativeBinding, resolveVaultDir } from '../../../src-main/app/paths';

describe('the vault folder of the desktop app', () => {
  it('lives in the per-user data folder by default', () => {
    expect(resolveVaultDir({}, '/home/dpo/.config/dpo-workbench')).toBe('/home/dpo/.config/dpo-workbench/vault');
  });

  it('follows DPO_VAULT when it is set', () => {
    expect(resolveVaultDir({ DPO_VAULT: '/srv/coffre' }, '/home/dpo/.config/x')).toBe('/srv/coffre');
    expect(resolveVaultDir({ DPO_VAULT: '  ' }, '/u')).toBe(path.join('/u', 'vault'));
  });
});

describe('the Electron build of the SQLite binding', () => {
  it('comes from DPO_NATIVE_BINDING first (set by npm start)', () => {
    expect(resolveNativeBinding({ DPO_NATIVE_BINDING: '/b/x.node' }, '/app', '45.4.1', () => false)).toBe('/b/x.node');
  });

  it('is found in native/electron-<version>/ otherwise', () => {
    const expected = '/app/native/electron-45.4.1/better-sqlite3-multiple-ciphers/build/Release/better_sqlite3.node';
    expect(nativeBindingCandidate('/app', '45.4.1')).toBe(expected);
    expect(resolveNativeBinding({}, '/app', '45.4.1', (f) => f === expected)).toBe(expected);
  });

  it('is left to the default when no Electron build exists', () => {
    expect(resolveNativeBinding({}, '/app', '45.4.1', () => false)).toBeUndefined();
  });
});
