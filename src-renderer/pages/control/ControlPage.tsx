/**
 * Contrôle: « what did we audit this year, what is open, what is late? » (GDPR Art. 5(2), 24, 39).
 * One tab per part of the control programme, each with its own URL: the multi-year audit plan, the
 * permanent controls, the findings and the action plan.
 */
import { Stack, Tabs } from '@mantine/core';
import type { ReactNode } from 'react';
import { useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../i18n/I18nProvider';
import { moduleAccess } from '../../navigation';
import { useUnlockedSession } from '../../session/SessionUserContext';
import { NotFoundPage } from '../NotFoundPage';
import { ActionsSection } from './actions/ActionsSection';
import { ChecksSection } from './checks/ChecksSection';
import { FindingsSection } from './findings/FindingsSection';
import { PlanSection } from './plan/PlanSection';
import { CONTROL_SECTIONS, isControlSection, sectionPath, type ControlSection } from './sections';

function sectionContent(section: ControlSection): ReactNode {
  switch (section) {
    case 'plan':
      return <PlanSection />;
    case 'controles':
      return <ChecksSection />;
    case 'constats':
      return <FindingsSection />;
    case 'actions':
      return <ActionsSection />;
  }
}

export function ControlPage() {
  const t = useT();
  const navigate = useNavigate();
  const { section } = useParams();
  const { user } = useUnlockedSession();
  if (section !== undefined && !isControlSection(section)) return <NotFoundPage />;
  const active: ControlSection = section ?? 'plan';
  const readOnly = moduleAccess(user.role, 'audit') !== 'write';

  return (
    <Stack gap="md">
      <PageHeader title={t('nav.audit')} readOnly={readOnly}>
        {t('control.intro')}
      </PageHeader>
      <Tabs
        value={active}
        onChange={(value) => {
          if (isControlSection(value ?? undefined)) void navigate(sectionPath(value as ControlSection));
        }}
        keepMounted={false}
      >
        <Tabs.List>
          {CONTROL_SECTIONS.map((s) => (
            <Tabs.Tab key={s} value={s}>
              {t(`control.tab.${s}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {CONTROL_SECTIONS.map((s) => (
          <Tabs.Panel key={s} value={s} pt="md">
            {s === active ? sectionContent(s) : null}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
