/**
 * One rights request: the due dates always in view, the next steps, and tabs for the file, the
 * computation of the deadlines, the timeline, the Art. 19 recipients and the letters. The tab is
 * in the URL (`#/demandes/<id>/courriers`).
 */
import { Badge, Button, Group, Loader, Stack, Tabs } from '@mantine/core';
import { Link, useNavigate, useParams } from 'react-router';
import { useMethod } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useLang, useT } from '../../i18n/I18nProvider';
import { canCall, moduleAccess } from '../../navigation';
import { useUnlockedSession } from '../../session/SessionUserContext';
import { NotFoundPage } from '../NotFoundPage';
import { DeadlineDetails } from './DeadlineDetails';
import { DueDatePanel } from './DueDatePanel';
import { RecipientsEditor } from './RecipientsEditor';
import { RequestActions } from './RequestActions';
import { RequestFile } from './RequestFile';
import { RequestLetters } from './RequestLetters';
import { RequestTimeline } from './RequestTimeline';

export const REQUEST_TABS = ['dossier', 'echeances', 'chronologie', 'destinataires', 'courriers'] as const;
type RequestTab = (typeof REQUEST_TABS)[number];
const TAB_LABEL = {
  dossier: 'requests.tab.file',
  echeances: 'requests.tab.deadlines',
  chronologie: 'requests.tab.timeline',
  destinataires: 'requests.tab.recipients',
  courriers: 'requests.tab.letters',
} as const;
const isTab = (value: string | undefined | null): value is RequestTab => REQUEST_TABS.some((tab) => tab === value);

export function RequestDetailPage() {
  const t = useT();
  const [lang] = useLang();
  const navigate = useNavigate();
  const { id = '', tab } = useParams();
  const { user } = useUnlockedSession();
  const request = useMethod('request.get', { id });
  if (tab !== undefined && !isTab(tab)) return <NotFoundPage />;
  const active: RequestTab = tab ?? 'dossier';

  if (request.isPending) return <Loader size="sm" aria-label={t('app.loading')} />;
  if (request.isError) {
    return (
      <Stack>
        <PageHeader title={t('nav.requests')} />
        <ErrorAlert error={request.error} />
        <Group>
          <Button component={Link} to="/demandes" variant="default">
            {t('requests.backToList')}
          </Button>
        </Group>
      </Stack>
    );
  }
  const r = request.data;
  const tabs = REQUEST_TABS.filter((tabId) => tabId !== 'courriers' || canCall(user.role, 'request.letter'));

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <PageHeader title={t('requests.detail.title', { reference: r.reference, type: r.typeLabel[lang] })} readOnly={moduleAccess(user.role, 'requests') === 'read'}>
          {t('requests.detail.subtitle', { applicant: r.applicantName, state: r.stateLabel[lang] })}
        </PageHeader>
        <Button component={Link} to="/demandes" variant="subtle">
          {t('requests.backToList')}
        </Button>
      </Group>
      <DueDatePanel request={r} />
      {r.outcomeLabel && (
        <Group gap="xs">
          <Badge variant="outline" color="gray.8" className="status-badge">
            {r.outcomeLabel[lang]}
          </Badge>
        </Group>
      )}
      <RequestActions request={r} />
      <Tabs value={active} onChange={(value) => isTab(value) && void navigate(`/demandes/${r.id}/${value}`, { replace: true })}>
        <Tabs.List>
          {tabs.map((tabId) => (
            <Tabs.Tab key={tabId} value={tabId}>
              {t(TAB_LABEL[tabId])}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="dossier" pt="md">
          <RequestFile key={r.history.length} request={r} />
        </Tabs.Panel>
        <Tabs.Panel value="echeances" pt="md">
          <DeadlineDetails request={r} />
        </Tabs.Panel>
        <Tabs.Panel value="chronologie" pt="md">
          <RequestTimeline history={r.history} />
        </Tabs.Panel>
        <Tabs.Panel value="destinataires" pt="md">
          <RecipientsEditor key={r.history.length} request={r} />
        </Tabs.Panel>
        <Tabs.Panel value="courriers" pt="md">
          <RequestLetters request={r} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
