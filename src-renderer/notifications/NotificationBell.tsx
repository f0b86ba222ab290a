/**
 * The notification centre of the web shell (issue 7): a bell in the top bar with the number of
 * reminders (red when one is critical), opening a panel that lists them. Deadlines of the law —
 * Art. 33(1) 72 hours, Art. 12(3) one month — and the DPO's own (contract reviews, certifications,
 * actions) come from `reminder.list`, polled every minute while the vault is unlocked.
 */
import { Button, Drawer, Loader, Text } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from '../components/ErrorAlert';
import { useT } from '../i18n/I18nProvider';
import './notifications.css';
import { bellCount } from './reminder-view';
import { ReminderList } from './ReminderList';
import { useReminders } from './use-reminders';

function BellIcon() {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}

export function NotificationBell() {
  const t = useT();
  const [opened, setOpened] = useState(false);
  const reminders = useReminders();
  const count = bellCount(reminders.data?.reminders ?? []);
  const label = count.total === 0 ? t('control.reminders.bellNone') : t('control.reminders.bell', { n: count.total });
  return (
    <>
      <Button variant="default" onClick={() => setOpened(true)} aria-label={label} title={label} className="bell-button" leftSection={<BellIcon />}>
        <span className={count.critical > 0 ? 'bell-count bell-count-critical' : 'bell-count'} aria-hidden="true">
          {count.total}
        </span>
      </Button>
      <Drawer opened={opened} onClose={() => setOpened(false)} lockScroll={false} position="right" size="md" title={t('control.reminders.title')} closeButtonProps={{ 'aria-label': t('common.close') }}>
        <Text size="sm" c="dimmed" mb="sm">
          {t('control.reminders.intro')}
        </Text>
        {reminders.isPending && <Loader size="sm" aria-label={t('app.loading')} />}
        {reminders.isError && <ErrorAlert error={reminders.error} />}
        {reminders.data && <ReminderList reminders={reminders.data.reminders} onNavigate={() => setOpened(false)} />}
      </Drawer>
    </>
  );
}
