/**
 * Foundation figures: unlock time at the production scrypt cost; audited creates per second through
 * the service; the same store workload on an encrypted and on a plain database (ratio, target ≤ 1.5).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3-multiple-ciphers';
import { createService } from '../../src-main/service/service';
import { appendAudit } from '../../src-main/store/audit-log';
import { randomKey } from '../../src-main/store/crypto';
import { migrate } from '../../src-main/store/migrate';
import { newId } from '../../src-main/store/ids';
import { applyRuntimePragmas, createEncrypted, type Db } from '../../src-main/store/sqlite';
import { Vault } from '../../src-main/store/vault';
import type { Report } from './run';
import { ms, percentile } from './stats';
import { benchCreateWorkload } from './workload';

const PASS = 'phrase secrète du banc d’essai';
const ORG = { name: 'Mutuelle du banc d’essai (fictive)' };

/** One audited create, the same SQL on both databases. */
function storeCreate(db: Db, i: number, now: string): void {
  const id = newId();
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run(`bench:${id}`, JSON.stringify({ i, title: `Enregistrement ${i}`, body: 'x'.repeat(600) }));
  appendAudit(db, { actor: 'bench', action: 'bench.create', entityType: 'bench', entityId: id, after: { i } }, now);
}

function storeWorkload(db: Db, n: number): number {
  migrate(db);
  applyRuntimePragmas(db);
  const now = new Date().toISOString();
  const t0 = performance.now();
  db.transaction(() => {
    for (let i = 0; i < n; i++) storeCreate(db, i, now);
  })();
  return performance.now() - t0;
}

export async function run(report: Report): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'dpo-bench-'));
  try {
    // 1. Unlock at the production scrypt cost.
    delete process.env.DPO_SCRYPT_LOGN;
    const dir = join(root, 'vault');
    const { vault } = await Vault.create(dir, { username: 'claire', displayName: 'Claire', passphrase: PASS, organisation: { ...ORG, siren: '', address: { street: '', postalCode: '', city: '', country: 'France' }, dpoName: 'Claire', dpoEmail: '', dpoPhone: '', alsaceMoselle: false } });
    vault.close();
    const unlocks: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      const opened = await Vault.open(dir, 'claire', PASS);
      unlocks.push(performance.now() - t0);
      opened.vault.close();
    }
    report('déverrouillage (scrypt N=2^16 + ouverture), médiane de 5', ms(percentile(unlocks, 50)));

    // 2. Creates through the service (validation, role, transaction, audit row).
    const service = createService({ vaultDir: dir });
    const unlocked = await service.call('session.unlock', { username: 'claire', passphrase: PASS });
    if (!unlocked.ok) throw new Error(unlocked.error.message);
    const w = await benchCreateWorkload(service, 10_000);
    report(`créations auditées par le service, ${w.batchCount} en un lot (${w.batchMethod}, ${Math.ceil(w.batchCount / 5000)} transactions de 5 000)`, `${Math.round(w.batchCount / (w.batchMs / 1000))} /s (${ms(w.batchMs)})`);
    report(`créations unitaires (${w.singleMethod}, une transaction chacune), ${w.singleCount}`, `${Math.round(w.singleCount / (w.singleMs / 1000))} /s`);
    report(`latence d'une création unitaire (${w.singleMethod}), p95`, ms(percentile(w.single, 95)));
    report(`latence d'une création unitaire (${w.singleMethod}), médiane`, ms(percentile(w.single, 50)));
    service.close();

    // 3. The same store workload, encrypted vs plain, alternated 3 times (median) to damp the noise.
    const n = 10_000;
    const encRuns: number[] = [];
    const plainRuns: number[] = [];
    for (let round = 0; round < 3; round++) {
      const enc = createEncrypted(join(root, `enc-${round}.db`), randomKey());
      encRuns.push(storeWorkload(enc, n));
      enc.close();
      const plain = new Database(join(root, `plain-${round}.db`));
      plainRuns.push(storeWorkload(plain, n));
      plain.close();
    }
    const encMs = percentile(encRuns, 50);
    const plainMs = percentile(plainRuns, 50);
    report(`magasin chiffré : ${n} créations auditées en une transaction (médiane de 3)`, `${ms(encMs)} (${Math.round(n / (encMs / 1000))} /s)`);
    report(`magasin non chiffré : même charge (médiane de 3)`, `${ms(plainMs)} (${Math.round(n / (plainMs / 1000))} /s)`);
    report('rapport chiffré / non chiffré (cible ≤ 1,5)', (encMs / plainMs).toFixed(2));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
