/** Header: application and organisation, the signed-in user with their role, and the lock button. */
import { Badge, Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../i18n/I18nProvider';
import { useUnlockedSession } from '../session/SessionUserContext';
import { useLockVault } from '../session/use-session';
import { useNotifySuccess } from '../components/notify';
import { NotificationBell } from '../notifications/NotificationBell';

export function TopBar() {
  const t = useT();
  const notifySuccess = useNotifySuccess();
  const { user, organisationName } = useUnlockedSession();
  const lock = useLockVault();
  const [locking, setLocking] = useState(false);

  return (
    <header className="shell-header">
      <Group gap="sm" wrap="nowrap">
        <Text fw={700}>{t('app.name')}</Text>
        {organisationName && (
          <Text size="sm" c="dimmed" truncate="end">
            {organisationName}
          </Text>
        )}
      </Group>
      <Group gap="sm" wrap="nowrap">
        <NotificationBell />
        <div className="shell-user">
          <Text size="sm" fw={600} span>
            {user.displayName}
          </Text>
          <Badge variant="outline" color="marine.8" ml="xs">
            {t(`roles.${user.role}`)}
          </Badge>
        </div>
        <Button
          variant="default"
          title={t('shell.lockHint')}
          loading={locking}
          onClick={() => {
            setLocking(true);
            void lock()
              .then(() => notifySuccess(t('shell.locked')))
              .finally(() => setLocking(false));
          }}
        >
          {t('shell.lock')}
        </Button>
      </Group>
    </header>
  );
}
