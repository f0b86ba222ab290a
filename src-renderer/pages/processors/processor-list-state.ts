/** The processor list's toolbar (filters, sort, page) turned into the `processor.list` input. */
import type { Input } from '../../../src-main/shared/contract';
import type { PROCESSOR_SORTS } from '../../../src-main/shared/schemas/processor';
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
