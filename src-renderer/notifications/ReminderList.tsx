/**
 * The reminders in the notification centre, most urgent first: what is due, when, a link to the
 * item, and « Vu » to dismiss it for this user (it does not come back). Reminder texts are written
 * by the service in French, like every document meant for the CNIL.
 */
import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Reminder } from '../../src-main/shared/schemas/control';
import { useMutationMethod } from '../api/hooks';
import { formatDateTime } from '../format/date-time';
import { useLang, useT } from '../i18n/I18nProvider';
import { useUnlockedSession } from '../session/SessionUserContext';
import { formatDay } from '../pages/control/common/calendar-day';
import { isCalendarDay, reminderHref, sortReminders } from './reminder-view';

const LEVEL_CLASS: Readonly<Record<Reminder['level'], string>> = { critical: 'bell-level-critical', warning: 'bell-level-warning', info: 'bell-level-info' };

export function ReminderList({ reminders, onNavigate }: { reminders: readonly Reminder[]; onNavigate: () => void }) {
  const t = useT();
  const [lang] = useLang();
  const { user } = useUnlockedSession();
  const dismiss = useMutationMethod('reminder.dismiss', { invalidates: ['reminder.list'] });
  if (reminders.length === 0) return <Text size="sm">{t('control.reminders.empty')}</Text>;
  return (
    <ul className="bell-list">
      {sortReminders(reminders).map((r) => {
        const href = reminderHref(r.entity, user.role);
        const due = isCalendarDay(r.dueAt) ? formatDay(r.dueAt, lang) : formatDateTime(r.dueAt, lang);
        return (
          <li key={r.key} className={LEVEL_CLASS[r.level]}>
            <Stack gap={2}>
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Text size="xs" fw={700} className="bell-level">
                  {t(`control.reminders.level.${r.level}`)} — {t('control.reminders.due', { date: due })}
                </Text>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  loading={dismiss.isPending && dismiss.variables?.key === r.key}
                  onClick={() => dismiss.mutate({ key: r.key })}
                  aria-label={t('control.reminders.dismissLabel', { title: r.titleFr })}
                >
                  {t('control.reminders.dismiss')}
                </Button>
              </Group>
              {href ? (
                <Anchor component={Link} to={href} onClick={onNavigate} size="sm" fw={600}>
                  {r.titleFr}
                </Anchor>
              ) : (
                <Text size="sm" fw={600}>
                  {r.titleFr}
                </Text>
              )}
              <Text size="sm">{r.bodyFr}</Text>
            </Stack>
          </li>
        );
      })}
    </ul>
  );
}
