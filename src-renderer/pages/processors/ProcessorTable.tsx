/** The processor list: one row per processor with its Art. 28 completeness, alerts and transfers. */
import { Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { ProcessorRow } from '../../../src-main/shared/schemas/processor';
import { useLang, useT } from '../../i18n/I18nProvider';
import { AlertChips } from './AlertChips';
import { formatDay } from './common/calendar-day';
import { CompletenessMeter } from './common/CompletenessMeter';
import { SortableTh } from './common/SortableTh';
import type { SortState } from './common/sort-state';
import type { ProcessorSort } from './processor-list-state';

interface Props {
  rows: readonly ProcessorRow[];
  sort: SortState<ProcessorSort>;
  onSort: (column: ProcessorSort) => void;
  total: number;
}

export function ProcessorTable({ rows, sort, onSort, total }: Props) {
  const t = useT();
  const [lang] = useLang();
  const th = (column: ProcessorSort, label: string) => (
    <SortableTh column={column} state={sort} onSort={onSort}>
      {label}
    </SortableTh>
  );
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table captionSide="top" striped highlightOnHover verticalSpacing={6}>
        <Table.Caption>{t('processors.list.caption', { count: total })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {th('reference', t('processors.list.colReference'))}
            {th('name', t('processors.list.colName'))}
            <Table.Th scope="col">{t('processors.list.colCountry')}</Table.Th>
            <Table.Th scope="col">{t('processors.list.colContracts')}</Table.Th>
            {th('completeness', t('processors.list.colCompleteness'))}
            {th('alerts', t('processors.list.colAlerts'))}
            {th('nextReview', t('processors.list.colNextReview'))}
            <Table.Th scope="col">{t('processors.list.colTransfers')}</Table.Th>
            <Table.Th scope="col">{t('processors.list.colProcessings')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td className="wb-nowrap">
                <code>{r.reference}</code>
              </Table.Td>
              <Table.Td>
                <Link to={`/sous-traitants/${r.id}`}>{r.name}</Link>
                {r.hostsHealthData && (
                  <div>
                    <span className={`wb-chip ${r.hdsValid ? 'wb-chip-ok' : 'wb-chip-critical'}`}>
                      {r.hdsValid ? t('processors.list.hdsValid') : t('processors.list.hdsMissing')}
                    </span>
                  </div>
                )}
              </Table.Td>
              <Table.Td>{r.countryNameFr}</Table.Td>
              <Table.Td>
                {r.contractCount}
                <Text size="xs" c="dimmed">
                  {t('processors.list.documents', { count: r.documentsAttached })}
                </Text>
              </Table.Td>
              <Table.Td>
                {r.completeness === null ? (
                  <span className="wb-chip wb-chip-critical">{t('processors.list.noContract')}</span>
                ) : (
                  <CompletenessMeter percent={r.completeness} label={t('processors.list.completenessHint')} />
                )}
              </Table.Td>
              <Table.Td>
                <AlertChips counts={r.alerts} title={r.topAlert} />
              </Table.Td>
              <Table.Td className="wb-nowrap">
                {r.nextReview ? formatDay(r.nextReview, lang) : t('processors.common.none')}
                {r.alertCodes.includes('review_overdue') && (
                  <div>
                    <span className="wb-chip wb-chip-medium">{t('processors.list.reviewOverdue')}</span>
                  </div>
                )}
              </Table.Td>
              <Table.Td>{r.transfersOutsideEea}</Table.Td>
              <Table.Td>{r.processingCount}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
