/** The register: one row per processing with its Art. 30 completeness, DPIA outcome, transfers and review date. */
import { Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { PROCESSING_ROLES } from '../../../src-main/core/ropa-vocabulary';
import { PROCESSING_STATUS_LABELS, type ProcessingRow } from '../../../src-main/shared/schemas/processing';
import { useLang, useT } from '../../i18n/I18nProvider';
import { formatDay } from '../processors/common/calendar-day';
import { CompletenessMeter } from '../processors/common/CompletenessMeter';
import { SortableTh } from '../processors/common/SortableTh';
import type { SortState } from '../processors/common/sort-state';
import { itemLabel } from '../processors/common/vocabulary';
import { DpiaChip } from './DpiaChip';
import type { ProcessingSort } from './ropa-list-state';

interface Props {
  rows: readonly ProcessingRow[];
  total: number;
  sort: SortState<ProcessingSort>;
  onSort: (column: ProcessingSort) => void;
}

export function RopaTable({ rows, total, sort, onSort }: Props) {
  const t = useT();
  const [lang] = useLang();
  const th = (column: ProcessingSort, label: string) => (
    <SortableTh column={column} state={sort} onSort={onSort}>
      {label}
    </SortableTh>
  );
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table captionSide="top" striped highlightOnHover verticalSpacing={6}>
        <Table.Caption>{t('ropa.list.caption', { count: total })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {th('reference', t('ropa.list.colReference'))}
            {th('name', t('ropa.list.colName'))}
            <Table.Th scope="col">{t('ropa.list.colRole')}</Table.Th>
            <Table.Th scope="col">{t('ropa.list.colStatus')}</Table.Th>
            {th('completeness', t('ropa.list.colCompleteness'))}
            <Table.Th scope="col">{t('ropa.list.colDpia')}</Table.Th>
            <Table.Th scope="col">{t('ropa.list.colTransfers')}</Table.Th>
            {th('reviewDate', t('ropa.list.colReview'))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td className="wb-nowrap">
                <code>{r.reference}</code>
              </Table.Td>
              <Table.Td>
                <Link to={`/registre/${r.id}`}>{r.name}</Link>
                {r.sensitive && <span className="wb-chip wb-chip-neutral wb-chip-after">{t('ropa.list.sensitive')}</span>}
                {r.purpose && (
                  <Text size="xs" c="dimmed">
                    {r.purpose}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{itemLabel(PROCESSING_ROLES, r.role, lang)}</Table.Td>
              <Table.Td>
                <span className={`wb-chip ${r.status === 'validated' ? 'wb-chip-ok' : 'wb-chip-neutral'}`}>{PROCESSING_STATUS_LABELS[r.status][lang]}</span>
              </Table.Td>
              <Table.Td>
                <CompletenessMeter percent={r.completeness} />
                {r.missingCount > 0 && (
                  <Text size="xs" c="dimmed">
                    {t('ropa.list.missing', { count: r.missingCount })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <DpiaChip outcome={r.dpiaOutcome} pending={r.dpiaPending} />
              </Table.Td>
              <Table.Td>
                {r.transferCount}
                {r.transferIssues > 0 && <span className="wb-chip wb-chip-high wb-chip-after">{t('ropa.list.transferIssues', { count: r.transferIssues })}</span>}
                <Text size="xs" c="dimmed">
                  {t('ropa.list.processors', { count: r.processorCount })}
                </Text>
              </Table.Td>
              <Table.Td className="wb-nowrap">
                {r.reviewDate ? formatDay(r.reviewDate, lang) : t('processors.common.none')}
                {r.reviewOverdue && (
                  <div>
                    <span className="wb-chip wb-chip-medium">{t('ropa.list.reviewOverdue')}</span>
                  </div>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
