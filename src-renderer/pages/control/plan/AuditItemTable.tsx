/** The plan's audits as a sortable table, with the DPO's buttons (edit, record a finding, remove). */
import { Button, Group, Table } from '@mantine/core';
import { useState } from 'react';
import type { AuditItem } from '../../../../src-main/shared/schemas/control';
import { useLang, useT } from '../../../i18n/I18nProvider';
import { formatDay } from '../common/calendar-day';
import { Chip } from '../common/Chip';
import { useLabel } from '../common/labels';
import { SortHeader } from '../common/SortHeader';
import { sortRows, toggleSort, type SortState } from '../common/sort-state';
import { AUDIT_STATUS_TONE } from '../common/tones';

type Column = 'when' | 'title' | 'target' | 'auditor' | 'status' | 'findings';

interface Props {
  items: readonly AuditItem[];
  canEdit: boolean;
  onEdit: (item: AuditItem) => void;
  onFinding: (item: AuditItem) => void;
  onRemove: (item: AuditItem) => void;
}

function sortKey(item: AuditItem, column: Column): string | number | null {
  switch (column) {
    case 'when':
      return item.year * 10 + (item.quarter ?? 5);
    case 'title':
      return item.title;
    case 'target':
      return item.targetLabel;
    case 'auditor':
      return item.auditor;
    case 'status':
      return item.status;
    case 'findings':
      return item.findingCount;
  }
}

export function AuditItemTable({ items, canEdit, onEdit, onFinding, onRemove }: Props) {
  const t = useT();
  const [lang] = useLang();
  const label = useLabel();
  const [sort, setSort] = useState<SortState<Column>>({ sort: 'when', direction: 'asc' });
  const rows = sortRows(items, sort, sortKey);
  const onSort = (c: Column) => setSort((s) => toggleSort(s, c));
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped highlightOnHover captionSide="top">
        <Table.Caption>{t('control.items.caption', { n: items.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <SortHeader column="when" state={sort} onSort={onSort}>
              {t('control.items.when')}
            </SortHeader>
            <SortHeader column="title" state={sort} onSort={onSort}>
              {t('control.item.title')}
            </SortHeader>
            <SortHeader column="target" state={sort} onSort={onSort}>
              {t('control.items.target')}
            </SortHeader>
            <SortHeader column="auditor" state={sort} onSort={onSort}>
              {t('control.item.auditor')}
            </SortHeader>
            <SortHeader column="status" state={sort} onSort={onSort}>
              {t('control.item.status')}
            </SortHeader>
            <SortHeader column="findings" state={sort} onSort={onSort}>
              {t('control.items.findings')}
            </SortHeader>
            {canEdit && <Table.Th scope="col">{t('control.common.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td>{item.quarter === null ? String(item.year) : t('control.items.yearQuarter', { year: item.year, n: item.quarter })}</Table.Td>
              <Table.Td>
                {item.title}
                {item.conclusion && <div className="ctl-muted ctl-pre">{item.conclusion}</div>}
              </Table.Td>
              <Table.Td>
                <span className="ctl-muted">{t(`control.target.${item.target.kind}`)}</span>
                <br />
                {item.targetLabel}
              </Table.Td>
              <Table.Td>{item.auditor}</Table.Td>
              <Table.Td>
                <Chip tone={AUDIT_STATUS_TONE[item.status]}>{label(item.statusLabel)}</Chip>
                {item.completedOn && <div className="ctl-muted">{formatDay(item.completedOn, lang)}</div>}
              </Table.Td>
              <Table.Td>{item.findingCount}</Table.Td>
              {canEdit && (
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button size="compact-xs" variant="default" onClick={() => onEdit(item)} aria-label={t('control.items.editLabel', { title: item.title })}>
                      {t('control.common.edit')}
                    </Button>
                    <Button size="compact-xs" variant="default" onClick={() => onFinding(item)} aria-label={t('control.items.findingLabel', { title: item.title })}>
                      {t('control.items.finding')}
                    </Button>
                    {item.findingCount === 0 && (
                      <Button size="compact-xs" variant="outline" color="red.9" onClick={() => onRemove(item)} aria-label={t('control.items.removeLabel', { title: item.title })}>
                        {t('control.common.remove')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
