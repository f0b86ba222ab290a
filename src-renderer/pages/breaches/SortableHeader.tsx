/**
 * A column header that sorts the table: a real button (keyboard and screen reader), and
 * `aria-sort` on the header cell. Shared by the Violations and Demandes tables.
 */
import { Table, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/I18nProvider';
import type { SortDirection } from './breach-list-query';

interface Props<S extends string> {
  column: S;
  sort: S;
  direction: SortDirection;
  onSort: (column: S) => void;
  children: ReactNode;
  /** Rendered as a plain <th> (virtualised table) instead of Mantine's Table.Th. */
  plain?: boolean;
  className?: string;
}

export function SortableHeader<S extends string>({ column, sort, direction, onSort, children, plain = false, className }: Props<S>) {
  const t = useT();
  const active = sort === column;
  const ariaSort = active ? (direction === 'asc' ? 'ascending' : 'descending') : 'none';
  const button = (
    <UnstyledButton className="sort-button" onClick={() => onSort(column)} title={t('breaches.sortHint')}>
      <span>{children}</span>
      <span aria-hidden="true" className="sort-arrow">
        {active ? (direction === 'asc' ? '▲' : '▼') : '↕'}
      </span>
    </UnstyledButton>
  );
  if (plain) {
    return (
      <th scope="col" aria-sort={ariaSort} className={className}>
        {button}
      </th>
    );
  }
  return (
    <Table.Th scope="col" aria-sort={ariaSort} className={className}>
      {button}
    </Table.Th>
  );
}
