/** One audit plan: its period and notes, coverage chart, calendar and table of audits. */
import { Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { AuditItem } from '../../../../src-main/shared/schemas/control';
import { useMethod, useMutationMethod } from '../../../api/hooks';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useNotifySuccess } from '../../../components/notify';
import { useT } from '../../../i18n/I18nProvider';
import { FindingFormModal } from '../findings/FindingFormModal';
import { AuditItemModal } from './AuditItemModal';
import { AuditItemTable } from './AuditItemTable';
import { CoverageChart } from './CoverageChart';
import { PlanCalendar } from './PlanCalendar';
import { PlanFormModal } from './PlanFormModal';

interface Props {
  planId: string;
  canEdit: boolean;
  currentYear: number;
}

type Dialog = { kind: 'plan' } | { kind: 'item'; item: AuditItem | null } | { kind: 'finding'; item: AuditItem } | { kind: 'remove'; item: AuditItem } | null;

export function PlanView({ planId, canEdit, currentYear }: Props) {
  const t = useT();
  const notifySuccess = useNotifySuccess();
  const plan = useMethod('control.planGet', { id: planId });
  const coverage = useMethod('control.coverage', { planId });
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const remove = useMutationMethod('control.itemRemove', {
    invalidates: ['control.planList', 'control.planGet', 'control.coverage', 'dashboard.get'],
    onSuccess: () => {
      if (dialog?.kind === 'remove') notifySuccess(t('control.items.removed', { title: dialog.item.title }));
      close();
    },
  });

  if (plan.isPending) return <Loader size="sm" aria-label={t('app.loading')} />;
  if (plan.isError) return <ErrorAlert error={plan.error} />;
  const p = plan.data;
  const inPlan = p.startYear <= currentYear && currentYear <= p.endYear;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>{p.title}</Title>
          <Text size="sm" c="dimmed">
            {t('control.plan.summary', { from: p.startYear, to: p.endYear, years: p.years, items: p.itemCount, done: p.doneCount })}
          </Text>
          {p.notes && (
            <Text size="sm" className="ctl-pre" mt={4}>
              {p.notes}
            </Text>
          )}
        </div>
        {canEdit && (
          <Group gap="xs">
            <Button variant="default" onClick={() => setDialog({ kind: 'plan' })}>
              {t('control.plan.edit')}
            </Button>
            <Button onClick={() => setDialog({ kind: 'item', item: null })}>{t('control.item.add')}</Button>
          </Group>
        )}
      </Group>
      {coverage.isError && <ErrorAlert error={coverage.error} />}
      {coverage.data && <CoverageChart coverage={coverage.data} />}
      <section aria-labelledby="plan-calendar-title">
        <Title order={3} size="h4" id="plan-calendar-title" mb="xs">
          {t('control.calendar.title')}
        </Title>
        <PlanCalendar plan={p} currentYear={currentYear} />
      </section>
      {p.items.length === 0 ? (
        <Text size="sm">{t('control.items.empty')}</Text>
      ) : (
        <AuditItemTable
          items={p.items}
          canEdit={canEdit}
          onEdit={(item) => setDialog({ kind: 'item', item })}
          onFinding={(item) => setDialog({ kind: 'finding', item })}
          onRemove={(item) => setDialog({ kind: 'remove', item })}
        />
      )}
      {dialog?.kind === 'plan' && <PlanFormModal opened plan={p} defaultStartYear={p.startYear} onClose={close} onSaved={close} />}
      {dialog?.kind === 'item' && (
        <AuditItemModal plan={p} item={dialog.item} coverage={coverage.data} defaultYear={inPlan ? currentYear : p.startYear} onClose={close} />
      )}
      {dialog?.kind === 'finding' && <FindingFormModal source={{ type: 'audit', itemId: dialog.item.id }} sourceLabel={dialog.item.title} onClose={close} />}
      <ConfirmModal
        opened={dialog?.kind === 'remove'}
        title={t('control.items.removeTitle')}
        body={dialog?.kind === 'remove' ? t('control.items.removeBody', { title: dialog.item.title }) : ''}
        confirmLabel={t('control.common.remove')}
        loading={remove.isPending}
        onCancel={close}
        onConfirm={() => {
          if (dialog?.kind === 'remove') remove.mutate({ id: dialog.item.id });
        }}
      />
    </Stack>
  );
}
