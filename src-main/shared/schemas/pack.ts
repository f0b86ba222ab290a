/**
 * The periodic audit pack (issue 7): one ZIP holding a summary PDF, one workbook with every register of
 * the period, the CNIL notification dossiers of the period and a manifest with the SHA-256 of each
 * file and the audit-log head at generation. GDPR Art. 5(2) (accountability), 30(4) (the register
 * « available to the supervisory authority on request »), 33(5) (breach documentation), 58(1)(a)
 * (the CNIL may order any information it needs).
 *
 * Periods are calendar days in Europe/Paris, both included: a quarter « 2026-Q3 », a year « 2026 »,
 * or custom dates « 2026-01-01..2026-06-30 ».
 */
import { z } from 'zod';
import { Id, Instant } from './common';

export interface PackPeriod {
  /** What the user typed, normalised: « 2026-Q3 », « 2026 » or « 2026-01-01..2026-06-30 ». */
  spec: string;
  kind: 'quarter' | 'year' | 'custom';
  /** First and last calendar day (YYYY-MM-DD), both included. */
  from: string;
  to: string;
  /** French label: « 3e trimestre 2026 », « année 2026 », « du 01/01/2026 au 30/06/2026 ». */
  label: string;
}

/** Longest custom period: five years keeps a pack readable and its generation bounded. */
export const MAX_PERIOD_YEARS = 5;

const pad = (n: number): string => String(n).padStart(2, '0');
const frDate = (d: string): string => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
const lastDay = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= lastDay(y, mo);
}

const ORDINAL = ['1er', '2e', '3e', '4e'] as const;

/** The period a spec names, or a French sentence saying how to write one. */
export function parsePackPeriod(input: string): PackPeriod | { error: string } {
  const spec = input.trim().toUpperCase().replace(/\s+/g, '');
  const quarter = /^(\d{4})-?[QT]([1-4])$/.exec(spec);
  const year = /^(\d{4})$/.exec(spec);
  const range = /^(\d{4}-\d{2}-\d{2})(?:\.\.|\/)(\d{4}-\d{2}-\d{2})$/.exec(spec);
  const yearOk = (y: number): boolean => y >= 2000 && y <= 2100;
  if (quarter) {
    const y = Number(quarter[1]);
    const q = Number(quarter[2]);
    if (!yearOk(y)) return { error: `Année ${y} hors de la plage acceptée (2000 à 2100).` };
    const first = (q - 1) * 3 + 1;
    return {
      spec: `${y}-Q${q}`,
      kind: 'quarter',
      from: `${y}-${pad(first)}-01`,
      to: `${y}-${pad(first + 2)}-${pad(lastDay(y, first + 2))}`,
      label: `${ORDINAL[q - 1] ?? `${q}e`} trimestre ${y}`,
    };
  }
  if (year) {
    const y = Number(year[1]);
    if (!yearOk(y)) return { error: `Année ${y} hors de la plage acceptée (2000 à 2100).` };
    return { spec: `${y}`, kind: 'year', from: `${y}-01-01`, to: `${y}-12-31`, label: `année ${y}` };
  }
  if (range) {
    const from = range[1] ?? '';
    const to = range[2] ?? '';
    if (!isCalendarDate(from) || !isCalendarDate(to)) return { error: `Date inexistante dans « ${input.trim()} » : vérifiez le jour et le mois (AAAA-MM-JJ).` };
    if (!yearOk(Number(from.slice(0, 4))) || !yearOk(Number(to.slice(0, 4)))) return { error: 'Les dates doivent être comprises entre 2000 et 2100.' };
    if (from > to) return { error: `La période commence le ${frDate(from)} et finit le ${frDate(to)} : inversez les deux dates.` };
    const limit = `${Number(from.slice(0, 4)) + MAX_PERIOD_YEARS}${from.slice(4)}`;
    if (to >= limit) return { error: `Période trop longue : ${MAX_PERIOD_YEARS} ans au plus. Découpez-la en plusieurs paquets.` };
    return { spec: `${from}..${to}`, kind: 'custom', from, to, label: `du ${frDate(from)} au ${frDate(to)}` };
  }
  return {
    error: `Période « ${input.trim().slice(0, 40)} » non reconnue : indiquez un trimestre (2026-Q3), une année (2026) ou deux dates (2026-01-01..2026-06-30).`,
  };
}

export const PackPeriodSchema = z
  .string({ message: 'Indiquez la période : un trimestre (2026-Q3), une année (2026) ou deux dates (2026-01-01..2026-06-30).' })
  .max(40, 'Période trop longue à écrire : un trimestre (2026-Q3), une année (2026) ou deux dates (2026-01-01..2026-06-30).')
  .transform((value, ctx): PackPeriod => {
    const parsed = parsePackPeriod(value);
    if ('error' in parsed) {
      ctx.addIssue({ code: 'custom', message: parsed.error });
      return z.NEVER;
    }
    return parsed;
  });

export const PackPeriodOut = z.object({
  spec: z.string(),
  kind: z.enum(['quarter', 'year', 'custom']),
  from: z.string(),
  to: z.string(),
  label: z.string(),
});

export const AuditPackStartInput = z.object({ period: PackPeriodSchema });
export const JobIdInput = z.object({ jobId: Id });

export const JOB_STATES = ['running', 'done', 'failed', 'cancelled'] as const;
export type JobState = (typeof JOB_STATES)[number];

export const JobStatus = z.object({
  jobId: z.string(),
  kind: z.literal('auditPack'),
  period: PackPeriodOut,
  state: z.enum(JOB_STATES),
  /** 0 to 100. */
  progress: z.number().int().min(0).max(100),
  /** What the job is doing, in French (« Registre des demandes : 42 000 / 100 000 lignes »). */
  step: z.string(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  /** Why it failed, or that it was cancelled. */
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  /** Once done: the ZIP waiting to be collected with `report.jobResult` (collected once). */
  result: z.object({ filename: z.string(), size: z.number().int(), sha256: z.string() }).nullable(),
});
export type JobStatus = z.infer<typeof JobStatus>;

// ---- Manifest --------------------------------------------------------------------------------

export const MANIFEST_NAME = 'manifest.json';
export const PACK_FORMAT = 'dpo-workbench/paquet-audit';

export const ManifestFile = z.object({
  name: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().min(0),
  mime: z.string(),
  description: z.string(),
});
export type ManifestFile = z.infer<typeof ManifestFile>;

/** manifest.json: what the pack holds, and what ties it to the vault it came from (Art. 5(2)). */
export const PackManifest = z.object({
  format: z.literal(PACK_FORMAT),
  formatVersion: z.literal(1),
  organisation: z.object({ name: z.string(), siren: z.string() }),
  period: PackPeriodOut,
  generatedAt: Instant,
  generatedBy: z.string(),
  application: z.object({ name: z.string(), version: z.string() }),
  schemaVersion: z.number().int(),
  auditHead: z.object({ seq: z.number().int(), hash: z.string() }),
  files: z.array(ManifestFile),
});
export type PackManifest = z.infer<typeof PackManifest>;

// ---- Verification ----------------------------------------------------------------------------

/** What the interface may send for verification (base64 of about 300 MB); larger packs: the CLI. */
export const MAX_PACK_BASE64 = 400_000_000;

export const VerifyPackInput = z.object({
  base64: z.string().min(1, 'Joignez le fichier ZIP du paquet d’audit.').max(MAX_PACK_BASE64, 'Fichier trop volumineux pour être vérifié par l’interface : utilisez « dpo verify-pack FICHIER ».'),
  filename: z.string().max(260).optional(),
});

export const FILE_CHECKS = ['ok', 'modified', 'missing', 'extra'] as const;
export type FileCheck = (typeof FILE_CHECKS)[number];

export const VerifiedFile = z.object({
  name: z.string(),
  status: z.enum(FILE_CHECKS),
  expectedSha256: z.string().nullable(),
  actualSha256: z.string().nullable(),
  expectedSize: z.number().int().nullable(),
  actualSize: z.number().int().nullable(),
});
export type VerifiedFile = z.infer<typeof VerifiedFile>;

export const VerifyPackResult = z.object({
  ok: z.boolean(),
  /** One French sentence: intact, or which files differ. */
  message: z.string(),
  /** One French sentence per problem, naming the file. */
  problems: z.array(z.string()),
  manifest: z
    .object({
      period: PackPeriodOut,
      generatedAt: z.string(),
      generatedBy: z.string(),
      applicationVersion: z.string(),
      schemaVersion: z.number().int(),
      auditHead: z.object({ seq: z.number().int(), hash: z.string() }),
      organisation: z.string(),
    })
    .nullable(),
  files: z.array(VerifiedFile),
  /** Whether the audit-log entry the manifest names is in this vault's log with the same hash. */
  vault: z.object({ checked: z.boolean(), matches: z.boolean().nullable(), message: z.string() }),
});
export type VerifyPackResult = z.infer<typeof VerifyPackResult>;
