/**
 * Every register export of the other modules in one place, for the same period as the pack where a
 * register has one: breach register (Art. 33(5)), request register and deadline calendar
 * (Art. 12(3)), register of processing (Art. 30(1) and 30(2)), processor register (Art. 28), action
 * plan. Each row also links to its module, where the register is kept.
 */
import { Anchor, Group, Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { MethodName } from '../../../src-main/shared/contract';
import type { FileOutput } from '../../../src-main/shared/schemas/common';
import type { Role } from '../../../src-main/shared/roles';
import { callMethod } from '../../api/call-method';
import { useLang, useT } from '../../i18n/I18nProvider';
import { formatDay } from '../control/common/calendar-day';
import { canCall, moduleAccess, type ModuleId } from '../../navigation';
import { useUnlockedSession } from '../../session/SessionUserContext';
import { ExportButton } from '../control/common/ExportButton';

interface Range {
  from: string;
  to: string;
}

type RegisterKey = 'breaches' | 'requests' | 'calendar' | 'ropa' | 'ropaProcessor' | 'processors' | 'actions';

interface Row {
  key: RegisterKey;
  module: ModuleId;
  path: string;
  method: MethodName;
  buttons: ReactNode;
}

function visible(rows: Row[], role: Role): Row[] {
  return rows.filter((r) => canCall(role, r.method) && moduleAccess(role, r.module) !== 'none');
}

export function RegisterExportsPanel({ range }: { range: Range | null }) {
  const t = useT();
  const [lang] = useLang();
  const { user } = useUnlockedSession();
  const periodMissing = range === null;
  const pair = (label: string, xlsx: () => Promise<FileOutput>, pdf: () => Promise<FileOutput>, needsPeriod = false) => (
    <Group gap={6} wrap="nowrap">
      <ExportButton size="compact-sm" produce={xlsx} disabled={needsPeriod && periodMissing} ariaLabel={t('reports.registers.xlsxLabel', { what: label })}>
        {t('reports.registers.xlsx')}
      </ExportButton>
      <ExportButton size="compact-sm" produce={pdf} disabled={needsPeriod && periodMissing} ariaLabel={t('reports.registers.pdfLabel', { what: label })}>
        {t('reports.registers.pdf')}
      </ExportButton>
    </Group>
  );
  const r = range ?? { from: '', to: '' };
  const rows: Row[] = [
    {
      key: 'breaches',
      module: 'breaches',
      path: '/violations',
      method: 'breach.register',
      buttons: pair(t('reports.registers.breaches'), () => callMethod('breach.register', { ...r, format: 'xlsx' }), () => callMethod('breach.register', { ...r, format: 'pdf' }), true),
    },
    {
      key: 'requests',
      module: 'requests',
      path: '/demandes',
      method: 'request.register',
      buttons: pair(t('reports.registers.requests'), () => callMethod('request.register', { ...r, format: 'xlsx' }), () => callMethod('request.register', { ...r, format: 'pdf' }), true),
    },
    {
      key: 'calendar',
      module: 'requests',
      path: '/demandes',
      method: 'request.calendar',
      buttons: (
        <ExportButton size="compact-sm" produce={() => callMethod('request.calendar', { alarmDays: 7 })} ariaLabel={t('reports.registers.icsLabel')}>
          {t('reports.registers.ics')}
        </ExportButton>
      ),
    },
    {
      key: 'ropa',
      module: 'ropa',
      path: '/registre',
      method: 'processing.exportRegister',
      buttons: pair(t('reports.registers.ropa'), () => callMethod('processing.exportRegister', { format: 'xlsx', record: 'art30_1' }), () => callMethod('processing.exportRegister', { format: 'pdf', record: 'art30_1' })),
    },
    {
      key: 'ropaProcessor',
      module: 'ropa',
      path: '/registre',
      method: 'processing.exportRegister',
      buttons: pair(t('reports.registers.ropaProcessor'), () => callMethod('processing.exportRegister', { format: 'xlsx', record: 'art30_2' }), () => callMethod('processing.exportRegister', { format: 'pdf', record: 'art30_2' })),
    },
    {
      key: 'processors',
      module: 'processors',
      path: '/sous-traitants',
      method: 'processor.exportRegister',
      buttons: pair(t('reports.registers.processors'), () => callMethod('processor.exportRegister', { format: 'xlsx' }), () => callMethod('processor.exportRegister', { format: 'pdf' })),
    },
    {
      key: 'actions',
      module: 'audit',
      path: '/controle/actions',
      method: 'action.exportXlsx',
      buttons: (
        <ExportButton size="compact-sm" produce={() => callMethod('action.exportXlsx', {})} ariaLabel={t('reports.registers.xlsxLabel', { what: t('reports.registers.actions') })}>
          {t('reports.registers.xlsx')}
        </ExportButton>
      ),
    },
  ];
  const shown = visible(rows, user.role);
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped captionSide="top">
        <Table.Caption>{t('reports.registers.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('reports.registers.register')}</Table.Th>
            <Table.Th scope="col">{t('reports.registers.scope')}</Table.Th>
            <Table.Th scope="col">{t('reports.registers.download')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Th scope="row">
                <Anchor component={Link} to={row.path}>
                  {t(`reports.registers.${row.key}`)}
                </Anchor>
              </Table.Th>
              <Table.Td>{t(`reports.registers.scope.${row.key}`, { from: formatDay(r.from, lang), to: formatDay(r.to, lang) })}</Table.Td>
              <Table.Td>{row.buttons}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
