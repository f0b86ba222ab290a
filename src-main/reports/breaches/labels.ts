/**
 * How breach documents print the record: French labels of the notification form's lists, instants in
 * Europe/Paris, numbers with their precision (Art. 33(3)(a): « approximate number »), yes/no.
 */
import { formatDurationFr } from '../../core/breach-clock';
import type { Recommendation } from '../../core/breach-risk';
import type { NumberPrecision } from '../../core/breach-vocabulary';
import { formatParisDateTime } from '../format';

type LabelSet<K extends string> = Record<K, { fr: string }>;

/** The French label of one option; `none` when nothing is chosen. */
export function label<K extends string>(labels: LabelSet<K>, key: K | null | undefined, none = ''): string {
  return key ? labels[key].fr : none;
}

/** Labels of several options, « ; »-separated. */
export function labelList<K extends string>(labels: LabelSet<K>, keys: readonly K[]): string {
  return keys.map((k) => labels[k].fr).join(' ; ');
}

export function yesNo(value: boolean | null | undefined, none = ''): string {
  return value === null || value === undefined ? none : value ? 'Oui' : 'Non';
}

/** One formatter for every instant: building luxon zones per value costs ~0.1 ms, a register prints 50 000. */
const PARIS_PARTS = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const HOUR_MS = 3_600_000;
/** Since 1980 every Paris offset change falls on a whole UTC hour (01:00 UTC, Directive 2000/84/EC and before). */
const WHOLE_HOUR_CHANGES_FROM = Date.UTC(1980, 0, 1);
/** Paris offset (ms) of each UTC hour already met: one formatToParts per hour instead of one per instant. */
const offsetOfHour = new Map<number, number>();

function partsOf(date: Date): Record<string, string> {
  const part: Record<string, string> = {};
  for (const p of PARIS_PARTS.formatToParts(date)) part[p.type] = p.value;
  return part;
}

/** The Paris offset of the UTC hour starting at `hourStart`, read from the time-zone database (Intl). */
function parisOffset(hourStart: number): number {
  const cached = offsetOfHour.get(hourStart);
  if (cached !== undefined) return cached;
  const p = partsOf(new Date(hourStart));
  const offset = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute)) - hourStart;
  if (offsetOfHour.size >= 200_000) offsetOfHour.clear(); // ~23 years of hours: bounds a long session's memory
  offsetOfHour.set(hourStart, offset);
  return offset;
}

const two = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** « 05/03/2026 à 14:30 » in Paris (same text as reports/format `formatParisDateTime`), or '' for no instant. */
export function paris(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  const t = date.getTime();
  if (Number.isNaN(t)) return formatParisDateTime(iso);
  if (t < WHOLE_HOUR_CHANGES_FROM) {
    const part = partsOf(date);
    return `${part.day}/${part.month}/${part.year} à ${part.hour}:${part.minute}`;
  }
  const hourStart = t - (t % HOUR_MS);
  const local = new Date(t + parisOffset(hourStart));
  return `${two(local.getUTCDate())}/${two(local.getUTCMonth() + 1)}/${local.getUTCFullYear()} à ${two(local.getUTCHours())}:${two(local.getUTCMinutes())}`;
}

const NUMBER = new Intl.NumberFormat('fr-FR');
export const formatCount = (n: number): string => NUMBER.format(n);

/** « environ 1 200 », « 35 (exact) », « inconnu ». */
export function countWithPrecision(precision: NumberPrecision | null, count: number | null): string {
  if (precision === 'unknown') return 'Inconnu';
  if (count === null) return '';
  if (precision === 'approximate') return `Environ ${formatCount(count)}`;
  if (precision === 'exact') return `${formatCount(count)} (nombre exact)`;
  return formatCount(count);
}

/** Field 89 of the notification form: the outcome of the risk assessment. */
export const RISK_OUTCOME_LABELS: Record<Recommendation, string> = {
  none: 'Peu susceptible d’engendrer un risque pour les droits et libertés (art. 33(1))',
  risk: 'Risque pour les droits et libertés des personnes',
  high_risk: 'Risque élevé pour les droits et libertés des personnes (art. 34(1))',
};

/** « 2 j 5 h 30 min ». */
export const duration = (ms: number): string => formatDurationFr(ms);

/** Lines of free text, blank lines removed. */
export const lines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
