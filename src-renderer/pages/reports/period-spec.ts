/**
 * The period of an audit pack as the page's controls hold it, turned into the spec the service
 * reads (« 2026-Q3 », « 2026 », « 2026-01-01..2026-06-30 ») and checked with the service's own
 * parser (schemas/pack.ts), so the page and the service never disagree on what a period is.
 */
import { parsePackPeriod, type PackPeriod } from '../../../src-main/shared/schemas/pack';

export const PERIOD_KINDS = ['quarter', 'year', 'custom'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface PeriodChoice {
  kind: PeriodKind;
  year: number;
  quarter: 1 | 2 | 3 | 4;
  /** Custom period, `YYYY-MM-DD` or ''. */
  from: string;
  to: string;
}

export function periodSpec(choice: PeriodChoice): string {
  switch (choice.kind) {
    case 'quarter':
      return `${choice.year}-Q${choice.quarter}`;
    case 'year':
      return String(choice.year);
    case 'custom':
      return `${choice.from}..${choice.to}`;
  }
}

/** The period named by the choice, or the service's sentence saying what to fix. */
export function resolvePeriod(choice: PeriodChoice): PackPeriod | { error: string } {
  return parsePackPeriod(periodSpec(choice));
}

/**
 * The default: the last full quarter before `today` (a quarterly pack is made once the quarter is
 * over), the custom dates prefilled with that quarter.
 */
export function defaultChoice(today: string): PeriodChoice {
  const year = Number(today.slice(0, 4));
  const currentQuarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  const previous = currentQuarter === 1 ? { year: year - 1, quarter: 4 as const } : { year, quarter: (currentQuarter - 1) as 1 | 2 | 3 };
  const resolved = parsePackPeriod(`${previous.year}-Q${previous.quarter}`);
  const from = 'error' in resolved ? '' : resolved.from;
  const to = 'error' in resolved ? '' : resolved.to;
  return { kind: 'quarter', year: previous.year, quarter: previous.quarter, from, to };
}

/** Years offered in the pickers: this year and the five before it. */
export function yearChoices(today: string): number[] {
  const year = Number(today.slice(0, 4));
  return Array.from({ length: 6 }, (_, i) => year - i);
}
