/**
 * The audit pack as a job: start (snapshot + background work), status, cancel, result, and the
 * verification of a pack. Who made a pack, for which period, and the SHA-256 of what was handed over
 * are written to the audit log (accountability, GDPR Art. 5(2)).
 */
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DomainError } from '../../shared/errors';
import type { VerifyPackResult } from '../../shared/schemas/pack';
import { MIME, sha256Hex, toFileOutput } from '../../reports/file-output';
import { packFileName } from '../../reports/pack/names';
import { verifyPack } from '../../reports/pack/verify';
import { listAudit } from '../../store/audit-log';
import { newId } from '../../store/ids';
import { readOrganisation } from '../../store/repos/organisation';
import type { Db } from '../../store/sqlite';
import type { Vault } from '../../store/vault';
import type { PartialHandlers } from '../context';
import { isKnownJobFile, jobOf, registerJob, runningJobOf, statusOf, UNCOLLECTED_TTL_MS, type PackJob } from './report-jobs';
import { defaultPackWorkerEntry, runAuditPack } from './report-pack-thread';

/** Packs being written and finished packs wait here, inside the vault folder (owner-only), never in /tmp. */
function packsDir(vault: Vault): string {
  const dir = join(vault.paths.dir, 'packs');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}

/**
 * A leftover older than an hour is from a run that died (crash, power cut) before handing its pack
 * over: it holds personal data, it goes. Files of jobs this process still knows are kept.
 */
function removeStale(dir: string): void {
  const names = readdirSync(dir).filter((name) => !isKnownJobFile(name));
  if (names.length === 0) return;
  // File times are compared with a file time (the service clock may be set elsewhere, e.g. in tests).
  const probe = join(dir, `.horloge-${newId()}`);
  writeFileSync(probe, '');
  try {
    const nowMs = statSync(probe).mtimeMs;
    for (const name of names) {
      const path = join(dir, name);
      try {
        if (nowMs - statSync(path).mtimeMs > UNCOLLECTED_TTL_MS) rmSync(path, { force: true });
      } catch {
        // already gone
      }
    }
  } finally {
    rmSync(probe, { force: true });
  }
}

/** Is the audit-log entry the manifest names in this vault's log, with the same hash? */
function vaultAnchor(db: Db, head: { seq: number; hash: string }): VerifyPackResult['vault'] {
  const row = head.seq > 0 ? listAudit(db, 1, head.seq + 1)[0] : undefined;
  if (!row || row.seq !== head.seq) {
    return { checked: true, matches: false, message: `L’entrée n° ${head.seq} du journal d’audit nommée par le manifeste n’existe pas dans ce coffre : le paquet vient d’un autre coffre.` };
  }
  if (row.hash !== head.hash) {
    return { checked: true, matches: false, message: `L’entrée n° ${head.seq} du journal d’audit de ce coffre n’a pas l’empreinte indiquée par le manifeste : le paquet vient d’un autre coffre, ou son manifeste a été modifié.` };
  }
  return { checked: true, matches: true, message: `Le manifeste est rattaché au journal d’audit de ce coffre (entrée n° ${head.seq}, même empreinte).` };
}

export const reportHandlers: PartialHandlers<'report.auditPackStart' | 'report.jobStatus' | 'report.jobCancel' | 'report.jobResult' | 'report.verifyPack'> = {
  'report.auditPackStart': (input, ctx) => {
    const vault = ctx.session.vault();
    const user = ctx.session.user();
    const running = runningJobOf(vault);
    if (running) {
      throw new DomainError('VAULT_BUSY', `Un paquet d’audit (${running.period.label}) est déjà en cours de génération (${Math.floor(running.progress)} %) : attendez sa fin ou annulez-le.`);
    }
    if (!readOrganisation(vault.db)) {
      throw new DomainError('NOT_FOUND', 'Renseignez d’abord l’organisme (écran « Organisme ») : il figure sur chaque document du paquet.');
    }
    const id = newId(ctx.now.getTime());
    const dir = packsDir(vault);
    // The start is logged first, so that the pack's view of the vault (opened by its worker thread, an
    // instant later) includes the entry that records who asked for it: the audit-log head printed on
    // every document of the pack is that entry or a later one.
    vault.transaction(() => ctx.audit('report.auditPackStart', 'report', id, null, { period: input.period.spec, from: input.period.from, to: input.period.to }));
    removeStale(dir);
    const job: PackJob = {
      id,
      owner: user.username,
      vault,
      period: input.period,
      startedAt: ctx.now.toISOString(),
      abort: new AbortController(),
      state: 'running',
      progress: 1,
      step: 'Ouverture d’une vue cohérente du coffre',
      finishedAt: null,
      error: null,
      result: null,
      settled: Promise.resolve(),
    };
    registerJob(job);
    job.settled = runAuditPack({
      job,
      workerEntry: ctx.options.packWorker ?? defaultPackWorkerEntry(),
      dbPath: vault.paths.db,
      key: vault.currentKey(),
      nativeBinding: ctx.options.nativeBinding,
      generatedAt: ctx.now,
      generatedBy: `${user.displayName} (${user.username})`,
      role: user.role,
      target: join(dir, `${id}.zip`),
    });
    return { jobId: id };
  },

  'report.jobStatus': (input, ctx) => statusOf(jobOf(ctx, input.jobId)),

  'report.jobCancel': async (input, ctx) => {
    const job = jobOf(ctx, input.jobId);
    const vault = ctx.session.vault();
    if (job.state === 'running') {
      job.abort.abort();
      // The job stops at its next check and removes its temporary files before this returns.
      await job.settled;
      vault.transaction(() => ctx.audit('report.auditPackCancel', 'report', job.id, null, { period: job.period.spec }));
    } else if (job.state === 'done' && job.result) {
      rmSync(job.result.path, { force: true });
      job.result = null;
      job.state = 'cancelled';
      job.error = { code: 'CANCELLED', message: 'Paquet abandonné avant d’être récupéré : le fichier a été supprimé.' };
      vault.transaction(() => ctx.audit('report.auditPackCancel', 'report', job.id, null, { period: job.period.spec }));
    }
    return statusOf(job);
  },

  'report.jobResult': async (input, ctx) => {
    const job = jobOf(ctx, input.jobId);
    if (job.state === 'running') throw new DomainError('INVALID_STATE', `La génération n’est pas terminée (${Math.floor(job.progress)} %, ${job.step}) : attendez sa fin.`);
    if (job.state !== 'done' || !job.result) {
      throw new DomainError(job.error?.code ?? 'NOT_FOUND', job.error?.message ?? 'Ce paquet a déjà été récupéré : relancez la génération pour en obtenir un autre.');
    }
    const result = job.result;
    const bytes = await readFile(result.path);
    if (sha256Hex(bytes) !== result.sha256) {
      throw new DomainError('INTERNAL', 'Le paquet a été modifié sur le disque depuis sa génération : relancez la génération.');
    }
    // Handed over once, then removed: an export of health data does not linger in the vault folder.
    rmSync(result.path, { force: true });
    job.result = null;
    const vault = ctx.session.vault();
    vault.transaction(() =>
      ctx.audit('report.auditPack', 'report', job.id, null, { period: job.period.spec, filename: result.filename, size: result.size, sha256: result.sha256 }),
    );
    return toFileOutput(packFileName(job.period), MIME.zip, bytes);
  },

  'report.verifyPack': async (input, ctx) => {
    const bytes = Buffer.from(input.base64, 'base64');
    const result = await verifyPack(bytes);
    if (!result.manifest) return result;
    const vault = vaultAnchor(ctx.session.vault().db, result.manifest.auditHead);
    const ok = result.ok && vault.matches === true;
    return { ...result, ok, message: result.ok && !ok ? `${result.message} Mais : ${vault.message}` : result.message, vault };
  },
};
