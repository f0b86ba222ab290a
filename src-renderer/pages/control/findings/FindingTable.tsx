/** Findings: reference, title, severity, day observed, where it was made, treatment and its actions. */
import { Anchor, Table } from '@mantine/core';
import { Link } from 'react-router';
import type { Finding } from '../../../../src-main/shared/schemas/control';
import { useLang, useT } from '../../../i18n/I18nProvider';
import { formatDay } from '../common/calendar-day';
import { Chip } from '../common/Chip';
import { useLabel } from '../common/labels';
import { FINDING_STATE_TONE, SEVERITY_TONE } from '../common/tones';
import { findingPath } from '../sections';

export function FindingTable({ rows, total }: { rows: readonly Finding[]; total: number }) {
  const t = useT();
  const [lang] = useLang();
  const label = useLabel();
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped highlightOnHover captionSide="top">
        <Table.Caption>{t('control.findings.caption', { shown: rows.length, total })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('control.finding.reference')}</Table.Th>
            <Table.Th scope="col">{t('control.finding.title')}</Table.Th>
            <Table.Th scope="col">{t('control.finding.severity')}</Table.Th>
            <Table.Th scope="col">{t('control.finding.observedOn')}</Table.Th>
            <Table.Th scope="col">{t('control.finding.source')}</Table.Th>
            <Table.Th scope="col">{t('control.finding.state')}</Table.Th>
            <Table.Th scope="col">{t('control.finding.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((f) => (
            <Table.Tr key={f.id}>
              <Table.Td>
                <Anchor component={Link} to={findingPath(f.id)}>
                  {f.reference}
                </Anchor>
              </Table.Td>
              <Table.Td>{f.title}</Table.Td>
              <Table.Td>
                <Chip tone={SEVERITY_TONE[f.severity]}>{label(f.severityLabel)}</Chip>
              </Table.Td>
              <Table.Td>{formatDay(f.observedOn, lang)}</Table.Td>
              <Table.Td>
                <span className="ctl-muted">{t(`control.findingSource.${f.source.type}`)}</span>
                <br />
                {f.source.label}
              </Table.Td>
              <Table.Td>
                <Chip tone={FINDING_STATE_TONE[f.state]}>{label(f.stateLabel)}</Chip>
              </Table.Td>
              <Table.Td>
                {t('control.findings.actionCounts', { open: f.actionCounts.open + f.actionCounts.inProgress, total: f.actionCounts.total })}
                {f.actionCounts.overdue > 0 && (
                  <>
                    {' '}
                    <Chip tone="bad">{t('control.findings.overdue', { n: f.actionCounts.overdue })}</Chip>
                  </>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
