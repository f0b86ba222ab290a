/** The history of a request, from the audit trail: each step, who took it and when (Paris time). */
import { Text, Timeline } from '@mantine/core';
import { REQUEST_ACTION_LABELS, type RequestDetail } from '../../../src-main/shared/schemas/request';
import { useLang, useT } from '../../i18n/I18nProvider';
import { formatInstantPrecise } from '../breaches/paris-time';

function labelOf(action: string, fallback: string, lang: 'fr' | 'en'): string {
  const key = action.replace(/^request\./, '');
  const entry = Object.entries(REQUEST_ACTION_LABELS).find(([k]) => k === key);
  return entry ? entry[1][lang] : fallback;
}

export function RequestTimeline({ history }: { history: RequestDetail['history'] }) {
  const t = useT();
  const [lang] = useLang();
  if (history.length === 0) return <Text size="sm">{t('requests.history.empty')}</Text>;
  return (
    <Timeline active={history.length - 1} bulletSize={14} lineWidth={2}>
      {history.map((h, i) => (
        <Timeline.Item key={`${h.at}:${i}`} title={labelOf(h.action, h.label, lang)}>
          <Text size="xs" c="dimmed">
            {t('requests.history.meta', { date: formatInstantPrecise(h.at, lang), actor: h.actor })}
          </Text>
          {h.detail && (
            <Text size="sm" className="pre-wrap">
              {h.detail}
            </Text>
          )}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
