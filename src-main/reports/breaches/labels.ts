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

/** « 05/03/2026 à 14:30 » in Paris (same text as reports/format `formatParisDateTime`), or '' for no instant. */
export function paris(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return formatParisDateTime(iso);
  const part: Record<string, string> = {};
  for (const p of PARIS_PARTS.formatToParts(date)) part[p.type] = p.value;
  return `${part.day}/${part.month}/${part.year} à ${part.hour}:${part.minute}`;
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
