/**
 * Audit-pack figures (issue 7): a one-year pack over a vault holding 100 000 requests, 10 000
 * breaches, 2 000 processors and 5 000 processings — time and peak memory of the generation (targets:
 * under 30 s and under 400 MB; the RSS is the whole process's: the service's thread and the pack's
 * worker thread together), the longest pause of the service's event loop while it runs (other calls
 * keep working), and the ratio to the raw work: the same rows read from the same snapshot and streamed to
 * one XLSX, with nothing else (no labels, no views, no PDF, no ZIP).
 *
 * The data is built with the fastest honest path each module has: breaches through the breach
 * benchmark's own seeding (repository, records built by the service's rules — no batch method
 * exists), 100 more breaches notified through the service so that their dossiers render from real
 * frozen copies, processors and processings through processor.create / processing.create, requests
 * through request.importBatch with the demo generator. The time of each step is reported.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { ART28_CHECKLIST } from '../../src-main/core/art28';
import { writeFileAtomic } from '../../src-main/reports/file-output';
import { addTableSheet, writeWorkbook, XLSX_DEFLATE_LEVEL } from '../../src-main/reports/xlsx/workbook';
import { demoRequestItems, REQUEST_BATCH_SIZE } from '../../src-main/service/demo/request-demo';
import { createService } from '../../src-main/service/service';
import { DemoRandom } from '../../src-main/service/demo/random';
import type { Service } from '../../src-main/service/types';
import type { Result } from '../../src-main/shared/result';
import type { FileOutput } from '../../src-main/shared/schemas/common';
import type { JobStatus } from '../../src-main/shared/schemas/pack';
import { openReadSnapshot } from '../../src-main/service/handlers/report-snapshot';
import { Vault } from '../../src-main/store/vault';
import { CONTACT_LEAK, MISSENT_STATEMENT } from '../service/breach-data';
import { seededService } from './breaches.bench';
import type { Report } from './run';
import { mb, measure, ms } from './stats';

const REQUESTS = 100_000;
const PROCESSORS = 2_000;
const PROCESSINGS = 5_000;
const NOTIFIED = 100;
const PASS = 'phrase secrète du banc d’essai';
/** The pack is made on 15 January 2027 for the year 2026 (the seeding's clock). */
const GENERATION_CLOCK = (): Date => new Date('2027-01-15T10:00:00Z');
const YEAR = { from: '2026-01-01', to: '2026-12-31', fromUtc: '2025-12-31T23:00:00.000Z', toUtc: '2026-12-31T22:59:59.999Z' };

async function ok<T>(service: Service, method: string, input: unknown): Promise<T> {
  const r = (await service.call(method, input)) as Result<T>;
  if (!r.ok) throw new Error(`${method} : ${r.error.message} ${JSON.stringify(r.error.issues ?? []).slice(0, 300)}`);
  return r.value;
}

const COUNTRIES = ['FR', 'FR', 'FR', 'DE', 'IE', 'US', 'MA', 'GB', 'IN'] as const;
const checklist = Object.fromEntries(ART28_CHECKLIST.filter((i) => i.kind === 'mandatory').map((i, n) => [i.key, { status: n % 11 === 0 ? 'partial' : 'present', section: `art. ${n + 1}`, comment: '' }]));

async function seedProcessors(service: Service): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < PROCESSORS; i++) {
    const country = COUNTRIES[i % COUNTRIES.length] ?? 'FR';
    const p = await ok<{ id: string }>(service, 'processor.create', {
      name: `Prestataire ${String(i).padStart(4, '0')}`,
      country,
      service: 'Prestation de service informatique et de gestion',
      hostsHealthData: i % 5 === 0,
      certifications: i % 5 === 0 ? [{ kind: 'hds', label: 'HDS', validUntil: '2027-12-31' }] : [],
      hostingLocations: [{ country, description: 'Hébergement principal', mechanism: country === 'US' ? { kind: 'scc_2021_914', module: 2 } : null }],
      subProcessors: i % 3 === 0 ? [{ name: `Sous-traitant ultérieur ${i}`, country: 'FR', authorisation: { kind: 'specific' }, flowDown: i % 6 !== 0 }] : [],
    });
    if (i % 4 !== 0) await ok(service, 'processor.addContract', { processorId: p.id, contract: { title: 'Accord de sous-traitance', signedOn: '2024-06-01', durationMonths: 36, checklist } });
    ids.push(p.id);
  }
  return ids;
}

async function seedProcessings(service: Service, processorIds: string[]): Promise<void> {
  for (let i = 0; i < PROCESSINGS; i++) {
    const linked = [processorIds[i % PROCESSORS], processorIds[(i * 7 + 3) % PROCESSORS], processorIds[(i * 13 + 5) % PROCESSORS]].slice(0, 1 + (i % 3));
    const p = await ok<{ id: string }>(service, 'processing.create', {
      reference: `TRT-${String(i + 1).padStart(5, '0')}`,
      name: `Traitement n° ${i + 1} — gestion des dossiers adhérents`,
      description: 'Traitement généré pour le banc d’essai du paquet d’audit.',
      purposes: [{ label: 'Gestion des contrats et des prestations', legalBases: ['a6_1b_contract'] }],
      art9Conditions: i % 2 === 0 ? ['a9_2h_health_social_care'] : [],
      dataCategories: [
        { category: 'cnil_cat_etat_civil', description: 'Nom, prénom, adresse', retention: 'Durée du contrat + 5 ans', finalFate: 'destruction' },
        ...(i % 2 === 0 ? [{ category: 'cnil_sens_sante', description: 'Prestations', retention: '5 ans', finalFate: 'archiving_intermediate' }] : []),
      ],
      subjectCategories: [{ label: 'Adhérents', details: 'Et ayants droit' }],
      subjectVolume: 'Environ 10 000 personnes',
      dataOrigin: 'Adhérent',
      recipients: [{ type: 'cnil_dest_interne', details: 'Service gestion' }],
      securityMeasures: [{ type: 'cnil_sec_controle_acces_utilisateurs', details: 'Habilitations par profil' }],
      processorIds: linked,
      reviewDate: '2027-01-31',
    });
    if (i % 4 === 0) await ok(service, 'processing.screenDpia', { id: p.id, answers: { wp248: { wp248_c4_sensitive_or_highly_personal: true, wp248_c5_large_scale: true } } });
  }
}

/** 100 000 demo requests received in 2026 (the generator spreads them over 16 months: those before 2026 are skipped). */
async function seedRequests(service: Service): Promise<void> {
  const random = new DemoRandom(2026);
  const demoNow = new Date('2026-12-31T17:00:00Z');
  let kept = 0;
  let index = 0;
  while (kept < REQUESTS) {
    const items = demoRequestItems(random, demoNow, REQUEST_BATCH_SIZE, index).filter((it) => String(it.receivedAt) >= YEAR.fromUtc).slice(0, REQUESTS - kept);
    index += REQUEST_BATCH_SIZE;
    await ok(service, 'request.importBatch', { requests: items });
    kept += items.length;
  }
}

/** Breaches notified through the service: their dossiers render from real frozen copies. */
async function seedNotified(service: Service): Promise<void> {
  for (let i = 0; i < NOTIFIED; i++) {
    const day = new Date(Date.UTC(2026, 0, 3) + Math.floor((i / NOTIFIED) * 355) * 86_400_000);
    const at = (h: number) => new Date(day.getTime() + h * 3_600_000).toISOString();
    const b = await ok<{ id: string }>(service, 'breach.create', { title: `Relevés adressés au mauvais adhérent (lot ${i + 1})`, discoveredAt: at(0) });
    await ok(service, 'breach.update', { id: b.id, ...MISSENT_STATEMENT, timeline: { ...MISSENT_STATEMENT.timeline, occurredFrom: at(-4) } });
    await ok(service, 'breach.startAssessment', { id: b.id });
    await ok(service, 'breach.confirm', { id: b.id, awareAt: at(1) });
    await ok(service, 'breach.assess', { id: b.id, answers: CONTACT_LEAK });
    await ok(service, 'breach.decide', { id: b.id, kind: 'notify_authority', justification: '' });
    await ok(service, 'breach.notify', { id: b.id, kind: 'initial', at: at(20 + (i % 7) * 10), reference: `CNIL-2026-${String(i + 1).padStart(4, '0')}`, delayReasons: i % 7 >= 6 ? 'Analyse du sous-traitant d’éditique.' : undefined });
  }
}

/**
 * The raw work: the rows the pack reads, from the same kind of read snapshot (same page cache),
 * streamed to one XLSX as they come through the same writer as the pack (addTableSheet: shared
 * styles, deflate level XLSX_DEFLATE_LEVEL, back-pressure), so the ratio measures the pack's own work.
 */
async function rawWork(vaultDir: string, root: string): Promise<{ rows: number }> {
  const opened = await Vault.open(vaultDir, 'claire', PASS);
  let rows = 0;
  const snapshot = openReadSnapshot(opened.vault.paths.db, opened.vault.currentKey());
  try {
    const db = snapshot.db;
    const queries: [string, string, unknown[]][] = [
      ['breaches', 'SELECT * FROM breaches WHERE discovered_at BETWEEN ? AND ?', [YEAR.fromUtc, YEAR.toUtc]],
      ['assessments', 'SELECT a.* FROM breach_assessments a JOIN breaches b ON b.id = a.breach_id WHERE b.discovered_at BETWEEN ? AND ?', [YEAR.fromUtc, YEAR.toUtc]],
      ['notifications', 'SELECT * FROM breach_notifications WHERE notified_at BETWEEN ? AND ?', [YEAR.fromUtc, YEAR.toUtc]],
      ['requests', 'SELECT * FROM requests WHERE received_at BETWEEN ? AND ?', [YEAR.fromUtc, YEAR.toUtc]],
      ['processors', 'SELECT * FROM processors', []],
      ['contracts', 'SELECT * FROM processor_contracts', []],
      ['processings', 'SELECT * FROM processings', []],
      ['actions', 'SELECT * FROM actions', []],
      ['audit', 'SELECT * FROM audit_log WHERE at BETWEEN ? AND ?', [YEAR.fromUtc, YEAR.toUtc]],
    ];
    await writeFileAtomic(join(root, 'brut.xlsx'), (out) =>
      writeWorkbook(out, { generatedAt: GENERATION_CLOCK().toISOString() }, async (wb) => {
        for (const [name, sql, params] of queries) {
          const statement = db.prepare(sql);
          const columns = statement.columns().map((c) => ({ key: c.name, header: c.name, type: 'text' as const }));
          rows += await addTableSheet(wb, {
            name,
            columns,
            rows: (function* () {
              for (const r of statement.iterate(...params)) yield r as Record<string, string | number | null>;
            })(),
          });
        }
      }),
    );
  } finally {
    snapshot.close();
    opened.vault.close();
  }
  return { rows };
}

/** Builds the benchmark vault in `dir` (DPO « claire »), reporting the time of each step. */
export async function buildBenchVault(dir: string, report: Report): Promise<void> {
  const { service, seedMs } = await seededService(dir);
  report('données : 10 000 violations de 2026 (amorçage du banc des violations, dépôt)', ms(seedMs));
  let t0 = performance.now();
  await seedNotified(service);
  report(`données : ${NOTIFIED} violations notifiées par le service (dossiers rendus)`, ms(performance.now() - t0));
  t0 = performance.now();
  const processorIds = await seedProcessors(service);
  report(`données : ${PROCESSORS} sous-traitants (processor.create, 3 sur 4 avec contrat)`, ms(performance.now() - t0));
  t0 = performance.now();
  await seedProcessings(service, processorIds);
  report(`données : ${PROCESSINGS} traitements (processing.create, 1 sur 4 avec test d’AIPD)`, ms(performance.now() - t0));
  t0 = performance.now();
  await seedRequests(service);
  report(`données : ${REQUESTS} demandes reçues en 2026 (request.importBatch, lots de ${REQUEST_BATCH_SIZE})`, ms(performance.now() - t0));
  service.close();
}

interface ChildResult {
  ms: number;
  cpuMs: number;
  /** Peak resident memory of the whole child process (getrusage). */
  maxRssMb: number;
  /** Peak RSS sampled while the measured step ran, and the RSS just before it. */
  peakRssMb: number;
  beforeRssMb: number;
  detail: Record<string, number | string>;
}

/** The measured steps run in a fresh process each: its memory is the step's, not the seeding's. */
async function child(mode: 'pack' | 'raw' | 'dashboard', dir: string, root: string, packWorker?: string): Promise<ChildResult> {
  const before = process.memoryUsage().rss;
  const cpu0 = process.cpuUsage();
  const detail: Record<string, number | string> = {};
  let m: { ms: number; peakRss: number };
  if (mode === 'raw') {
    const r = await measure(() => rawWork(dir, root));
    detail.rows = r.value.rows;
    m = r;
  } else {
    const service = createService({ vaultDir: dir, now: GENERATION_CLOCK, ...(packWorker ? { packWorker } : {}) });
    await ok(service, 'session.unlock', { username: 'claire', passphrase: PASS });
    if (mode === 'dashboard') {
      m = await measure(() => ok(service, 'dashboard.get', {}));
    } else {
      const loop = monitorEventLoopDelay({ resolution: 10 });
      loop.enable();
      let statusCalls = 0;
      const generation = await measure(async () => {
        const { jobId } = await ok<{ jobId: string }>(service, 'report.auditPackStart', { period: '2026' });
        for (;;) {
          const s = await ok<JobStatus>(service, 'report.jobStatus', { jobId });
          statusCalls++;
          if (s.state !== 'running') return { jobId, status: s };
          await new Promise((r) => setTimeout(r, 100));
        }
      });
      loop.disable();
      const { jobId, status } = generation.value;
      if (status.state !== 'done') throw new Error(`paquet non produit : ${JSON.stringify(status.error)}`);
      detail.loopMaxMs = loop.max / 1e6;
      detail.loopP99Ms = loop.percentile(99) / 1e6;
      detail.statusCalls = statusCalls;
      detail.zipBytes = status.result?.size ?? 0;
      const delivery = await measure(async () => {
        const file = await ok<FileOutput>(service, 'report.jobResult', { jobId });
        await writeFileAtomic(join(root, 'paquet.zip'), Buffer.from(file.base64, 'base64'));
      });
      detail.deliveryMs = delivery.ms;
      detail.deliveryPeakMb = delivery.peakRss / 1e6;
      m = generation;
    }
    service.close();
  }
  const cpu = process.cpuUsage(cpu0);
  return {
    ms: m.ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    peakRssMb: m.peakRss / 1e6,
    beforeRssMb: before / 1e6,
    detail,
  };
}

function spawnChild(mode: string, dir: string, root: string, packWorker?: string): ChildResult {
  const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), 'enfant', mode, dir, root, ...(packWorker ? [packWorker] : [])], {
    encoding: 'utf8',
    env: { ...process.env, TZ: process.env.TZ ?? 'Europe/Paris' },
    maxBuffer: 16 * 1024 * 1024,
  });
  const line = r.stdout.trim().split('\n').at(-1) ?? '';
  if (r.status !== 0 || !line.startsWith('{')) throw new Error(`mesure « ${mode} » échouée : ${r.stderr.slice(-2000)}`);
  return JSON.parse(line) as ChildResult;
}

const mo = (v: number): string => `${v.toFixed(0)} Mo`;

/** Builds the desktop app (`electron-vite build`, no Electron binary needed) and returns its pack worker. */
function buildDesktopWorker(): string | null {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const r = spawnSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: root, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  const worker = join(root, 'out/main/pack-worker.js');
  return r.status === 0 && existsSync(worker) ? worker : null;
}

export async function run(report: Report): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'dpo-bench-pack-'));
  const dir = join(root, 'vault');
  try {
    const t0 = performance.now();
    await buildBenchVault(dir, report);
    report('données : durée totale de construction', ms(performance.now() - t0));

    const dash = spawnChild('dashboard', dir, root);
    report('dashboard.get sur ce coffre (processus neuf)', `${ms(dash.ms)} (CPU ${ms(dash.cpuMs)})`);

    const pack = spawnChild('pack', dir, root);
    report('paquet d’audit 2026 : génération (lancement → prêt)', `${ms(pack.ms)} (CPU ${ms(pack.cpuMs)})`);
    report('paquet d’audit : pic de mémoire (RSS, processus neuf)', `${mo(pack.peakRssMb)} (avant : ${mo(pack.beforeRssMb)} ; maximum du processus ${mo(pack.maxRssMb)})`);
    report(
      'paquet d’audit : plus longue pause de la boucle d’événements',
      `${ms(Number(pack.detail.loopMaxMs))} (p99 ${ms(Number(pack.detail.loopP99Ms))} ; ${pack.detail.statusCalls} appels report.jobStatus servis pendant la génération)`,
    );
    report('paquet d’audit : taille du ZIP', mb(Number(pack.detail.zipBytes)));

    // The desktop app runs the worker from its build (out/main/pack-worker.js, no tsx in the worker).
    const desktopWorker = buildDesktopWorker();
    const desktop = desktopWorker ? spawnChild('pack', dir, root, desktopWorker) : null;
    if (desktop) {
      report('paquet d’audit, fil de l’application de bureau (out/main/pack-worker.js) : génération', `${ms(desktop.ms)} (CPU ${ms(desktop.cpuMs)})`);
      report('paquet d’audit, fil de l’application de bureau : pic de mémoire (RSS)', `${mo(desktop.peakRssMb)} (avant : ${mo(desktop.beforeRssMb)})`);
    } else {
      report('paquet d’audit, fil de l’application de bureau', 'non mesuré : `electron-vite build` a échoué');
    }
    report('paquet d’audit : remise (report.jobResult en base64 + écriture)', `${ms(Number(pack.detail.deliveryMs))} (pic ${mo(Number(pack.detail.deliveryPeakMb))})`);

    const raw = spawnChild('raw', dir, root);
    report(`travail brut : mêmes lignes lues et écrites en XLSX (${raw.detail.rows} lignes, processus neuf)`, `${ms(raw.ms)} (CPU ${ms(raw.cpuMs)} ; pic ${mo(raw.peakRssMb)})`);
    report('travail brut : écriture XLSX', `même écrivain que le paquet (deflate niveau ${XLSX_DEFLATE_LEVEL}, styles partagés)`);
    report('rapport génération du paquet / travail brut (durée ; CPU ; pic RSS)', `${(pack.ms / raw.ms).toFixed(2)} ; ${(pack.cpuMs / raw.cpuMs).toFixed(2)} ; ${(pack.peakRssMb / raw.peakRssMb).toFixed(2)}`);
    const verdict = (r: ChildResult): string => `${r.ms < 30_000 ? 'durée atteinte' : 'durée NON atteinte'}, ${r.peakRssMb < 400 ? 'mémoire atteinte' : 'mémoire NON atteinte'}`;
    report('objectifs du ticket 7 : moins de 30 s et de 400 Mo', `sources (dpo, web) : ${verdict(pack)}${desktop ? ` ; application de bureau : ${verdict(desktop)}` : ''}`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

// `node --import tsx test/bench/pack.bench.ts enfant <mode> <vault> <dossier>`: one measured step, its result as JSON.
if (process.argv[2] === 'enfant' && process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [mode, dir, root, packWorker] = process.argv.slice(3);
  const result = await child(mode as 'pack' | 'raw' | 'dashboard', dir ?? '', root ?? '', packWorker);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
