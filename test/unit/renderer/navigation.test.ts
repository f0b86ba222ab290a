import { describe, expect, it } from 'vitest';
import { contract, METHOD_NAMES } from '../../../src-main/shared/contract';
import { ROLES } from '../../../src-main/shared/roles';
import {
  canCall,
  MODULES,
  moduleAccess,
  settingsAccess,
  visibleModules,
  visibleSettingsSections,
} from '../../../src-renderer/navigation';

describe('role → module visibility', () => {
  it('shows the security officer only Tableau de bord, Violations and Paramètres', () => {
    expect(visibleModules('security').map((m) => m.id)).toEqual(['dashboard', 'breaches', 'settings']);
  });

  it('limits the security officer’s settings to their own passphrase and the language', () => {
    expect(visibleSettingsSections('security')).toEqual(['passphrase', 'language']);
  });

  it('shows the compliance officer every module, read only', () => {
    expect(visibleModules('compliance')).toHaveLength(MODULES.length);
    for (const m of MODULES) expect(moduleAccess('compliance', m.id)).toBe('read');
  });

  it('gives the DPO every module and every settings section with write access', () => {
    for (const m of MODULES) expect(moduleAccess('dpo', m.id)).toBe('write');
    expect(visibleSettingsSections('dpo')).toHaveLength(7);
  });

  it('keeps user management to the DPO', () => {
    expect(ROLES.filter((r) => settingsAccess(r, 'users') !== 'none')).toEqual(['dpo']);
  });

  it('never offers write access where the contract refuses the write', () => {
    // Settings sections that change the vault, and the method that does it.
    const writes = { organisation: 'organisation.update', autolock: 'settings.update', users: 'user.add' } as const;
    for (const role of ROLES) {
      for (const [section, method] of Object.entries(writes)) {
        if (settingsAccess(role, section as keyof typeof writes) === 'write') expect(canCall(role, method), `${role} ${section}`).toBe(true);
      }
    }
  });

  it('gives each module its own Alt+1 … Alt+8 shortcut', () => {
    expect(MODULES.map((m) => m.shortcut)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});

describe('canCall', () => {
  it('agrees with the contract’s role lists', () => {
    for (const method of METHOD_NAMES) {
      const roles = contract[method].roles;
      for (const role of ROLES) expect(canCall(role, method)).toBe(roles === 'public' || (roles as readonly string[]).includes(role));
    }
  });

  it('lets only the DPO restore a backup, and the compliance officer create one', () => {
    expect(canCall('dpo', 'backup.restore')).toBe(true);
    expect(canCall('compliance', 'backup.restore')).toBe(false);
    expect(canCall('compliance', 'backup.create')).toBe(true);
    expect(canCall('security', 'backup.create')).toBe(false);
  });
});
