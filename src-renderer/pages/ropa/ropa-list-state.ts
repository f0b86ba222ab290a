/** The register's toolbar (filters, sort, page) turned into the `processing.list` input (GDPR Art. 30). */
import type { ProcessingRoleId } from '../../../src-main/core/ropa-vocabulary';
import type { Input } from '../../../src-main/shared/contract';
import type { PROCESSING_SORTS, ProcessingStatus } from '../../../src-main/shared/schemas/processing';
import type { SortState } from '../processors/common/sort-state';

export type ProcessingSort = (typeof PROCESSING_SORTS)[number];
export const DPIA_FILTERS = ['required', 'recommended', 'not_required', 'unscreened'] as const;
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
    ...(filters.dpia ? { dpiaOutcome: filters.dpia } : {}),
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
