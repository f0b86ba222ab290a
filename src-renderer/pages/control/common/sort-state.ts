/** Sorting by a column: the same column flips the direction, another one starts ascending. */
export type Direction = 'asc' | 'desc';

export interface SortState<S extends string> {
  sort: S;
  direction: Direction;
}

export function toggleSort<S extends string>(state: SortState<S>, column: S): SortState<S> {
  if (state.sort === column) return { sort: column, direction: state.direction === 'asc' ? 'desc' : 'asc' };
  return { sort: column, direction: 'asc' };
}

export function ariaSort<S extends string>(state: SortState<S>, column: S): 'ascending' | 'descending' | 'none' {
  if (state.sort !== column) return 'none';
  return state.direction === 'asc' ? 'ascending' : 'descending';
}

/** Rows sorted in the browser (short lists: plan items, permanent controls); nulls last either way. */
export function sortRows<T, S extends string>(rows: readonly T[], state: SortState<S>, key: (row: T, column: S) => string | number | null): T[] {
  const factor = state.direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = key(a, state.sort);
    const y = key(b, state.sort);
    if (x === y) return 0;
    if (x === null) return 1;
    if (y === null) return -1;
    if (typeof x === 'number' && typeof y === 'number') return (x - y) * factor;
    return String(x).localeCompare(String(y), 'fr') * factor;
  });
}
