/**
 * Demandes: pending answers, due within 7 days, overdue (GDPR Art. 12(3)); the on-time rate over
 * the last 12 months by month of the due date, and the median answer time.
 */
import type { Dashboard } from '../../../src-main/shared/schemas/dashboard';
import { useLang, useT } from '../../i18n/I18nProvider';
import { LOCALES } from '../../i18n/translate';
import './charts/charts.css';
import { monthLabel, type Series } from './charts/chart-math';
import { ColumnChart } from './charts/ColumnChart';
import { FigureTile } from './FigureTile';
import { Panel } from './Panel';
import { ratePercent } from './rates';

type RequestPart = NonNullable<Dashboard['requests']>;

export function RequestPanel({ part }: { part: RequestPart }) {
  const t = useT();
  const [lang] = useLang();
  const series: Series[] = [
    { key: 'onTime', label: t('dashboard.requests.onTime'), color: '#2b8a3e' },
    { key: 'late', label: t('dashboard.requests.lateAnswers'), color: '#c92a2a' },
    { key: 'pending', label: t('dashboard.requests.pendingAnswers'), color: '#adb5bd' },
  ];
  const columns = part.onTimeByMonth.map((m) => {
    const rate = ratePercent(m.rate);
    return {
      key: m.month,
      label: monthLabel(m.month, LOCALES[lang]),
      values: { onTime: m.onTime, late: m.late, pending: m.pending },
      note: rate === null ? null : t('dashboard.percent', { n: rate }),
    };
  });
  const rate = ratePercent(part.onTimeRate12Months);
  return (
    <Panel id="dash-requests" title={t('dashboard.requests.title')} moreHref="/demandes" moreLabel={t('dashboard.requests.more')}>
      <div className="dash-tiles">
        <FigureTile figure={part.pending} label={t('dashboard.requests.pending')} />
        <FigureTile figure={part.dueWithin7Days} label={t('dashboard.requests.dueSoon')} />
        <FigureTile figure={part.overdue} label={t('dashboard.requests.overdue')} alarm />
      </div>
      <div className="dash-stats">
        <div>
          <div className="dash-big">{rate === null ? '—' : t('dashboard.percent', { n: rate })}</div>
          <div>{t('dashboard.requests.rate12')}</div>
        </div>
        <div>
          <div className="dash-big">{part.medianAnswerDays === null ? '—' : t('dashboard.requests.days', { n: part.medianAnswerDays })}</div>
          <div>{t('dashboard.requests.median')}</div>
        </div>
      </div>
      <ColumnChart
        series={series}
        columns={columns}
        label={t('dashboard.requests.chart')}
        tableLabel={t('dashboard.requests.chartTable')}
        columnHeader={t('dashboard.requests.month')}
        noteHeader={t('dashboard.requests.rate')}
      />
    </Panel>
  );
}
