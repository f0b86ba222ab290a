/** A module not built yet: its question, what it will let the DPO do, and the articles behind it. */
import { EmptyState, Stack, Text } from '@mantine/core';
import { PageHeader } from '../components/PageHeader';
import { useT } from '../i18n/I18nProvider';
import { MODULES, moduleAccess, type ModuleId } from '../navigation';
import { useUnlockedSession } from '../session/SessionUserContext';
import { isPlannedModule, MODULE_TEXT } from './module-text';

function ScaffoldIcon() {
  return (
    <svg width="28" height="28" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.6" aria-hidden="true">
      <rect x="3" y="4" width="18" height="16" rx="2" />
      <path d="M3 9h18M8 13h8M8 16h5" />
    </svg>
  );
}

export function ComingSoonPage({ id }: { id: ModuleId }) {
  const t = useT();
  const { user } = useUnlockedSession();
  const entry = MODULES.find((m) => m.id === id);
  if (!entry || !isPlannedModule(id)) return null;
  const text = MODULE_TEXT[id];
  return (
    <Stack>
      <PageHeader title={t(entry.labelKey)} readOnly={moduleAccess(user.role, id) === 'read'}>
        {t(text.summary)}
      </PageHeader>
      <EmptyState align="left" icon={<ScaffoldIcon />} className="coming-soon">
        <EmptyState.Title order={2}>{t('module.comingSoon')}</EmptyState.Title>
        <EmptyState.Description>
          <Text size="sm" fw={600} span>
            {t('module.willDo')}
          </Text>{' '}
          {t(text.features)}
        </EmptyState.Description>
        <Text size="xs" c="dimmed" mt="xs">
          {t('module.legal', { legal: t(text.legal) })}
        </Text>
      </EmptyState>
    </Stack>
  );
}
