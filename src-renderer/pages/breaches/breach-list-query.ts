/**
 * The list's filters as the user sets them, turned into `breach.list` input. Status, period
 * (discovery day, Europe/Paris), severity band, « notified or not », linked processing or processor,
 * search and sort are the service's, so the total is the number of matching breaches. Only « not
 * assessed yet » has no contract filter: it is applied here to the rows loaded (at most 500 per
 * page: breaches are tens a year, not thousands). The URL form is breach-list-url.ts.
 */
import type { Input } from '../../../src-main/shared/contract';
import {
  BREACH_LIST_FILTERS,
  BREACH_SORTS,
  type BreachListRow,
} from '../../../src-main/shared/schemas/breach';
import type { BreachStatus } from '../../../src-main/core/breach-workflow';
import type { SeverityBand } from '../../../src-main/core/breach-risk';

export type BreachQuickFilter = (typeof BREACH_LIST_FILTERS)[number];
export type BreachSort = (typeof BREACH_SORTS)[number];
export type SortDirection = 'asc' | 'desc';
export const NOTIFIED_FILTERS = ['all', 'yes', 'no'] as const;
export type NotifiedFilter = (typeof NOTIFIED_FILTERS)[number];

export const BREACH_PAGE_SIZE = 500;

export interface BreachFilterState {
  filter: BreachQuickFilter;
  statuses: BreachStatus[];
  /** Discovery period, `YYYY-MM-DD` or '' for open-ended. */
  from: string;
  to: string;
  /** ENISA band of the latest assessment; 'any', or 'none' for not assessed yet. */
  severity: SeverityBand | 'none' | 'any';
  notified: NotifiedFilter;
  search: string;
  sort: BreachSort;
  direction: SortDirection;
  /** 0-based. */
  page: number;
  /** Only breaches linked to this processing of the register / this processor. */
  processingId: string | null;
  processorId: string | null;
}

export const DEFAULT_BREACH_FILTERS: BreachFilterState = {
  filter: 'open',
  statuses: [],
  from: '',
  to: '',
  severity: 'any',
  notified: 'all',
  search: '',
  sort: 'dueAt',
  direction: 'asc',
  page: 0,
  processingId: null,
  processorId: null,
};

export function toBreachListInput(state: BreachFilterState): Input<'breach.list'> {
  const search = state.search.trim();
  return {
    filter: state.filter,
    statuses: state.statuses,
    ...(state.from ? { discoveredFrom: state.from } : {}),
    ...(state.to ? { discoveredTo: state.to } : {}),
    ...(state.severity !== 'any' && state.severity !== 'none' ? { severities: [state.severity] } : {}),
    ...(state.notified !== 'all' ? { notified: state.notified === 'yes' } : {}),
    ...(search ? { search } : {}),
    ...(state.processingId ? { processingId: state.processingId } : {}),
    ...(state.processorId ? { processorId: state.processorId } : {}),
    sort: state.sort,
    direction: state.direction,
    offset: state.page * BREACH_PAGE_SIZE,
    limit: BREACH_PAGE_SIZE,
  };
}

/** Severity and notification filters, on the rows of the page loaded (a no-op but for « not assessed »). */
export function applyLocalFilters(rows: readonly BreachListRow[], state: Pick<BreachFilterState, 'severity' | 'notified'>): BreachListRow[] {
  return rows.filter((row) => {
    if (state.severity === 'none' && row.severity !== null) return false;
    if (state.severity !== 'any' && state.severity !== 'none' && row.severity !== state.severity) return false;
    if (state.notified === 'yes' && !row.notified) return false;
    if (state.notified === 'no' && row.notified) return false;
    return true;
  });
}

/** Clicking a column: sort by it ascending, or flip the direction if it is already the sort. */
export function nextSort<S extends string>(current: { sort: S; direction: SortDirection }, column: S): { sort: S; direction: SortDirection } {
  if (current.sort === column) return { sort: column, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { sort: column, direction: 'asc' };
}
