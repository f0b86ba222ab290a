/** Frame of the screens shown before the vault is open: first run, unlock, recovery, recovery kit. */
import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { LanguagePicker } from '../components/LanguagePicker';
import { useT } from '../i18n/I18nProvider';

export function AuthLayout({ title, intro, wide = false, children }: { title: string; intro?: string; wide?: boolean; children: ReactNode }) {
  const t = useT();
  return (
    <div className="auth-page">
      <header className="auth-brand">
        <div>
          <Text fw={700}>{t('app.name')}</Text>
          <Text size="xs" c="dimmed">
            {t('app.tagline')}
          </Text>
        </div>
        <LanguagePicker size="xs" />
      </header>
      <main id="main-content" className={wide ? 'auth-card auth-card-wide' : 'auth-card'}>
        <Paper withBorder p="lg" radius="md">
          <Stack gap="md">
            <div>
              <Title order={1}>{title}</Title>
              {intro && (
                <Text size="sm" c="dimmed" mt={6}>
                  {intro}
                </Text>
              )}
            </div>
            {children}
          </Stack>
        </Paper>
      </main>
    </div>
  );
}
