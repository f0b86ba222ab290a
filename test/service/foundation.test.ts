import { describe, expect, it } from 'vitest';
import { createService } from '../../src-main/service/service';
import { newVault, ORGANISATION, PASSPHRASE, unwrap } from '../helpers/vault';

describe('vault through the service', () => {
  it('creates a vault, locks it and unlocks it with the passphrase', async () => {
    const { dir, service } = await newVault();
    const org = unwrap(await service.call('organisation.get', {})) as { name: string; siren: string };
    expect(org.name).toBe(ORGANISATION.name);
    unwrap(await service.call('session.lock', {}));
    const locked = await service.call('organisation.get', {});
    expect(locked.ok).toBe(false);
    if (!locked.ok) expect(locked.error.code).toBe('VAULT_LOCKED');
    const other = createService({ vaultDir: dir });
    unwrap(await other.call('session.unlock', { username: 'claire', passphrase: PASSPHRASE }));
    const verify = unwrap(await other.call('audit.verify', {})) as { ok: boolean; count: number };
    expect(verify.ok).toBe(true);
    expect(verify.count).toBeGreaterThanOrEqual(3);
    other.close();
  });

  it('refuses a wrong passphrase with a French sentence', async () => {
    const { dir, service } = await newVault();
    service.close();
    const s = createService({ vaultDir: dir });
    const r = await s.call('session.unlock', { username: 'claire', passphrase: 'pas la bonne phrase' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('WRONG_PASSPHRASE');
      expect(r.error.message).toMatch(/phrase secrète incorrects/);
    }
  });

  it('rejects an invalid SIREN and changes nothing', async () => {
    const { service } = await newVault();
    const before = unwrap(await service.call('audit.verify', {})) as { count: number };
    const r = await service.call('organisation.update', { ...ORGANISATION, siren: '123456789' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('VALIDATION');
      expect(r.error.issues?.[0]?.path).toBe('siren');
      expect(r.error.issues?.[0]?.message).toMatch(/SIREN invalide/);
    }
    const after = unwrap(await service.call('audit.verify', {})) as { count: number };
    expect(after.count).toBe(before.count);
  });
});
