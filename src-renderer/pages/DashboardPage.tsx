/** Tableau de bord: the vault at a glance (audit-log head, last backup) and the modules of the role. */
import { Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useMethod } from '../api/hooks';
import { DefinitionList } from '../components/DefinitionList';
import { ErrorAlert } from '../components/ErrorAlert';
import { HashText } from '../components/HashText';
import { PageHeader } from '../components/PageHeader';
import { formatBytes } from '../format/bytes';
import { formatDateTime } from '../format/date-time';
import { useLang, useT } from '../i18n/I18nProvider';
import { visibleModules } from '../navigation';
import { useUnlockedSession } from '../session/SessionUserContext';
import { isPlannedModule, MODULE_TEXT } from './module-text';

function VaultCard() {
  const t = useT();
  const [lang] = useLang();
  const status = useMethod('vault.status');
  if (status.isPending) return <Loader size="sm" aria-label={t('app.loading')} />;
  if (status.isError) return <ErrorAlert error={status.error} />;
  const s = status.data;
  return (
    <DefinitionList
      items={[
        { label: t('dashboard.path'), value: <code>{s.path}</code> },
        { label: t('dashboard.createdAt'), value: formatDateTime(s.createdAt, lang) },
        { label: t('dashboard.cipher'), value: s.cipher },
        { label: t('dashboard.keyId'), value: <code>{s.keyId}</code> },
        { label: t('dashboard.schemaVersion'), value: String(s.schemaVersion) },
        { label: t('dashboard.appVersion'), value: s.appVersion },
        { label: t('dashboard.size'), value: formatBytes(s.sizeBytes, lang) },
        {
          label: t('dashboard.lastBackup'),
          value: s.lastBackupAt ? formatDateTime(s.lastBackupAt, lang) : t('dashboard.noBackup'),
        },
        { label: t('dashboard.auditHead', { seq: s.auditHead.seq }), value: <HashText value={s.auditHead.hash} /> },
      ]}
    />
  );
}

export function DashboardPage() {
  const t = useT();
  const { user, organisationName } = useUnlockedSession();
  const modules = visibleModules(user.role).filter((m) => isPlannedModule(m.id));
  return (
    <Stack gap="lg">
      <PageHeader title={t('dashboard.welcome', { name: user.displayName })}>
        {[organisationName, t(`roles.${user.role}`)].filter(Boolean).join(' — ')}
      </PageHeader>
      <Paper withBorder p="md">
        <Title order={2} mb="sm">
          {t('dashboard.vaultTitle')}
        </Title>
        <VaultCard />
      </Paper>
      <section aria-labelledby="dashboard-modules">
        <Title order={2} mb="sm" id="dashboard-modules">
          {t('dashboard.modulesTitle')}
        </Title>
        <ul className="card-grid">
          {modules.map((m) => (
            <li key={m.id}>
              <Paper component={Link} to={m.path} withBorder p="md" className="module-card">
                <Text fw={600}>{t(m.labelKey)}</Text>
                <Text size="sm" c="dimmed" mt={4}>
                  {isPlannedModule(m.id) ? t(MODULE_TEXT[m.id].summary) : null}
                </Text>
              </Paper>
            </li>
          ))}
        </ul>
      </section>
    </Stack>
  );
}
