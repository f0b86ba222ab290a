/**
 * Always on screen (sticky): the strict due date (never paused, Art. 12(3)), the due date in force
 * once extended, the days left or late, and the next legal step with its date. The pause-adjusted
 * date is shown as information only: no verified authority pauses the month for an identity check
 * (REGULATORY.md §1b), so the alarm stays on the strict date.
 */
import { Group, Paper, Stack, Text } from '@mantine/core';
import type { RequestDetail } from '../../../src-main/shared/schemas/request';
import { useLang, useT } from '../../i18n/I18nProvider';
import { formatCalendarDate } from '../breaches/paris-time';
import { DueBadge } from './DueBadge';

export function DueDatePanel({ request }: { request: RequestDetail }) {
  const t = useT();
  const [lang] = useLang();
  const d = request.deadlines;
  const date = (iso: string) => formatCalendarDate(iso, lang, 'full');
  return (
    <Paper withBorder p="sm" className="due-panel" role="region" aria-label={t('requests.due.panel')}>
      <Stack gap={4}>
        <Group gap="md" wrap="wrap">
          <Text fw={700}>{t('requests.due.strict', { date: date(request.dueDate) })}</Text>
          {request.extendedDueDate && <Text fw={700}>{t('requests.due.extended', { date: date(request.extendedDueDate) })}</Text>}
          <DueBadge row={request} />
          {!d.art12Applies && (
            <Text size="xs" c="dimmed">
              {t('requests.due.serviceLevel')}
            </Text>
          )}
        </Group>
        {request.nextStep && (
          <Text size="sm" c={request.nextStep.late ? 'red.9' : undefined}>
            {t('requests.due.nextStep', { step: request.nextStep.fr, article: request.nextStep.article })}
          </Text>
        )}
        {d.extension && !request.extension && request.pending && (
          <Text size="sm">{t('requests.due.extensionNotice', { date: date(d.extension.noticeDue), extended: date(d.extension.extended.due) })}</Text>
        )}
        {d.pauseAdjusted && (d.pauseAdjusted.pausedDays > 0 || d.pauseAdjusted.ongoing) && (
          <Text size="xs" c="dimmed">
            {t('requests.due.pauseAdjusted', { date: date(d.pauseAdjusted.due), days: d.pauseAdjusted.pausedDays })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
