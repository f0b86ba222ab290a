/** Actions: reference, title, origin, owner, priority, status, due date (late in red), evidence. */
import { Anchor, Table } from '@mantine/core';
import { Link } from 'react-router';
import type { Action } from '../../../../src-main/shared/schemas/control';
import { useLang, useT } from '../../../i18n/I18nProvider';
import { formatDay } from '../common/calendar-day';
import { Chip } from '../common/Chip';
import { useLabel } from '../common/labels';
import { SortHeader } from '../common/SortHeader';
import type { SortState } from '../common/sort-state';
import { ACTION_STATUS_TONE, PRIORITY_TONE } from '../common/tones';
import { actionPath } from '../sections';
import type { ActionSort } from './action-list-state';

interface Props {
  rows: readonly Action[];
  caption: string;
  /** Server-side sorting; the headers are plain when absent. */
  sort?: SortState<ActionSort>;
  onSort?: (column: ActionSort) => void;
}

export function ActionTable({ rows, caption, sort, onSort }: Props) {
  const t = useT();
  const [lang] = useLang();
  const label = useLabel();
  const header = (column: ActionSort | null, text: string) =>
    column && sort && onSort ? (
      <SortHeader column={column} state={sort} onSort={onSort}>
        {text}
      </SortHeader>
    ) : (
      <Table.Th scope="col">{text}</Table.Th>
    );
  return (
    <Table.ScrollContainer minWidth={920}>
      <Table striped highlightOnHover captionSide="top">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {header('reference', t('control.action.reference'))}
            {header(null, t('control.action.title'))}
            {header(null, t('control.action.source'))}
            {header(null, t('control.action.owner'))}
            {header('priority', t('control.action.priority'))}
            {header('status', t('control.action.status'))}
            {header('dueDate', t('control.action.dueDate'))}
            {header(null, t('control.action.evidence'))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td>
                <Anchor component={Link} to={actionPath(a.id)}>
                  {a.reference}
                </Anchor>
              </Table.Td>
              <Table.Td>{a.title}</Table.Td>
              <Table.Td>
                <span className="ctl-muted">{label(a.sourceLabel)}</span>
                {a.source.type === 'finding' && (
                  <>
                    <br />
                    {a.source.reference}
                  </>
                )}
              </Table.Td>
              <Table.Td>{a.owner}</Table.Td>
              <Table.Td>
                <Chip tone={PRIORITY_TONE[a.priority]}>{label(a.priorityLabel)}</Chip>
              </Table.Td>
              <Table.Td>
                <Chip tone={ACTION_STATUS_TONE[a.status]}>{label(a.statusLabel)}</Chip>
              </Table.Td>
              <Table.Td>
                {a.dueDate ? formatDay(a.dueDate, lang) : t('control.action.noDueDate')}
                {a.overdue && (
                  <>
                    {' '}
                    <Chip tone="bad">{t('control.action.overdueBy', { n: a.daysOverdue })}</Chip>
                  </>
                )}
              </Table.Td>
              <Table.Td>{a.evidenceCount}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
