import { Center, Loader, Stack, Text } from '@mantine/core';
import { useT } from '../i18n/I18nProvider';

export function LoadingScreen() {
  const t = useT();
  return (
    <Center component="main" mih="100vh">
      <Stack align="center" gap="xs">
        <Loader size="sm" aria-hidden />
        <Text size="sm" role="status">
          {t('app.loading')}
        </Text>
      </Stack>
    </Center>
  );
}
