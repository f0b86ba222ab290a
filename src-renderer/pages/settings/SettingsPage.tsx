/**
 * Paramètres: one tab per section the role can see (navigation.ts). The section is in the URL
 * (`#/parametres/sauvegardes`…), so a section the role cannot see shows "Accès refusé".
 */
import { Stack, Tabs } from '@mantine/core';
import type { ReactNode } from 'react';
import { useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../i18n/I18nProvider';
import { isSettingsSection, settingsAccess, visibleSettingsSections, type Access, type SettingsSection } from '../../navigation';
import { useUnlockedSession } from '../../session/SessionUserContext';
import { AccessDeniedPage } from '../AccessDeniedPage';
import { NotFoundPage } from '../NotFoundPage';
import { AuditSettings } from './AuditSettings';
import { AutoLockSettings } from './AutoLockSettings';
import { BackupSettings } from './BackupSettings';
import { LanguageSettings } from './LanguageSettings';
import { OrganisationSettings } from './OrganisationSettings';
import { PassphraseSettings } from './PassphraseSettings';
import { UsersSettings } from './UsersSettings';

function sectionContent(section: SettingsSection, access: Access): ReactNode {
  switch (section) {
    case 'organisation':
      return <OrganisationSettings access={access} />;
    case 'users':
      return <UsersSettings />;
    case 'passphrase':
      return <PassphraseSettings />;
    case 'language':
      return <LanguageSettings />;
    case 'autolock':
      return <AutoLockSettings access={access} />;
    case 'backups':
      return <BackupSettings />;
    case 'audit':
      return <AuditSettings />;
  }
}

export function SettingsPage() {
  const t = useT();
  const navigate = useNavigate();
  const { section } = useParams();
  const { user } = useUnlockedSession();
  const sections = visibleSettingsSections(user.role);

  if (section !== undefined && !isSettingsSection(section)) return <NotFoundPage />;
  const active = section ?? sections[0];
  if (active === undefined || settingsAccess(user.role, active) === 'none') return <AccessDeniedPage />;

  return (
    <Stack>
      <PageHeader title={t('settings.title')} />
      <Tabs
        orientation="vertical"
        value={active}
        onChange={(value) => {
          if (isSettingsSection(value ?? undefined)) void navigate(`/parametres/${value}`);
        }}
      >
        <Tabs.List className="settings-tabs-list">
          {sections.map((s) => (
            <Tabs.Tab key={s} value={s}>
              {t(`settings.section.${s}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {sections.map((s) => (
          <Tabs.Panel key={s} value={s} pl="lg">
            {s === active ? sectionContent(s, settingsAccess(user.role, s)) : null}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
