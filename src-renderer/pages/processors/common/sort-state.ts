/** Sorting of a list by a column: the same column flips the direction, another starts at its natural direction. */
export type Direction = 'asc' | 'desc';

export interface SortState<S extends string> {
  sort: S;
  direction: Direction;
}

/**
 * `descFirst` lists columns whose natural order is descending (most alerts, latest change first):
 * a DPO clicking « Alertes » wants the worst first.
 */
export function toggleSort<S extends string>(state: SortState<S>, column: S, descFirst: readonly S[] = []): SortState<S> {
  if (state.sort === column) return { sort: column, direction: state.direction === 'asc' ? 'desc' : 'asc' };
  return { sort: column, direction: descFirst.includes(column) ? 'desc' : 'asc' };
}

export function ariaSort<S extends string>(state: SortState<S>, column: S): 'ascending' | 'descending' | 'none' {
  if (state.sort !== column) return 'none';
  return state.direction === 'asc' ? 'ascending' : 'descending';
}
