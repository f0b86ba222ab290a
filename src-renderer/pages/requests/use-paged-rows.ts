/**
 * Server-side paging for the virtualised request table: one TanStack query per page under the
 * visible rows (cached, so scrolling back costs nothing), the total from whichever page answered.
 */
import { useQueries } from '@tanstack/react-query';
import type { RequestRow } from '../../../src-main/shared/schemas/request';
import { callMethod } from '../../api/call-method';
import { locateRow, pagesForRange, REQUEST_PAGE_SIZE } from './paged-rows';
import type { RequestListBase } from './request-list-query';

export interface PagedRows {
  total: number | null;
  today: string | null;
  rowAt: (index: number) => RequestRow | undefined;
  error: Error | null;
  fetching: boolean;
}

export function usePagedRows(base: RequestListBase, start: number, end: number, knownTotal: number | null): PagedRows {
  const pages = pagesForRange(start, end, REQUEST_PAGE_SIZE, knownTotal);
  const results = useQueries({
    queries: pages.map((page) => {
      const input = { ...base, offset: page * REQUEST_PAGE_SIZE, limit: REQUEST_PAGE_SIZE };
      return { queryKey: ['request.list', input], queryFn: () => callMethod('request.list', input), staleTime: 30_000 };
    }),
  });
  const byPage = new Map(pages.map((p, i) => [p, results[i]?.data]));
  const answered = results.find((r) => r.data !== undefined)?.data;
  return {
    total: answered?.total ?? null,
    today: answered?.today ?? null,
    rowAt: (index) => {
      const { page, offset } = locateRow(index, REQUEST_PAGE_SIZE);
      return byPage.get(page)?.rows[offset];
    },
    error: results.find((r) => r.error)?.error ?? null,
    fetching: results.some((r) => r.isFetching),
  };
}
