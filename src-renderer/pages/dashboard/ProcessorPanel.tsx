/** Sous-traitants: how many have an alert (missing Art. 28 clause, review overdue, expired certification…). */
import type { Dashboard } from '../../../src-main/shared/schemas/dashboard';
import { useT } from '../../i18n/I18nProvider';
import type { Series } from './charts/chart-math';
import { ShareBar } from './charts/ShareBar';
import { Legend } from './charts/Legend';
import { FigureTile } from './FigureTile';
import { Panel } from './Panel';
import { alertBands } from './rates';

type ProcessorPart = NonNullable<Dashboard['processors']>;

export function ProcessorPanel({ part }: { part: ProcessorPart }) {
  const t = useT();
  const series: Series[] = [
    { key: 'critical', label: t('dashboard.processors.bandCritical'), color: '#c92a2a' },
    { key: 'high', label: t('dashboard.processors.bandHigh'), color: '#e8590c' },
    { key: 'other', label: t('dashboard.processors.bandOther'), color: '#f0c419' },
    { key: 'none', label: t('dashboard.processors.bandNone'), color: '#2b8a3e' },
  ];
  const bands = alertBands({ total: part.total.value, withAlerts: part.withAlerts.value, highOrCritical: part.highOrCritical.value, critical: part.critical.value });
  return (
    <Panel id="dash-processors" title={t('dashboard.processors.title')} moreHref="/sous-traitants" moreLabel={t('dashboard.processors.more')}>
      <div className="dash-tiles">
        <FigureTile figure={part.total} label={t('dashboard.processors.total')} />
        <FigureTile figure={part.withAlerts} label={t('dashboard.processors.withAlerts')} />
        <FigureTile figure={part.highOrCritical} label={t('dashboard.processors.highOrCritical')} alarm />
        <FigureTile figure={part.critical} label={t('dashboard.processors.critical')} alarm />
      </div>
      <ShareBar
        title={t('dashboard.processors.chart')}
        total={part.total.value}
        series={series}
        values={bands}
        summary={t('dashboard.processors.summary', { alerts: part.withAlerts.value, total: part.total.value })}
      />
      <Legend series={series} values={bands} />
    </Panel>
  );
}
