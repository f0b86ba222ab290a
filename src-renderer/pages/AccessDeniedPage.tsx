import { Alert, Button, Stack } from '@mantine/core';
import { Link } from 'react-router';
import { PageHeader } from '../components/PageHeader';
import { useT } from '../i18n/I18nProvider';
import { useUnlockedSession } from '../session/SessionUserContext';

export function AccessDeniedPage() {
  const t = useT();
  const { user } = useUnlockedSession();
  return (
    <Stack>
      <PageHeader title={t('access.deniedTitle')} />
      <Alert color="red" variant="outline">
        {t('access.deniedBody', { role: t(`roles.${user.role}`) })}
      </Alert>
      <div>
        <Button component={Link} to="/" variant="default">
          {t('access.backToDashboard')}
        </Button>
      </div>
    </Stack>
  );
}
