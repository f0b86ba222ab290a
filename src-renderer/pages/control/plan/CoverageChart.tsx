/**
 * Coverage of the audit cycle (GDPR Art. 39(1)(b), 24(1)): the share of processings and processors
 * audited (an audit done) and covered (an audit planned, in progress or done) within the plan's
 * years, the organisation-level controls, and the audits of each year by status.
 */
import { Stack, Text } from '@mantine/core';
import { AUDIT_ITEM_STATUS_LABELS, AUDIT_ITEM_STATUSES, type CoverageOutput } from '../../../../src-main/shared/schemas/control';
import { useT, type TFunction } from '../../../i18n/I18nProvider';
import '../../dashboard/charts/charts.css';
import type { Series } from '../../dashboard/charts/chart-math';
import { ColumnChart } from '../../dashboard/charts/ColumnChart';
import { ShareBar } from '../../dashboard/charts/ShareBar';
import { useLabel } from '../common/labels';
import { AUDIT_STATUS_COLOR } from '../common/tones';
import { percent } from './plan-view';

type Part = CoverageOutput['processings'];

function coverageSeries(t: TFunction): Series[] {
  return [
    { key: 'audited', label: t('control.coverage.audited'), color: AUDIT_STATUS_COLOR.done },
    { key: 'plannedOnly', label: t('control.coverage.plannedOnly'), color: AUDIT_STATUS_COLOR.planned },
  ];
}

function PartBar({ part, title, t }: { part: Part; title: string; t: TFunction }) {
  if (!part.available) return <Text size="sm">{t('control.coverage.unavailable', { what: title })}</Text>;
  const audited = part.audited.length;
  const covered = part.covered.length;
  const summary =
    part.total === 0
      ? t('control.coverage.none', { what: title })
      : t('control.coverage.summary', {
          audited,
          covered,
          total: part.total,
          auditedPct: percent(part.auditedShare) ?? 0,
          coveredPct: percent(part.coveredShare) ?? 0,
        });
  return (
    <div>
      <ShareBar title={title} total={part.total} series={coverageSeries(t)} values={{ audited, plannedOnly: covered - audited }} summary={summary} />
      {part.neverCovered.length > 0 && (
        <details className="chart-data">
          <summary>{t('control.coverage.neverCovered', { n: part.neverCovered.length })}</summary>
          <ul>
            {part.neverCovered.map((id) => (
              <li key={id}>{part.labels[id] ?? id}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

export function CoverageChart({ coverage }: { coverage: CoverageOutput }) {
  const t = useT();
  const label = useLabel();
  const statusSeries: Series[] = AUDIT_ITEM_STATUSES.map((s) => ({ key: s, label: label(AUDIT_ITEM_STATUS_LABELS[s]), color: AUDIT_STATUS_COLOR[s] }));
  const columns = coverage.byYear.map((y) => ({
    key: String(y.year),
    label: String(y.year),
    values: { planned: y.planned, in_progress: y.inProgress, done: y.done, cancelled: y.cancelled },
    note: null,
  }));
  return (
    <section className="ctl-section" aria-labelledby="coverage-title">
      <Text fw={700} id="coverage-title" mb="xs">
        {t('control.coverage.title', { from: coverage.cycle.fromYear, to: coverage.cycle.toYear })}
      </Text>
      <div className="ctl-two-columns">
        <Stack gap="md">
          <PartBar part={coverage.processings} title={t('control.coverage.processings')} t={t} />
          <PartBar part={coverage.processors} title={t('control.coverage.processors')} t={t} />
          <Text size="sm">
            {t('control.coverage.organisation', { done: coverage.organisation.done, planned: coverage.organisation.planned })}
          </Text>
        </Stack>
        <ColumnChart
          series={statusSeries}
          columns={columns}
          label={t('control.coverage.byYear')}
          tableLabel={t('control.coverage.byYearTable')}
          columnHeader={t('control.item.year')}
        />
      </div>
    </section>
  );
}
