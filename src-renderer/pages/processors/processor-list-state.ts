/**
 * The processor list's toolbar (filters, sort, page) turned into the `processor.list` input, and
 * kept in the URL (`#/sous-traitants?alertes=critical`) so that a dashboard figure, a bookmark or a
 * reload opens exactly the same processors (Art. 28, Art. 5(2)). Defaults are left out of the URL.
 */
import type { Input } from '../../../src-main/shared/contract';
import { PROCESSOR_SORTS, ProcessorListInput } from '../../../src-main/shared/schemas/processor';
import { flagParam, inputRecord, oneOf, pageParam, withQuery } from '../requests/list-url-params';
import type { SortState } from './common/sort-state';

export type ProcessorSort = (typeof PROCESSOR_SORTS)[number];
export const ALERT_FILTERS = ['any', 'critical', 'high', 'medium'] as const;
export type AlertFilter = (typeof ALERT_FILTERS)[number];

export interface ProcessorFilters {
  search: string;
  alerts: AlertFilter | null;
  outsideEea: boolean;
  healthData: boolean;
}

export const EMPTY_PROCESSOR_FILTERS: ProcessorFilters = { search: '', alerts: null, outsideEea: false, healthData: false };
export const DEFAULT_PROCESSOR_SORT: SortState<ProcessorSort> = { sort: 'name', direction: 'asc' };
/** Most alerts, lowest completeness… the worst first when the DPO sorts on them. */
export const PROCESSOR_DESC_FIRST: readonly ProcessorSort[] = ['alerts', 'updatedAt'];
export const PROCESSOR_PAGE_SIZE = 100;

export function processorListInput(filters: ProcessorFilters, sort: SortState<ProcessorSort>, page: number): Input<'processor.list'> {
  const search = filters.search.trim();
  return {
    ...(search ? { search } : {}),
    ...(filters.alerts ? { withAlerts: filters.alerts } : {}),
    ...(filters.outsideEea ? { outsideEea: true } : {}),
    ...(filters.healthData ? { hostsHealthData: true } : {}),
    sort: sort.sort,
    direction: sort.direction,
    offset: Math.max(0, page - 1) * PROCESSOR_PAGE_SIZE,
    limit: PROCESSOR_PAGE_SIZE,
  };
}

export function activeProcessorFilters(filters: ProcessorFilters): number {
  return [filters.search.trim() !== '', filters.alerts !== null, filters.outsideEea, filters.healthData].filter(Boolean).length;
}

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** Everything the list page shows, as read from its URL. */
export interface ProcessorListState {
  filters: ProcessorFilters;
  sort: SortState<ProcessorSort>;
  /** 1-based. */
  page: number;
}

export const PROCESSOR_LIST_PATH = '/sous-traitants';

/** URL parameter names, in French like the paths. */
export const PROCESSOR_PARAM = { search: 'q', alerts: 'alertes', outsideEea: 'hors-eee', healthData: 'sante', sort: 'tri', direction: 'ordre', page: 'page' } as const;

export function parseProcessorUrl(params: URLSearchParams): ProcessorListState {
  const P = PROCESSOR_PARAM;
  return {
    filters: {
      search: params.get(P.search) ?? '',
      alerts: oneOf(params.get(P.alerts), ALERT_FILTERS),
      outsideEea: flagParam(params, P.outsideEea),
      healthData: flagParam(params, P.healthData),
    },
    sort: { sort: oneOf(params.get(P.sort), PROCESSOR_SORTS) ?? DEFAULT_PROCESSOR_SORT.sort, direction: params.get(P.direction) === 'desc' ? 'desc' : 'asc' },
    page: pageParam(params, P.page),
  };
}

export function processorParams({ filters, sort, page }: ProcessorListState): URLSearchParams {
  const P = PROCESSOR_PARAM;
  const params = new URLSearchParams();
  if (filters.search !== '') params.set(P.search, filters.search);
  if (filters.alerts) params.set(P.alerts, filters.alerts);
  if (filters.outsideEea) params.set(P.outsideEea, '1');
  if (filters.healthData) params.set(P.healthData, '1');
  if (sort.sort !== DEFAULT_PROCESSOR_SORT.sort) params.set(P.sort, sort.sort);
  if (sort.direction !== 'asc') params.set(P.direction, sort.direction);
  if (page > 1) params.set(P.page, String(page));
  return params;
}

/** The query string of a list state (without `?`); '' for the default list. */
export function processorUrl(state: ProcessorListState): string {
  return processorParams(state).toString();
}

/**
 * The Sous-traitants URL showing the rows of a `processor.list` input (as the dashboard gives it:
 * `withAlerts`). Read with the contract's schema; an input it refuses opens the default list.
 */
export function processorListHref(input: unknown): string {
  const parsed = ProcessorListInput.safeParse(inputRecord(input));
  if (!parsed.success) return PROCESSOR_LIST_PATH;
  const q = parsed.data;
  const state: ProcessorListState = {
    filters: { search: q.search ?? '', alerts: q.withAlerts ?? null, outsideEea: q.outsideEea === true, healthData: q.hostsHealthData === true },
    sort: { sort: q.sort, direction: q.direction },
    page: 1,
  };
  return withQuery(PROCESSOR_LIST_PATH, processorParams(state));
}
