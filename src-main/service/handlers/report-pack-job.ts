/**
 * The audit pack's generation, run inside its worker thread (report-pack-worker.ts) on a consistent
 * read-only view of the vault (report-snapshot.ts): every figure, register row and dossier comes from
 * the same state, the one the audit-log head in the manifest names (Art. 5(2)).
 *
 * The ZIP is streamed into a temporary file renamed into place at the end (reports/file-output.ts
 * `writeFileAtomic`): a failure or a stop leaves no file behind. The work yields to its event loop every
 * few hundred rows (exceljs batches, dossier by dossier), so a stop from the service is heard at once.
 */
import { createHash } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { DomainError } from '../../shared/errors';
import type { Role } from '../../shared/roles';
import { PACK_FORMAT, type PackManifest, type PackPeriod } from '../../shared/schemas/pack';
import { breachDossierPdf } from '../../reports/breaches/dossier-pdf';
import { MIME, writeFileAtomic } from '../../reports/file-output';
import { PackZip } from '../../reports/pack/zip-writer';
import { appVersion } from '../../store/app-version';
import { readOrganisation } from '../../store/repos/organisation';
import { userVersion, type Db } from '../../store/sqlite';
import { DOSSIER_UNITS, FIXED_UNITS, pause, readBreachScope, registerUnits, type DossierJob, type Frame } from './report-pack-frame';
import { writeRegisters } from './report-pack-registers';
import { boundsOf, generationDay } from './report-pack-scope';
import type { JobControl } from './report-pack-sources';
import type { ReadSnapshot } from './report-snapshot';

/** What the generation reports as it goes, and how it is told to stop. */
export interface PackWork {
  readonly period: PackPeriod;
  /** Aborted when the user cancels or the vault is locked; its reason is the CANCELLED error to throw. */
  readonly signal: AbortSignal;
  progress: number;
  step: string;
}

export interface PackRun {
  job: PackWork;
  /** The consistent read-only view of the vault, closed when the job ends. */
  snapshot: ReadSnapshot;
  /** The instant of the request: printed on every document and in the manifest. */
  generatedAt: Date;
  generatedBy: string;
  role: Role;
  /** Where the finished ZIP is written (atomically). */
  target: string;
}

function controlOf(job: PackWork, totalUnits: () => number): JobControl & { done: number } {
  const control = {
    done: 0,
    check(): void {
      if (!job.signal.aborted) return;
      const reason: unknown = job.signal.reason;
      throw reason instanceof DomainError ? reason : new DomainError('CANCELLED', 'Génération du paquet d’audit annulée : aucun fichier n’a été écrit.');
    },
    advance(units: number, label: string): void {
      control.done += units;
      // 3 % for the snapshot, taken before the job starts; 100 % only once the file is in place.
      job.progress = Math.max(job.progress, Math.min(99, 3 + (96 * control.done) / Math.max(1, totalUnits())));
      job.step = label;
    },
  };
  return control;
}

/** Each dossier rendered from its frozen copy (Art. 33(3), 33(5)), one at a time, yielding in between. */
async function writeDossiers(f: Frame, zip: PackZip, dossiers: readonly DossierJob[]): Promise<void> {
  let i = 0;
  for (const d of dossiers) {
    f.control.check();
    const pdf = await breachDossierPdf({ content: d.content, organisation: f.organisation, auditHead: f.head, generatedAt: f.generatedAt, frozen: d.frozen });
    zip.addBuffer(d.name, MIME.pdf, d.description, pdf);
    i++;
    f.control.advance(DOSSIER_UNITS, `Dossiers de notification à la CNIL : ${i} / ${dossiers.length}`);
    await pause();
  }
}

/** Writes the pack to `run.target`; its size and SHA-256 as written. */
export async function generatePack(run: PackRun): Promise<{ size: number; sha256: string }> {
  const { job } = run;
  const db: Db = run.snapshot.db;
  let total = 0;
  const control = controlOf(job, () => total);
  control.check();
  job.step = 'Lecture du coffre';
  const organisation = readOrganisation(db);
  if (!organisation) throw new DomainError('NOT_FOUND', 'Renseignez d’abord l’organisme (écran « Organisme ») : il figure sur chaque document du paquet.');
  const frame: Frame = {
    run,
    db,
    bounds: boundsOf(job.period),
    now: run.generatedAt,
    generatedAt: run.generatedAt.toISOString(),
    today: generationDay(run.generatedAt),
    organisation,
    head: run.snapshot.head,
    control,
    addUnits: (units) => (total += units),
  };

  await writeFileAtomic(run.target, async (out) => {
    const zip = new PackZip(out, frame.generatedAt);
    try {
      // Dossiers first, while little is in memory; the registers' data is read afterwards.
      const scope = await readBreachScope(frame);
      frame.addUnits(FIXED_UNITS.figures + FIXED_UNITS.summary + scope.dossiers.length * DOSSIER_UNITS + registerUnits(frame, scope));
      await writeDossiers(frame, zip, scope.dossiers);
      await writeRegisters(frame, zip, scope);
      control.check();
      job.step = 'Manifeste et empreintes';
      const manifest: Omit<PackManifest, 'files'> = {
        format: PACK_FORMAT,
        formatVersion: 1,
        organisation: { name: organisation.name, siren: organisation.siren },
        period: { spec: job.period.spec, kind: job.period.kind, from: job.period.from, to: job.period.to, label: job.period.label },
        generatedAt: frame.generatedAt,
        generatedBy: run.generatedBy,
        application: { name: 'DPO Workbench', version: appVersion() },
        schemaVersion: userVersion(db),
        auditHead: frame.head,
      };
      await zip.finish(manifest);
    } catch (error) {
      zip.abort();
      throw error;
    }
  });
  // The ZIP as written: its size and hash, re-read once from disk (what the user will receive).
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(run.target)) hash.update(chunk as Buffer);
  return { size: statSync(run.target).size, sha256: hash.digest('hex') };
}
