import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contract, METHOD_NAMES } from '../../src-main/shared/contract';
import { handlers } from '../../src-main/service/handlers';
import { roleMatrixMarkdown } from '../../src-main/shared/role-matrix';
import { createService } from '../../src-main/service/service';
import { ROLES, type Role } from '../../src-main/shared/roles';
import { newVault, PASSPHRASE, unwrap } from '../helpers/vault';

describe('the API contract', () => {
  it('has exactly one handler per method and one method per handler', () => {
    expect(Object.keys(handlers).sort()).toEqual([...METHOD_NAMES].sort());
    for (const name of METHOD_NAMES) expect(typeof handlers[name]).toBe('function');
  });

  it('names every method domain.verb', () => {
    for (const name of METHOD_NAMES) expect(name).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
  });

  it('is documented in the README role × method matrix, exactly', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain(roleMatrixMarkdown());
  });

  it('refuses an unknown method with UNKNOWN_METHOD', async () => {
    const { service } = await newVault();
    const r = await service.call('breach.explode', {});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('UNKNOWN_METHOD');
  });
});

describe('roles are enforced by the service for every method', () => {
  it('refuses each role exactly what the matrix refuses it', async () => {
    const { dir, service } = await newVault();
    for (const role of ['security', 'compliance'] as const) {
      unwrap(await service.call('user.add', { username: `u-${role}`, displayName: role, role, passphrase: PASSPHRASE }));
    }
    service.close();
    const skip = new Set(['session.lock']);
    for (const role of ROLES) {
      const s = createService({ vaultDir: dir });
      unwrap(await s.call('session.unlock', { username: role === 'dpo' ? 'claire' : `u-${role}`, passphrase: PASSPHRASE }));
      for (const name of METHOD_NAMES) {
        const def = contract[name];
        if (def.roles === 'public' || skip.has(name)) continue;
        // An empty input: allowed calls may fail validation, but never with FORBIDDEN.
        const r = await s.call(name, {});
        const allowed = (def.roles as readonly Role[]).includes(role);
        const forbidden = !r.ok && r.error.code === 'FORBIDDEN';
        expect(forbidden, `${role} → ${name}`).toBe(!allowed);
      }
      s.close();
    }
  });
});
