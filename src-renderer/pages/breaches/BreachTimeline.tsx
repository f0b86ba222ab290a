/**
 * The timeline of a breach, from the audit trail the service returns (every change is an audit-log
 * row, hash-chained): who did what, when, in Paris time with seconds.
 */
import { Text, Timeline } from '@mantine/core';
import type { BreachDetail } from '../../../src-main/shared/schemas/breach';
import type { MessageKey } from '../../i18n/fr';
import { useLang, useT } from '../../i18n/I18nProvider';
import { formatInstantPrecise } from './paris-time';

const ACTION_KEYS: Readonly<Record<string, MessageKey>> = {
  'breach.create': 'breaches.history.create',
  'breach.update': 'breaches.history.update',
  'breach.startAssessment': 'breaches.history.startAssessment',
  'breach.confirm': 'breaches.history.confirm',
  'breach.reopen': 'breaches.history.reopen',
  'breach.dismiss': 'breaches.history.dismiss',
  'breach.assess': 'breaches.history.assess',
  'breach.decide': 'breaches.history.decide',
  'breach.notify': 'breaches.history.notify',
  'breach.notification': 'breaches.history.notification',
  'breach.communicate': 'breaches.history.communicate',
  'breach.communication': 'breaches.history.communication',
  'breach.close': 'breaches.history.close',
};

export function BreachTimeline({ history }: { history: BreachDetail['history'] }) {
  const t = useT();
  const [lang] = useLang();
  if (history.length === 0) return <Text size="sm">{t('breaches.history.empty')}</Text>;
  return (
    <Timeline active={history.length - 1} bulletSize={14} lineWidth={2}>
      {history.map((h) => {
        const key = ACTION_KEYS[h.action];
        return (
          <Timeline.Item key={h.seq} title={key ? t(key) : h.action}>
            <Text size="xs" c="dimmed">
              {t('breaches.history.meta', { date: formatInstantPrecise(h.at, lang), actor: h.actor, seq: h.seq })}
            </Text>
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
