/**
 * Contrôle: progress of the audit plan covering this year (audits by status, this year's audits
 * done, coverage of processings and processors) and the actions open and overdue.
 */
import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { AUDIT_ITEM_STATUS_LABELS, AUDIT_ITEM_STATUSES } from '../../../src-main/shared/schemas/control';
import type { Dashboard } from '../../../src-main/shared/schemas/dashboard';
import { useT, type TFunction } from '../../i18n/I18nProvider';
import { moduleAccess } from '../../navigation';
import { useUnlockedSession } from '../../session/SessionUserContext';
import { useLabel } from '../control/common/labels';
import { AUDIT_STATUS_COLOR } from '../control/common/tones';
import { sectionPath } from '../control/sections';
import type { Series } from './charts/chart-math';
import { Donut } from './charts/Donut';
import { ShareBar } from './charts/ShareBar';
import { figureHref } from './figure-links';
import { FigureTile } from './FigureTile';
import { Panel } from './Panel';
import { ratePercent } from './rates';

type Plan = NonNullable<Dashboard['auditPlan']>;

function CoverageBar({ title, part, t }: { title: string; part: Plan['processings']; t: TFunction }) {
  const series: Series[] = [
    { key: 'audited', label: t('control.coverage.audited'), color: AUDIT_STATUS_COLOR.done },
    { key: 'plannedOnly', label: t('control.coverage.plannedOnly'), color: AUDIT_STATUS_COLOR.planned },
  ];
  const summary =
    part.total === 0
      ? t('control.coverage.none', { what: title })
      : t('control.coverage.summary', { audited: part.audited, covered: part.covered, total: part.total, auditedPct: ratePercent(part.auditedShare) ?? 0, coveredPct: ratePercent(part.coveredShare) ?? 0 });
  return <ShareBar title={title} total={part.total} series={series} values={{ audited: part.audited, plannedOnly: part.covered - part.audited }} summary={summary} />;
}

export function AuditPlanPanel({ plan, actions }: { plan: Dashboard['auditPlan']; actions: Dashboard['actions'] }) {
  const t = useT();
  const label = useLabel();
  const { user } = useUnlockedSession();
  const inControl = moduleAccess(user.role, 'audit') !== 'none';
  const series: Series[] = AUDIT_ITEM_STATUSES.map((s) => ({ key: s, label: label(AUDIT_ITEM_STATUS_LABELS[s]), color: AUDIT_STATUS_COLOR[s] }));
  const planHref = plan ? figureHref(plan.link, user.role) : null;
  return (
    <Panel id="dash-control" title={t('dashboard.control.title')} moreHref={inControl ? sectionPath('plan') : null} moreLabel={t('dashboard.control.more')}>
      <div className="dash-tiles">
        <FigureTile figure={actions.open} label={actions.scope === 'breach' ? t('dashboard.control.openBreachActions') : t('dashboard.control.openActions')} />
        <FigureTile figure={actions.overdue} label={t('dashboard.control.overdueActions')} alarm />
      </div>
      {plan === null ? (
        inControl && <Text size="sm">{t('dashboard.control.noPlan')}</Text>
      ) : (
        <Stack gap="sm">
          <Text size="sm">
            {planHref ? (
              <Anchor component={Link} to={planHref}>
                {plan.title}
              </Anchor>
            ) : (
              plan.title
            )}{' '}
            ({plan.cycle.fromYear}-{plan.cycle.toYear})
          </Text>
          <Donut
            series={series}
            values={{ planned: plan.items.planned, in_progress: plan.items.inProgress, done: plan.items.done, cancelled: plan.items.cancelled }}
            centre={`${plan.currentYear.done}/${plan.currentYear.total}`}
            centreNote={t('dashboard.control.thisYear', { year: plan.currentYear.year })}
            label={t('dashboard.control.donut', { year: plan.currentYear.year, done: plan.currentYear.done, total: plan.currentYear.total })}
          />
          <CoverageBar title={t('control.coverage.processings')} part={plan.processings} t={t} />
          <CoverageBar title={t('control.coverage.processors')} part={plan.processors} t={t} />
        </Stack>
      )}
    </Panel>
  );
}
