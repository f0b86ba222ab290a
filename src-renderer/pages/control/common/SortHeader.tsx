/** A column header that sorts the list: a real button inside the <th>, and `aria-sort` on the header. */
import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { ariaSort, type SortState } from './sort-state';

interface Props<S extends string> {
  column: S;
  state: SortState<S>;
  onSort: (column: S) => void;
  children: ReactNode;
}

export function SortHeader<S extends string>({ column, state, onSort, children }: Props<S>) {
  const sort = ariaSort(state, column);
  const arrow = sort === 'ascending' ? '▲' : sort === 'descending' ? '▼' : '↕';
  return (
    <Table.Th scope="col" aria-sort={sort}>
      <button type="button" className="ctl-sort-button" onClick={() => onSort(column)}>
        {children}
        <span className="ctl-sort-arrow" aria-hidden="true">
          {arrow}
        </span>
      </button>
    </Table.Th>
  );
}
