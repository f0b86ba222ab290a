/**
 * One breach: summary and live clock, qualification steps, and one tab per part of the file —
 * timeline, record, risk assessment, decision, notifications, communication, documents. The tab is
 * in the URL (`#/violations/<id>/analyse`), so a link opens the right part.
 */
import { Button, Group, Loader, Stack, Tabs } from '@mantine/core';
import { Link, useNavigate, useParams } from 'react-router';
import { useMethod } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../i18n/I18nProvider';
import { canCall, moduleAccess } from '../../navigation';
import { useUnlockedSession } from '../../session/SessionUserContext';
import { NotFoundPage } from '../NotFoundPage';
import { BreachSummary } from './BreachSummary';
import { BreachTimeline } from './BreachTimeline';
import { BreachWorkflowActions } from './BreachWorkflowActions';
import { CommunicationsPanel } from './CommunicationsPanel';
import { DecisionPanel } from './DecisionPanel';
import { DocumentsPanel } from './DocumentsPanel';
import { BreachLinksSection } from './links/BreachLinksSection';
import { MissingList } from './MissingList';
import { NotificationsPanel } from './NotificationsPanel';
import { RecordSections } from './record/RecordSections';
import { AssessmentHistory } from './risk/AssessmentHistory';
import { RiskForm } from './risk/RiskForm';

/** Tab ids as they appear in the URL (French, like the module paths). */
export const BREACH_TABS = ['chronologie', 'fiche', 'analyse', 'decision', 'notifications', 'information', 'documents'] as const;
type BreachTab = (typeof BREACH_TABS)[number];
const TAB_LABEL = {
  chronologie: 'breaches.tab.timeline',
  fiche: 'breaches.tab.record',
  analyse: 'breaches.tab.risk',
  decision: 'breaches.tab.decision',
  notifications: 'breaches.tab.notifications',
  information: 'breaches.tab.communication',
  documents: 'breaches.tab.documents',
} as const;

const isTab = (value: string | undefined | null): value is BreachTab => BREACH_TABS.some((tab) => tab === value);

export function BreachDetailPage() {
  const t = useT();
  const navigate = useNavigate();
  const { id = '', tab } = useParams();
  const { user } = useUnlockedSession();
  const breach = useMethod('breach.get', { id });
  if (tab !== undefined && !isTab(tab)) return <NotFoundPage />;
  const active: BreachTab = tab ?? 'fiche';

  if (breach.isPending) return <Loader size="sm" aria-label={t('app.loading')} />;
  if (breach.isError) {
    return (
      <Stack>
        <PageHeader title={t('nav.breaches')} />
        <ErrorAlert error={breach.error} />
        <Group>
          <Button component={Link} to="/violations" variant="default">
            {t('breaches.backToList')}
          </Button>
        </Group>
      </Stack>
    );
  }
  const b = breach.data;
  const editable = b.allowedActions.includes('update') && canCall(user.role, 'breach.update');
  const canAssess = b.allowedActions.includes('assess') && canCall(user.role, 'breach.assess');

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <PageHeader title={t('breaches.detail.title', { reference: b.reference, title: b.facts.title })} readOnly={moduleAccess(user.role, 'breaches') === 'read'} />
        <Button component={Link} to="/violations" variant="subtle">
          {t('breaches.backToList')}
        </Button>
      </Group>
      <BreachSummary breach={b} />
      <BreachWorkflowActions breach={b} />
      <MissingList missing={b.missing} />
      <Tabs value={active} onChange={(value) => isTab(value) && void navigate(`/violations/${b.id}/${value}`, { replace: true })}>
        <Tabs.List>
          {BREACH_TABS.map((tabId) => (
            <Tabs.Tab key={tabId} value={tabId}>
              {t(TAB_LABEL[tabId])}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="chronologie" pt="md">
          <BreachTimeline history={b.history} />
        </Tabs.Panel>
        <Tabs.Panel value="fiche" pt="md">
          <Stack>
            <BreachLinksSection breach={b} editable={editable} />
            <RecordSections breach={b} editable={editable} />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="analyse" pt="md">
          <Stack>
            <RiskForm key={b.assessments[0]?.id ?? 'new'} breach={b} editable={canAssess} />
            <AssessmentHistory assessments={b.assessments} />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="decision" pt="md">
          <DecisionPanel key={b.workflow.decision?.decidedAt ?? 'none'} breach={b} />
        </Tabs.Panel>
        <Tabs.Panel value="notifications" pt="md">
          <NotificationsPanel key={b.notifications.length} breach={b} />
        </Tabs.Panel>
        <Tabs.Panel value="information" pt="md">
          <CommunicationsPanel breach={b} />
        </Tabs.Panel>
        <Tabs.Panel value="documents" pt="md">
          <DocumentsPanel breach={b} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
