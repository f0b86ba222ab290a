/** The executions of a permanent control, latest first, with the finding each anomaly opened. */
import { Anchor, Button, Table } from '@mantine/core';
import { Link } from 'react-router';
import type { CheckExecution } from '../../../../src-main/shared/schemas/control';
import { useLang, useT } from '../../../i18n/I18nProvider';
import { formatDay } from '../common/calendar-day';
import { Chip } from '../common/Chip';
import { useLabel } from '../common/labels';
import { findingPath } from '../sections';

interface Props {
  executions: readonly CheckExecution[];
  canOpenFinding: boolean;
  onOpenFinding: (execution: CheckExecution) => void;
}

export function ExecutionTable({ executions, canOpenFinding, onOpenFinding }: Props) {
  const t = useT();
  const [lang] = useLang();
  const label = useLabel();
  const rows = [...executions].sort((a, b) => b.performedOn.localeCompare(a.performedOn) || b.createdAt.localeCompare(a.createdAt));
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped captionSide="top">
        <Table.Caption>{t('control.executions.caption', { n: rows.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('control.record.performedOn')}</Table.Th>
            <Table.Th scope="col">{t('control.record.result')}</Table.Th>
            <Table.Th scope="col">{t('control.record.comment')}</Table.Th>
            <Table.Th scope="col">{t('control.record.performedBy')}</Table.Th>
            <Table.Th scope="col">{t('control.executions.finding')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((e) => (
            <Table.Tr key={e.id}>
              <Table.Td>{formatDay(e.performedOn, lang)}</Table.Td>
              <Table.Td>
                <Chip tone={e.result === 'ok' ? 'good' : 'bad'}>{label(e.resultLabel)}</Chip>
              </Table.Td>
              <Table.Td className="ctl-pre">{e.comment}</Table.Td>
              <Table.Td>
                {e.performedBy}
                {e.recordedBy !== e.performedBy && <div className="ctl-muted">{t('control.executions.recordedBy', { name: e.recordedBy })}</div>}
              </Table.Td>
              <Table.Td>
                {e.findingId && e.findingReference ? (
                  <Anchor component={Link} to={findingPath(e.findingId)}>
                    {e.findingReference}
                  </Anchor>
                ) : e.result === 'ko' && canOpenFinding ? (
                  <Button size="compact-xs" variant="default" onClick={() => onOpenFinding(e)}>
                    {t('control.executions.openFinding')}
                  </Button>
                ) : (
                  '—'
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
