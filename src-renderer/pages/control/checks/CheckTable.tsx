/** Permanent controls, sortable: frequency, owner, last execution, next due date and state. */
import { Anchor, Button, Table } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Check } from '../../../../src-main/shared/schemas/control';
import { useLang, useT } from '../../../i18n/I18nProvider';
import { formatDay } from '../common/calendar-day';
import { Chip } from '../common/Chip';
import { useLabel } from '../common/labels';
import { SortHeader } from '../common/SortHeader';
import { sortRows, toggleSort, type SortState } from '../common/sort-state';
import { checkPath } from '../sections';
import { CheckStateChip } from './CheckStateChip';

type Column = 'title' | 'frequency' | 'owner' | 'lastDone' | 'nextDue' | 'state';
const STATE_ORDER = { overdue: 0, due_today: 1, never_done: 2, upcoming: 3 } as const;

function sortKey(check: Check, column: Column): string | number | null {
  switch (column) {
    case 'title':
      return check.title;
    case 'frequency':
      return check.frequency;
    case 'owner':
      return check.owner;
    case 'lastDone':
      return check.lastDone;
    case 'nextDue':
      return check.nextDue;
    case 'state':
      return check.active ? STATE_ORDER[check.state] * 10_000 - check.daysOverdue : 99_999;
  }
}

export function CheckTable({ rows, canRecord, onRecord }: { rows: readonly Check[]; canRecord: boolean; onRecord: (check: Check) => void }) {
  const t = useT();
  const [lang] = useLang();
  const label = useLabel();
  const [sort, setSort] = useState<SortState<Column>>({ sort: 'state', direction: 'asc' });
  const onSort = (c: Column) => setSort((s) => toggleSort(s, c));
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped highlightOnHover captionSide="top">
        <Table.Caption>{t('control.checks.caption', { n: rows.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <SortHeader column="title" state={sort} onSort={onSort}>
              {t('control.check.title')}
            </SortHeader>
            <SortHeader column="frequency" state={sort} onSort={onSort}>
              {t('control.check.frequency')}
            </SortHeader>
            <SortHeader column="owner" state={sort} onSort={onSort}>
              {t('control.check.owner')}
            </SortHeader>
            <SortHeader column="lastDone" state={sort} onSort={onSort}>
              {t('control.check.lastDone')}
            </SortHeader>
            <SortHeader column="nextDue" state={sort} onSort={onSort}>
              {t('control.check.nextDue')}
            </SortHeader>
            <SortHeader column="state" state={sort} onSort={onSort}>
              {t('control.check.state')}
            </SortHeader>
            {canRecord && <Table.Th scope="col">{t('control.common.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sortRows(rows, sort, sortKey).map((check) => (
            <Table.Tr key={check.id}>
              <Table.Td>
                <Anchor component={Link} to={checkPath(check.id)}>
                  {check.title}
                </Anchor>
              </Table.Td>
              <Table.Td>{label(check.frequencyLabel)}</Table.Td>
              <Table.Td>{check.owner}</Table.Td>
              <Table.Td>
                {check.lastDone ? formatDay(check.lastDone, lang) : t('control.check.neverDone')}
                {check.lastResult && (
                  <>
                    {' '}
                    <Chip tone={check.lastResult === 'ok' ? 'good' : 'bad'}>{t(`control.result.${check.lastResult}`)}</Chip>
                  </>
                )}
              </Table.Td>
              <Table.Td>{check.nextDue ? formatDay(check.nextDue, lang) : '—'}</Table.Td>
              <Table.Td>
                <CheckStateChip check={check} />
              </Table.Td>
              {canRecord && (
                <Table.Td>
                  {check.active && (
                    <Button size="compact-xs" variant="default" onClick={() => onRecord(check)} aria-label={t('control.record.label', { title: check.title })}>
                      {t('control.record.button')}
                    </Button>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
