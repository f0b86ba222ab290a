import { Button, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { PageHeader } from '../components/PageHeader';
import { useT } from '../i18n/I18nProvider';

export function NotFoundPage() {
  const t = useT();
  return (
    <Stack>
      <PageHeader title={t('notFound.title')} />
      <Text size="sm">{t('notFound.body')}</Text>
      <div>
        <Button component={Link} to="/" variant="default">
          {t('access.backToDashboard')}
        </Button>
      </div>
    </Stack>
  );
}
