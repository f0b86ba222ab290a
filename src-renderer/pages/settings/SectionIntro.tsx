import { Badge, Group, Text, Title } from '@mantine/core';
import { useT } from '../../i18n/I18nProvider';

/** Heading of a settings section (h2), its purpose, and a "read only" badge when relevant. */
export function SectionIntro({ title, intro, readOnly = false }: { title: string; intro?: string; readOnly?: boolean }) {
  const t = useT();
  return (
    <div>
      <Group gap="sm">
        <Title order={2}>{title}</Title>
        {readOnly && (
          <Badge variant="outline" color="gray.8" title={t('common.readOnlyHint')}>
            {t('common.readOnly')}
          </Badge>
        )}
      </Group>
      {intro && (
        <Text size="sm" c="dimmed" mt={4}>
          {intro}
        </Text>
      )}
    </div>
  );
}
