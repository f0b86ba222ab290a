/** The breach list: one row per incident, sortable columns, the live 72-hour countdown. */
import { Badge, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { BreachListRow } from '../../../src-main/shared/schemas/breach';
import { formatDateTime } from '../../format/date-time';
import { useLang, useT } from '../../i18n/I18nProvider';
import type { BreachSort, SortDirection } from './breach-list-query';
import { ClockBadge } from './ClockBadge';
import { SeverityBadge } from './SeverityBadge';
import { SortableHeader } from './SortableHeader';
import { StatusBadge } from './StatusBadge';

interface Props {
  rows: readonly BreachListRow[];
  sort: BreachSort;
  direction: SortDirection;
  onSort: (column: BreachSort) => void;
}

export function BreachTable({ rows, sort, direction, onSort }: Props) {
  const t = useT();
  const [lang] = useLang();
  const header = (column: BreachSort, label: string, className?: string) => (
    <SortableHeader column={column} sort={sort} direction={direction} onSort={onSort} className={className}>
      {label}
    </SortableHeader>
  );
  return (
    <Table.ScrollContainer minWidth={1100}>
      <Table captionSide="top">
        <Table.Caption className="visually-hidden">{t('breaches.list.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {header('reference', t('breaches.col.reference'))}
            <Table.Th scope="col" className="col-title">{t('breaches.col.title')}</Table.Th>
            {header('status', t('breaches.col.status'), 'col-status')}
            {header('discoveredAt', t('breaches.col.discoveredAt'))}
            {header('dueAt', t('breaches.col.clock'))}
            {header('severity', t('breaches.col.severity'))}
            <Table.Th scope="col">{t('breaches.col.notified')}</Table.Th>
            {header('updatedAt', t('breaches.col.updatedAt'))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.id}>
              <Table.Td>
                <Link to={`/violations/${row.id}`} className="row-link">
                  {row.reference}
                </Link>
              </Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={2}>
                  {row.title}
                </Text>
                {row.specialCategories && (
                  <Badge color="red.9" variant="outline" size="xs" className="status-badge">
                    {t('breaches.flag.special')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <StatusBadge status={row.status} />
              </Table.Td>
              <Table.Td>{formatDateTime(row.discoveredAt, lang)}</Table.Td>
              <Table.Td>
                <ClockBadge clock={row.clock} notified={row.notified} />
              </Table.Td>
              <Table.Td>
                <SeverityBadge band={row.severity} />
              </Table.Td>
              <Table.Td>
                {row.notifiedAt ? t('breaches.list.notifiedOn', { date: formatDateTime(row.notifiedAt, lang) }) : t('breaches.list.notNotified')}
              </Table.Td>
              <Table.Td>{formatDateTime(row.updatedAt, lang)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
