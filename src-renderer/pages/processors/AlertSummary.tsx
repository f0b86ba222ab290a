/** All processor alerts by severity (processor.alerts): the picture of where Art. 28 and Chapter V work is. */
import { Loader, Text } from '@mantine/core';
import { useMethod } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n/I18nProvider';
import { StackedBar } from './common/StackedBar';
import { SEVERITIES, SEVERITY_COLOURS } from './severity';

export function AlertSummary() {
  const t = useT();
  const alerts = useMethod('processor.alerts', { limit: 1 });
  if (alerts.isPending) return <Loader size="xs" aria-label={t('app.loading')} />;
  if (alerts.isError) return <ErrorAlert error={alerts.error} />;
  const { counts, total } = alerts.data;
  return (
    <div>
      <Text size="sm" fw={600} mb={4}>
        {t('processors.summary.title', { count: total })}
      </Text>
      <StackedBar
        label={t('processors.summary.title', { count: total })}
        segments={SEVERITIES.map((s) => ({ key: s, label: t(`processors.severity.${s}`), value: counts[s], color: SEVERITY_COLOURS[s] }))}
      />
    </div>
  );
}
