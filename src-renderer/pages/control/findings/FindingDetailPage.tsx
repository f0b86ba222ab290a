/** One finding: severity, where it was made, its treatment, and the actions that answer it. */
import { Anchor, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMethod } from '../../../api/hooks';
import { DefinitionList } from '../../../components/DefinitionList';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { useLang, useT } from '../../../i18n/I18nProvider';
import { canCall } from '../../../navigation';
import { useUnlockedSession } from '../../../session/SessionUserContext';
import { ActionFormModal } from '../actions/ActionFormModal';
import { ActionTable } from '../actions/ActionTable';
import { BackLink } from '../common/BackLink';
import { formatDay } from '../common/calendar-day';
import { Chip } from '../common/Chip';
import { useLabel } from '../common/labels';
import { FINDING_STATE_TONE, SEVERITY_TONE } from '../common/tones';
import { checkPath, planPath, sectionPath } from '../sections';
import { FindingFormModal } from './FindingFormModal';

export function FindingDetailPage() {
  const t = useT();
  const [lang] = useLang();
  const label = useLabel();
  const { id = '' } = useParams();
  const { user } = useUnlockedSession();
  const finding = useMethod('finding.get', { id });
  const [dialog, setDialog] = useState<'edit' | 'action' | null>(null);

  if (finding.isPending) return <Loader size="sm" aria-label={t('app.loading')} />;
  if (finding.isError) return <ErrorAlert error={finding.error} />;
  const f = finding.data;
  const sourceTo = f.source.type === 'audit' ? planPath(f.source.planId) : checkPath(f.source.checkId);
  const canEdit = canCall(user.role, 'finding.update');

  return (
    <Stack gap="md">
      <BackLink to={sectionPath('constats')}>{t('control.finding.back')}</BackLink>
      <PageHeader title={t('control.finding.detailTitle', { reference: f.reference, title: f.title })} readOnly={!canEdit} />
      <Group gap="xs">
        <Chip tone={SEVERITY_TONE[f.severity]}>{t('control.finding.severityIs', { severity: label(f.severityLabel) })}</Chip>
        <Chip tone={FINDING_STATE_TONE[f.state]}>{label(f.stateLabel)}</Chip>
      </Group>
      {canEdit && (
        <Group gap="xs">
          {canCall(user.role, 'action.create') && <Button onClick={() => setDialog('action')}>{t('control.action.new')}</Button>}
          <Button variant="default" onClick={() => setDialog('edit')}>
            {t('control.common.edit')}
          </Button>
        </Group>
      )}
      <DefinitionList
        items={[
          { label: t('control.finding.observedOn'), value: formatDay(f.observedOn, lang) },
          {
            label: t('control.finding.source'),
            value: (
              <>
                <span className="ctl-muted">{t(`control.findingSource.${f.source.type}`)}</span>{' '}
                <Anchor component={Link} to={sourceTo}>
                  {f.source.label}
                </Anchor>
              </>
            ),
          },
          { label: t('control.finding.description'), value: f.description ? <span className="ctl-pre">{f.description}</span> : '—' },
        ]}
      />
      <section aria-labelledby="finding-actions">
        <Title order={2} size="h4" id="finding-actions" mb="xs">
          {t('control.finding.actions')}
        </Title>
        {f.actions.length === 0 ? (
          <Text size="sm">{t('control.finding.noAction')}</Text>
        ) : (
          <ActionTable rows={f.actions} caption={t('control.finding.actionsCaption', { n: f.actions.length })} />
        )}
      </section>
      {dialog === 'edit' && <FindingFormModal finding={f} onClose={() => setDialog(null)} />}
      {dialog === 'action' && (
        <ActionFormModal mode={{ kind: 'create', source: { type: 'finding', id: f.id }, sourceLabel: `${f.reference} — ${f.title}` }} onClose={() => setDialog(null)} />
      )}
    </Stack>
  );
}
