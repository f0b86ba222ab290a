/**
 * One action: origin, owner, due date (late in red), priority, status moves, evidence and history.
 * The security officer reaches the actions decided after breaches and may move them and add evidence;
 * editing the action itself stays the DPO's (the contract's role lists).
 */
import { Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useMethod } from '../../../api/hooks';
import { DefinitionList } from '../../../components/DefinitionList';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { useLang, useT } from '../../../i18n/I18nProvider';
import { canCall, moduleAccess } from '../../../navigation';
import { useUnlockedSession } from '../../../session/SessionUserContext';
import { BackLink } from '../common/BackLink';
import { formatDay } from '../common/calendar-day';
import { Chip } from '../common/Chip';
import { useLabel } from '../common/labels';
import { ACTION_STATUS_TONE, PRIORITY_TONE } from '../common/tones';
import { sectionPath } from '../sections';
import { ActionFormModal } from './ActionFormModal';
import { ActionHistory } from './ActionHistory';
import { EvidencePanel } from './EvidencePanel';
import { SourceLink } from './SourceLink';
import { StatusButtons } from './StatusButtons';

export function ActionDetailPage() {
  const t = useT();
  const [lang] = useLang();
  const label = useLabel();
  const { id = '' } = useParams();
  const { user } = useUnlockedSession();
  const action = useMethod('action.get', { id });
  const [editing, setEditing] = useState(false);
  const inControl = moduleAccess(user.role, 'audit') !== 'none';
  const back = inControl ? <BackLink to={sectionPath('actions')}>{t('control.action.back')}</BackLink> : <BackLink to="/violations">{t('control.action.backBreaches')}</BackLink>;

  if (action.isPending) return <Loader size="sm" aria-label={t('app.loading')} />;
  if (action.isError)
    return (
      <Stack>
        {back}
        <ErrorAlert error={action.error} />
      </Stack>
    );
  const a = action.data;
  const canMove = canCall(user.role, 'action.setStatus');
  const canEdit = canCall(user.role, 'action.update') && a.status !== 'done' && a.status !== 'cancelled';

  return (
    <Stack gap="md">
      {back}
      <PageHeader title={t('control.action.detailTitle', { reference: a.reference, title: a.title })} readOnly={!canMove} />
      <Group gap="xs">
        <Chip tone={ACTION_STATUS_TONE[a.status]}>{label(a.statusLabel)}</Chip>
        <Chip tone={PRIORITY_TONE[a.priority]}>{t('control.action.priorityIs', { priority: label(a.priorityLabel) })}</Chip>
        {a.overdue && <Chip tone="bad">{t('control.action.overdueBy', { n: a.daysOverdue })}</Chip>}
      </Group>
      {(canMove || canEdit) && (
        <Group gap="xs">
          {canMove && <StatusButtons action={a} />}
          {canEdit && (
            <Button variant="default" onClick={() => setEditing(true)}>
              {t('control.common.edit')}
            </Button>
          )}
        </Group>
      )}
      <DefinitionList
        items={[
          { label: t('control.action.source'), value: <SourceLink action={a} /> },
          { label: t('control.action.owner'), value: a.owner },
          { label: t('control.action.dueDate'), value: a.dueDate ? formatDay(a.dueDate, lang) : t('control.action.noDueDate') },
          { label: t('control.action.completedOn'), value: a.completedOn ? formatDay(a.completedOn, lang) : '—' },
          { label: t('control.action.description'), value: a.description ? <span className="ctl-pre">{a.description}</span> : '—' },
        ]}
      />
      <section aria-labelledby="action-evidence" className="ctl-section">
        <Title order={2} size="h4" id="action-evidence" mb="xs">
          {t('control.evidence.title')}
        </Title>
        <EvidencePanel action={a} canAdd={canCall(user.role, 'action.addEvidence')} canRemove={canCall(user.role, 'action.removeEvidence')} />
      </section>
      <section aria-labelledby="action-history">
        <Title order={2} size="h4" id="action-history" mb="xs">
          {t('control.action.history')}
        </Title>
        {a.history.length === 0 ? <Text size="sm">{t('control.action.noHistory')}</Text> : <ActionHistory entries={a.history} />}
      </section>
      {editing && <ActionFormModal mode={{ kind: 'edit', action: a }} onClose={() => setEditing(false)} />}
    </Stack>
  );
}
