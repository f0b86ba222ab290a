import { Badge, Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useT } from '../i18n/I18nProvider';

/** The page's single h1, with a "read only" badge when the role cannot change anything here. */
export function PageHeader({ title, readOnly = false, children }: { title: string; readOnly?: boolean; children?: ReactNode }) {
  const t = useT();
  return (
    <header className="page-header">
      <Group gap="sm" align="center">
        <Title order={1}>{title}</Title>
        {readOnly && (
          <Badge variant="outline" color="gray.8" title={t('common.readOnlyHint')}>
            {t('common.readOnly')}
          </Badge>
        )}
      </Group>
      {children && (
        <Text size="sm" c="dimmed" mt={4}>
          {children}
        </Text>
      )}
    </header>
  );
}
