/**
 * The processor's alerts, worst first: severity, what is wrong (the service's French sentence) and the
 * article, and « Créer une action » to follow the fix in the action plan (Art. 28, accountability Art. 5(2)).
 */
import { Alert, Group, List, Text } from '@mantine/core';
import type { AlertView } from '../../../src-main/shared/schemas/processor';
import { useT } from '../../i18n/I18nProvider';
import { CreateActionButton } from '../control/actions/CreateActionButton';
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
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
              <div>
                <SeverityChip severity={a.severity} /> <strong>{t(`processors.alertCode.${a.code}`)}</strong>{' '}
                <Text span size="xs" c="dimmed">
                  ({a.article})
                </Text>
                <div>
                  <FrenchText>{a.messageFr}</FrenchText>
                </div>
              </div>
              <CreateActionButton
                size="xs"
                source={{ type: 'processor', id: a.processorId, alert: a.key }}
                title={t('control.action.alertTitle', { alert: t(`processors.alertCode.${a.code}`), processor: a.processorName })}
                description={t('control.action.alertDetail', { message: a.messageFr, article: a.article })}
                label={t('control.action.createFromAlert', { alert: t(`processors.alertCode.${a.code}`) })}
              />
            </Group>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
