/**
 * The breach at a glance: status, the live 72-hour clock (Art. 33(1)), key instants, the decision,
 * the notifications and the flags that raise the risk (Art. 9 data, NIR, vulnerable people).
 */
import { Badge, Group, Paper, Stack } from '@mantine/core';
import { RECOMMENDATION_LABELS } from '../../../src-main/core/breach-risk';
import { COMMUNICATION_STATUS_LABELS } from '../../../src-main/core/breach-vocabulary';
import { BREACH_DECISION_LABELS } from '../../../src-main/core/breach-workflow';
import type { BreachDetail } from '../../../src-main/shared/schemas/breach';
import { DefinitionList } from '../../components/DefinitionList';
import { formatDateTime } from '../../format/date-time';
import { useLang, useT } from '../../i18n/I18nProvider';
import { ClockBadge } from './ClockBadge';
import { ClockBar } from './ClockBar';
import { SeverityBadge } from './SeverityBadge';
import { StatusBadge } from './StatusBadge';

export function BreachSummary({ breach }: { breach: BreachDetail }) {
  const t = useT();
  const [lang] = useLang();
  const w = breach.workflow;
  const latest = breach.assessments[0];
  const notified = breach.notifications.length > 0;
  const none = t('breaches.summary.notYet');
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Group gap="sm">
          <StatusBadge status={breach.status} />
          <ClockBadge clock={breach.clock} notified={notified} size="lg" />
          {breach.flags.specialCategories && <Badge color="red.9" variant="outline" className="status-badge">{t('breaches.flag.special')}</Badge>}
          {breach.flags.nir && <Badge color="red.9" variant="outline" className="status-badge">{t('breaches.flag.nir')}</Badge>}
          {breach.flags.vulnerableSubjects && <Badge color="red.9" variant="outline" className="status-badge">{t('breaches.flag.vulnerable')}</Badge>}
        </Group>
        {breach.clock && breach.clock.state === 'running' && !notified && <ClockBar awareAt={breach.clock.awareAt} dueAt={breach.clock.dueAt} />}
        <DefinitionList
          items={[
            { label: t('breaches.field.discoveredAt'), value: formatDateTime(breach.facts.timeline.discoveredAt, lang) },
            { label: t('breaches.field.awareAt'), value: w.awareAt ? formatDateTime(w.awareAt, lang) : t('breaches.summary.awareNotSet') },
            { label: t('breaches.summary.dueAt'), value: w.dueAt ? formatDateTime(w.dueAt, lang) : none },
            {
              label: t('breaches.summary.severity'),
              value: latest ? (
                <Group gap="xs">
                  <SeverityBadge band={latest.result.enisa.band} />
                  <span>{RECOMMENDATION_LABELS[latest.result.recommendation][lang]}</span>
                </Group>
              ) : (
                none
              ),
            },
            { label: t('breaches.decision.kind'), value: w.decision ? BREACH_DECISION_LABELS[w.decision.kind][lang] : none },
            {
              label: t('breaches.summary.notifications'),
              value: notified ? t('breaches.summary.notifiedCount', { n: breach.notifications.length, date: formatDateTime(breach.notifications[0]?.at ?? '', lang) }) : none,
            },
            { label: t('breaches.summary.communication'), value: COMMUNICATION_STATUS_LABELS[breach.communicationStatus][lang] },
            ...(w.dismissal ? [{ label: t('breaches.summary.dismissal'), value: w.dismissal.reason }] : []),
            { label: t('breaches.summary.createdBy'), value: t('breaches.summary.createdByValue', { actor: breach.createdBy, date: formatDateTime(breach.createdAt, lang) }) },
          ]}
        />
      </Stack>
    </Paper>
  );
}
