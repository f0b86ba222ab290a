/** One permanent control: what it checks, its state, its checkpoints and the history of its executions. */
import { Button, Group, List, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useParams } from 'react-router';
import type { CheckExecution } from '../../../../src-main/shared/schemas/control';
import { useMethod, useMutationMethod } from '../../../api/hooks';
import { DefinitionList } from '../../../components/DefinitionList';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { useNotifySuccess } from '../../../components/notify';
import { useLang, useT } from '../../../i18n/I18nProvider';
import { canCall } from '../../../navigation';
import { useUnlockedSession } from '../../../session/SessionUserContext';
import { BackLink } from '../common/BackLink';
import { formatDay, parisToday } from '../common/calendar-day';
import { useLabel } from '../common/labels';
import { FindingFormModal } from '../findings/FindingFormModal';
import { sectionPath } from '../sections';
import { CheckFormModal } from './CheckFormModal';
import { CheckStateChip } from './CheckStateChip';
import { ExecutionTable } from './ExecutionTable';
import { RecordExecutionModal } from './RecordExecutionModal';

type Dialog = 'edit' | 'record' | { finding: CheckExecution } | null;

export function CheckDetailPage() {
  const t = useT();
  const [lang] = useLang();
  const label = useLabel();
  const notifySuccess = useNotifySuccess();
  const { id = '' } = useParams();
  const { user } = useUnlockedSession();
  const check = useMethod('check.get', { id });
  const [dialog, setDialog] = useState<Dialog>(null);
  const toggle = useMutationMethod('check.update', {
    invalidates: ['check.get', 'check.list', 'reminder.list'],
    onSuccess: (c) => notifySuccess(c.active ? t('control.check.reactivated') : t('control.check.deactivated')),
  });
  const canEdit = canCall(user.role, 'check.update');

  if (check.isPending) return <Loader size="sm" aria-label={t('app.loading')} />;
  if (check.isError) return <ErrorAlert error={check.error} />;
  const c = check.data;

  return (
    <Stack gap="md">
      <BackLink to={sectionPath('controles')}>{t('control.check.back')}</BackLink>
      <PageHeader title={c.title} readOnly={!canEdit}>
        {c.description}
      </PageHeader>
      {canEdit && (
        <Group gap="xs">
          {c.active && <Button onClick={() => setDialog('record')}>{t('control.record.button')}</Button>}
          <Button variant="default" onClick={() => setDialog('edit')}>
            {t('control.common.edit')}
          </Button>
          <Button variant="subtle" loading={toggle.isPending} onClick={() => toggle.mutate({ id: c.id, active: !c.active })}>
            {c.active ? t('control.check.deactivate') : t('control.check.reactivate')}
          </Button>
        </Group>
      )}
      <DefinitionList
        items={[
          { label: t('control.check.state'), value: <CheckStateChip check={c} /> },
          { label: t('control.check.frequency'), value: label(c.frequencyLabel) },
          { label: t('control.check.owner'), value: c.owner },
          { label: t('control.check.lastDone'), value: c.lastDone ? formatDay(c.lastDone, lang) : t('control.check.neverDone') },
          { label: t('control.check.nextDue'), value: c.nextDue ? formatDay(c.nextDue, lang) : '—' },
        ]}
      />
      <section aria-labelledby="check-points">
        <Title order={2} size="h4" id="check-points" mb="xs">
          {t('control.check.checklist')}
        </Title>
        {c.checklist.length === 0 ? (
          <Text size="sm">{t('control.check.noChecklist')}</Text>
        ) : (
          <List size="sm">
            {c.checklist.map((point) => (
              <List.Item key={point}>{point}</List.Item>
            ))}
          </List>
        )}
      </section>
      <section aria-labelledby="check-history">
        <Title order={2} size="h4" id="check-history" mb="xs">
          {t('control.executions.title')}
        </Title>
        {c.executions.length === 0 ? (
          <Text size="sm">{t('control.executions.empty')}</Text>
        ) : (
          <ExecutionTable executions={c.executions} canOpenFinding={canCall(user.role, 'finding.create')} onOpenFinding={(e) => setDialog({ finding: e })} />
        )}
      </section>
      {dialog === 'edit' && <CheckFormModal check={c} onClose={() => setDialog(null)} />}
      {dialog === 'record' && <RecordExecutionModal check={c} today={parisToday()} onClose={() => setDialog(null)} />}
      {dialog !== null && typeof dialog === 'object' && (
        <FindingFormModal
          source={{ type: 'check', executionId: dialog.finding.id }}
          sourceLabel={t('control.executions.sourceLabel', { title: c.title, date: formatDay(dialog.finding.performedOn, lang) })}
          onClose={() => setDialog(null)}
        />
      )}
    </Stack>
  );
}
