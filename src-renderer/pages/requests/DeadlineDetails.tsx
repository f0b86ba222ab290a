/**
 * How the due dates were computed (Reg. 1182/71: same date next month, clamped to the month's last
 * day, rolled off weekends and French public holidays), the extension and its alternative readings,
 * the Alsace-Moselle dates and the health-record reflection period — each step as the service
 * explains it.
 */
import { List, Stack, Text, Title } from '@mantine/core';
import type { RequestDetail } from '../../../src-main/shared/schemas/request';
import { DefinitionList } from '../../components/DefinitionList';
import { formatDateTime } from '../../format/date-time';
import { useLang, useT } from '../../i18n/I18nProvider';
import { formatCalendarDate } from '../breaches/paris-time';

export function DeadlineDetails({ request }: { request: RequestDetail }) {
  const t = useT();
  const [lang] = useLang();
  const d = request.deadlines;
  const date = (iso: string) => formatCalendarDate(iso, lang, 'full');
  return (
    <Stack>
      <DefinitionList
        items={[
          { label: t('requests.deadlines.profile'), value: `${d.profileLabel} — ${d.source}` },
          { label: t('requests.deadlines.received'), value: date(d.receivedDate) },
          { label: t('requests.deadlines.nominal'), value: date(d.strict.nominal) },
          { label: t('requests.deadlines.strict'), value: t('requests.deadlines.endOfDay', { date: date(d.strict.due) }) },
          ...(d.extension
            ? [
                { label: t('requests.deadlines.noticeDue'), value: date(d.extension.noticeDue) },
                { label: t('requests.deadlines.extendedDue'), value: date(d.extension.extended.due) },
                { label: t('requests.deadlines.warnAt'), value: date(d.extension.warnAt) },
              ]
            : []),
          ...(d.healthReflectionEndsAt ? [{ label: t('requests.deadlines.healthReflection'), value: formatDateTime(d.healthReflectionEndsAt, lang) }] : []),
          ...(d.alsaceMoselle ? [{ label: t('requests.deadlines.alsaceMoselle'), value: `${date(d.alsaceMoselle.due)} — ${d.alsaceMoselle.fr}` }] : []),
          ...(d.pauseAdjusted ? [{ label: t('requests.deadlines.pauseAdjusted'), value: `${date(d.pauseAdjusted.due)} — ${d.pauseAdjusted.fr}` }] : []),
        ]}
      />
      <Title order={3}>{t('requests.deadlines.steps')}</Title>
      <List size="sm" spacing={4}>
        {d.strict.steps.map((s) => (
          <List.Item key={`${s.rule}:${s.date}`}>
            <strong>{date(s.date)}</strong> — {s.text} <Text span size="xs" c="dimmed">({s.rule})</Text>
          </List.Item>
        ))}
      </List>
      {d.extension && d.extension.alternatives.length > 0 && (
        <>
          <Title order={3}>{t('requests.deadlines.alternatives')}</Title>
          <List size="sm" spacing={4}>
            {d.extension.alternatives.map((a) => (
              <List.Item key={a.reading}>
                <strong>{date(a.due)}</strong> — {a.fr}
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Stack>
  );
}
