/**
 * Rapports: « give me the CNIL-ready PDF / Excel, or the quarterly audit pack » (GDPR Art. 30(4),
 * 33(5), 58). The audit pack of a period, every register export of the other modules, and the
 * verification of a pack received back.
 */
import { Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../i18n/I18nProvider';
import { canCall } from '../../navigation';
import { useUnlockedSession } from '../../session/SessionUserContext';
import '../control/control.css';
import { parisToday } from '../control/common/calendar-day';
import { AuditPackPanel } from './AuditPackPanel';
import { defaultChoice, resolvePeriod, type PeriodChoice } from './period-spec';
import { RegisterExportsPanel } from './RegisterExportsPanel';
import { VerifyPackPanel } from './VerifyPackPanel';

export function ReportsPage() {
  const t = useT();
  const { user } = useUnlockedSession();
  const today = parisToday();
  const [choice, setChoice] = useState<PeriodChoice>(() => defaultChoice(today));
  const resolved = resolvePeriod(choice);
  const range = 'error' in resolved ? null : { from: resolved.from, to: resolved.to };
  return (
    <Stack gap="lg">
      <PageHeader title={t('nav.reports')}>{t('reports.intro')}</PageHeader>
      <section className="ctl-section" aria-labelledby="reports-pack">
        <Title order={2} size="h3" id="reports-pack" mb="sm">
          {t('reports.pack.title')}
        </Title>
        <AuditPackPanel canGenerate={canCall(user.role, 'report.auditPackStart')} choice={choice} today={today} onChoice={setChoice} />
      </section>
      <section className="ctl-section" aria-labelledby="reports-registers">
        <Title order={2} size="h3" id="reports-registers" mb="sm">
          {t('reports.registers.title')}
        </Title>
        <RegisterExportsPanel range={range} />
      </section>
      {canCall(user.role, 'report.verifyPack') && (
        <section className="ctl-section" aria-labelledby="reports-verify">
          <Title order={2} size="h3" id="reports-verify" mb="sm">
            {t('reports.verify.title')}
          </Title>
          <VerifyPackPanel />
        </section>
      )}
    </Stack>
  );
}
