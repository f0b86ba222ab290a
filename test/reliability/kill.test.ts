import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createService } from '../../src-main/service/service';
import { newVault, PASSPHRASE, unwrap } from '../helpers/vault';
import { openRaw } from '../helpers/raw';
import { DemoRandom } from '../../src-main/service/demo/random';

const ROUNDS = Number(process.env.DPO_KILL_ROUNDS ?? 50);

/** Runs the writer until `delayMs` after it is ready, then SIGKILLs it; returns the writes it reported. */
function writeThenKill(dir: string, prefix: string, delayMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join('test', 'reliability', 'writer.ts'), dir, PASSPHRASE, prefix], {
      env: { ...process.env, DPO_SCRYPT_LOGN: '12' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const done: string[] = [];
    let buffer = '';
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      buffer += d.toString();
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        if (line === 'ready') setTimeout(() => child.kill('SIGKILL'), delayMs);
        else if (line.startsWith('done ')) done.push(line.slice(5));
      }
    });
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(done) : reject(new Error(`writer ended without being killed: ${err}`))));
  });
}

describe('kill -9 in the middle of writes', () => {
  it(`loses no reported write, keeps integrity and the audit chain (${ROUNDS} seeded rounds)`, async () => {
    const { dir, service, kit } = await newVault();
    service.close();
    const random = new DemoRandom(33);
    const reported: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      reported.push(...(await writeThenKill(dir, `r${round}`, random.int(5, 400))));
      // After every kill the vault must open, be intact and hold every reported write.
      const s = createService({ vaultDir: dir });
      unwrap(await s.call('session.unlock', { username: 'claire', passphrase: PASSPHRASE }));
      const v = unwrap(await s.call('vault.verify', {})) as { ok: boolean; message: string };
      expect(v.ok, `round ${round}: ${v.message}`).toBe(true);
      s.close();
    }
    expect(reported.length).toBeGreaterThan(ROUNDS);
    const raw = openRaw(dir, kit);
    const users = new Set((raw.prepare('SELECT username FROM users').all() as { username: string }[]).map((u) => u.username));
    for (const name of reported) expect(users.has(name), `reported write ${name} is missing`).toBe(true);
    // No change without its audit row: every user row has its user.add audit row.
    const orphans = raw
      .prepare(`SELECT u.username FROM users u WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.entity_type = 'user' AND a.entity_id = u.id AND a.action = 'user.add')`)
      .all();
    expect(orphans).toEqual([]);
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    raw.close();
  }, 600_000);
});
