/**
 * The register's toolbar (filters, sort, page) turned into the `processing.list` input (GDPR Art. 30),
 * and kept in the URL (`#/registre?aipd=pending`) so that a dashboard figure, a bookmark or a reload
 * opens exactly the same fiches (Art. 5(2)). Defaults are left out of the URL.
 */
import { PROCESSING_ROLES, type ProcessingRoleId } from '../../../src-main/core/ropa-vocabulary';
import type { Input } from '../../../src-main/shared/contract';
import { PROCESSING_SORTS, PROCESSING_STATUSES, ProcessingListInput, type ProcessingStatus } from '../../../src-main/shared/schemas/processing';
import type { SortState } from '../processors/common/sort-state';
import { flagParam, idParam, inputRecord, listParam, oneOf, pageParam, withQuery } from '../requests/list-url-params';

export type ProcessingSort = (typeof PROCESSING_SORTS)[number];
/**
 * Outcomes of the latest DPIA screening (Art. 35), plus `pending`: required and not carried out yet
 * (the service's `dpiaPending`, the dashboard's « AIPD à réaliser »).
 */
export const DPIA_FILTERS = ['pending', 'required', 'recommended', 'not_required', 'unscreened'] as const;
export type DpiaFilter = (typeof DPIA_FILTERS)[number];

export interface RopaFilters {
  search: string;
  roles: ProcessingRoleId[];
  status: ProcessingStatus | null;
  dpia: DpiaFilter | null;
  incompleteOnly: boolean;
  processorId: string | null;
}

export const EMPTY_ROPA_FILTERS: RopaFilters = { search: '', roles: [], status: null, dpia: null, incompleteOnly: false, processorId: null };
export const DEFAULT_ROPA_SORT: SortState<ProcessingSort> = { sort: 'reference', direction: 'asc' };
export const ROPA_DESC_FIRST: readonly ProcessingSort[] = ['updatedAt'];
export const ROPA_PAGE_SIZE = 100;

export function ropaListInput(filters: RopaFilters, sort: SortState<ProcessingSort>, page: number): Input<'processing.list'> {
  const search = filters.search.trim();
  return {
    ...(search ? { search } : {}),
    roles: filters.roles,
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.dpia === 'pending' ? { dpiaPending: true } : filters.dpia ? { dpiaOutcome: filters.dpia } : {}),
    incompleteOnly: filters.incompleteOnly,
    ...(filters.processorId ? { processorId: filters.processorId } : {}),
    sort: sort.sort,
    direction: sort.direction,
    offset: Math.max(0, page - 1) * ROPA_PAGE_SIZE,
    limit: ROPA_PAGE_SIZE,
  };
}

export function activeRopaFilters(f: RopaFilters): number {
  return [f.search.trim() !== '', f.roles.length > 0, f.status !== null, f.dpia !== null, f.incompleteOnly, f.processorId !== null].filter(Boolean).length;
}

/** Everything the register page shows, as read from its URL. */
export interface RopaListState {
  filters: RopaFilters;
  sort: SortState<ProcessingSort>;
  /** 1-based. */
  page: number;
}

export const ROPA_LIST_PATH = '/registre';

/** URL parameter names, in French like the paths. */
export const ROPA_PARAM = {
  search: 'q',
  roles: 'role',
  status: 'statut',
  dpia: 'aipd',
  incompleteOnly: 'incomplet',
  processorId: 'sous-traitant',
  sort: 'tri',
  direction: 'ordre',
  page: 'page',
} as const;

const ROLE_IDS: readonly ProcessingRoleId[] = PROCESSING_ROLES.map((r) => r.id);

export function parseRopaUrl(params: URLSearchParams): RopaListState {
  const P = ROPA_PARAM;
  return {
    filters: {
      search: params.get(P.search) ?? '',
      roles: listParam(params, P.roles, ROLE_IDS) ?? [],
      status: oneOf(params.get(P.status), PROCESSING_STATUSES),
      dpia: oneOf(params.get(P.dpia), DPIA_FILTERS),
      incompleteOnly: flagParam(params, P.incompleteOnly),
      processorId: idParam(params, P.processorId),
    },
    sort: { sort: oneOf(params.get(P.sort), PROCESSING_SORTS) ?? DEFAULT_ROPA_SORT.sort, direction: params.get(P.direction) === 'desc' ? 'desc' : 'asc' },
    page: pageParam(params, P.page),
  };
}

export function ropaParams({ filters, sort, page }: RopaListState): URLSearchParams {
  const P = ROPA_PARAM;
  const params = new URLSearchParams();
  if (filters.search !== '') params.set(P.search, filters.search);
  if (filters.roles.length > 0) params.set(P.roles, filters.roles.join(','));
  if (filters.status) params.set(P.status, filters.status);
  if (filters.dpia) params.set(P.dpia, filters.dpia);
  if (filters.incompleteOnly) params.set(P.incompleteOnly, '1');
  if (filters.processorId) params.set(P.processorId, filters.processorId);
  if (sort.sort !== DEFAULT_ROPA_SORT.sort) params.set(P.sort, sort.sort);
  if (sort.direction !== 'asc') params.set(P.direction, sort.direction);
  if (page > 1) params.set(P.page, String(page));
  return params;
}

/** The query string of a list state (without `?`); '' for the whole register. */
export function ropaUrl(state: RopaListState): string {
  return ropaParams(state).toString();
}

/**
 * The Registre URL showing the rows of a `processing.list` input (as the dashboard gives it:
 * `dpiaPending`, `dpiaOutcome`, `incompleteOnly`). Read with the contract's schema; an input it
 * refuses opens the whole register. `dpiaPending: false` has no place in the toolbar and is dropped.
 */
export function ropaListHref(input: unknown): string {
  const parsed = ProcessingListInput.safeParse(inputRecord(input));
  if (!parsed.success) return ROPA_LIST_PATH;
  const q = parsed.data;
  const state: RopaListState = {
    filters: {
      search: q.search ?? '',
      roles: q.roles,
      status: q.status ?? null,
      dpia: q.dpiaPending === true ? 'pending' : (q.dpiaOutcome ?? null),
      incompleteOnly: q.incompleteOnly,
      processorId: q.processorId ?? null,
    },
    sort: { sort: q.sort, direction: q.direction },
    page: 1,
  };
  return withQuery(ROPA_LIST_PATH, ropaParams(state));
}
