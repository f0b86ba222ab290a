/** The processor's alerts, worst first: severity, what is wrong (the service's French sentence) and the article. */
import { Alert, List, Text } from '@mantine/core';
import type { AlertView } from '../../../src-main/shared/schemas/processor';
import { useT } from '../../i18n/I18nProvider';
import { SeverityChip } from './AlertChips';
import { FrenchText } from './common/FrenchText';

export function ProcessorAlerts({ alerts }: { alerts: readonly AlertView[] }) {
  const t = useT();
  if (alerts.length === 0) {
    return (
      <Alert color="teal.9" variant="outline" title={t('processors.alerts.noneTitle')}>
        {t('processors.alerts.noneBody')}
      </Alert>
    );
  }
  return (
    <Alert color="red.9" variant="outline" title={t('processors.alerts.title', { count: alerts.length })} role="region" aria-label={t('processors.alerts.title', { count: alerts.length })}>
      <List spacing={6} size="sm" listStyleType="none">
        {alerts.map((a) => (
          <List.Item key={a.key}>
            <SeverityChip severity={a.severity} /> <strong>{t(`processors.alertCode.${a.code}`)}</strong>{' '}
            <Text span size="xs" c="dimmed">
              ({a.article})
            </Text>
            <div>
              <FrenchText>{a.messageFr}</FrenchText>
            </div>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
