/**
 * Tableau de bord (issue 7): the DPO's figures at a glance — breaches with their live 72-hour
 * countdowns, requests due and late, on-time rate and median answer time, processors with alerts,
 * processings needing a DPIA, audit-plan progress, actions overdue — each linked to the list behind
 * it. Role-aware: the service leaves out what the role may not see (security: breaches and the
 * actions decided after them). Figures are re-read every minute; countdowns tick every second.
 */
import { Loader, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { Output } from '../../../src-main/shared/contract';
import { callMethod } from '../../api/call-method';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime } from '../../format/date-time';
import { useLang, useT } from '../../i18n/I18nProvider';
import { useUnlockedSession } from '../../session/SessionUserContext';
import { AuditPlanPanel } from './AuditPlanPanel';
import { BreachPanel } from './BreachPanel';
import './charts/charts.css';
import './dashboard.css';
import { ProcessorPanel } from './ProcessorPanel';
import { RegisterPanel } from './RegisterPanel';
import { RequestPanel } from './RequestPanel';
import { VaultPanel } from './VaultPanel';

export const DASHBOARD_REFRESH_MS = 60_000;

export function DashboardPage() {
  const t = useT();
  const [lang] = useLang();
  const { user, organisationName } = useUnlockedSession();
  // Same key as useMethod('dashboard.get'), so every write that invalidates it refreshes the figures.
  const figures = useQuery<Output<'dashboard.get'>, Error>({
    queryKey: ['dashboard.get', null],
    queryFn: () => callMethod('dashboard.get', {}),
    refetchInterval: DASHBOARD_REFRESH_MS,
  });
  const d = figures.data;
  return (
    <Stack gap="md">
      <PageHeader title={t('dashboard.welcome', { name: user.displayName })}>
        {[organisationName, t(`roles.${user.role}`)].filter(Boolean).join(' — ')}
      </PageHeader>
      {figures.isPending && <Loader size="sm" aria-label={t('app.loading')} />}
      {figures.isError && <ErrorAlert error={figures.error} />}
      {d && (
        <>
          <Text size="xs" c="dimmed">
            {t('dashboard.computedAt', { date: formatDateTime(d.now, lang) })}
          </Text>
          <div className="dash-grid">
            <BreachPanel part={d.breaches} />
            {d.requests && <RequestPanel part={d.requests} />}
            {d.processors && <ProcessorPanel part={d.processors} />}
            {d.processings && <RegisterPanel part={d.processings} />}
            <AuditPlanPanel plan={d.auditPlan} actions={d.actions} />
          </div>
        </>
      )}
      <VaultPanel />
    </Stack>
  );
}
