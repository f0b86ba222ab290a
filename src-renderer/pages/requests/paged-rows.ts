/**
 * Which server pages a virtualised table needs for the rows on screen. The table's height stands
 * for every row (the total comes with each page); only the pages under the visible rows are
 * fetched, so scrolling to row 80 000 fetches one page, not 800.
 */

/** Rows fetched per call (the contract allows up to 500). */
export const REQUEST_PAGE_SIZE = 100;

/**
 * Page indexes covering rows `start` to `end` (inclusive), clamped to `total` when known; the first
 * page is always included (it carries the total while nothing is known yet).
 */
export function pagesForRange(start: number, end: number, pageSize: number, total: number | null): number[] {
  const last = total === null ? end : Math.min(end, Math.max(total - 1, 0));
  const first = Math.max(0, Math.min(start, last));
  const pages = new Set<number>([0]);
  for (let p = Math.floor(first / pageSize); p <= Math.floor(last / pageSize); p++) pages.add(p);
  return [...pages].sort((a, b) => a - b);
}

/** Where row `index` lives: its page and its position in the page. */
export function locateRow(index: number, pageSize: number): { page: number; offset: number } {
  return { page: Math.floor(index / pageSize), offset: index % pageSize };
}
