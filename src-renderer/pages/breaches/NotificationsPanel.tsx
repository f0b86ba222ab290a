/** Notifications to the CNIL: each one with its frozen copy's SHA-256 and its dossier PDF. */
import { Badge, Button, Stack, Table, Text } from '@mantine/core';
import { NOTIFICATION_KIND_LABELS, type BreachDetail } from '../../../src-main/shared/schemas/breach';
import { downloadFile } from '../../api/download-file';
import { useMutationMethod } from '../../api/hooks';
import { HashText } from '../../components/HashText';
import { formatDateTime } from '../../format/date-time';
import { useLang, useT } from '../../i18n/I18nProvider';
import { canCall } from '../../navigation';
import { useUnlockedSession } from '../../session/SessionUserContext';
import { NotificationForm } from './NotificationForm';

export function NotificationsPanel({ breach }: { breach: BreachDetail }) {
  const t = useT();
  const [lang] = useLang();
  const { user } = useUnlockedSession();
  const dossier = useMutationMethod('breach.dossier', { onSuccess: downloadFile });
  const canDownload = canCall(user.role, 'breach.dossier');
  const canNotify = breach.allowedActions.includes('notify') && canCall(user.role, 'breach.notify');

  return (
    <Stack>
      {breach.notifications.length === 0 ? (
        <Text size="sm">{t('breaches.notify.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={820}>
          <Table captionSide="top">
            <Table.Caption>{t('breaches.notify.listTitle')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('breaches.notify.col.kind')}</Table.Th>
                <Table.Th scope="col">{t('breaches.notify.col.at')}</Table.Th>
                <Table.Th scope="col">{t('breaches.notify.col.reference')}</Table.Th>
                <Table.Th scope="col">{t('breaches.notify.col.delay')}</Table.Th>
                <Table.Th scope="col">{t('breaches.notify.col.sha256')}</Table.Th>
                {canDownload && <Table.Th scope="col">{t('breaches.notify.col.dossier')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {breach.notifications.map((n) => (
                <Table.Tr key={n.id}>
                  <Table.Td>{t('breaches.notify.kindNumber', { kind: NOTIFICATION_KIND_LABELS[n.kind][lang], n: n.sequence })}</Table.Td>
                  <Table.Td>{formatDateTime(n.at, lang)}</Table.Td>
                  <Table.Td>{n.reference ?? t('breaches.notify.noReference')}</Table.Td>
                  <Table.Td>
                    {n.late ? (
                      <Stack gap={2}>
                        <Badge color="red.9" size="sm" className="status-badge">
                          {t('breaches.notify.late')}
                        </Badge>
                        {n.delayReasons && <Text size="xs">{n.delayReasons}</Text>}
                      </Stack>
                    ) : (
                      t('breaches.notify.onTime')
                    )}
                  </Table.Td>
                  <Table.Td>
                    <HashText value={n.snapshotSha256} />
                  </Table.Td>
                  {canDownload && (
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="outline"
                        loading={dossier.isPending && dossier.variables.notificationId === n.id}
                        aria-label={t('breaches.docs.dossierOf', { n: n.sequence })}
                        onClick={() => dossier.mutate({ id: breach.id, notificationId: n.id })}
                      >
                        {t('breaches.docs.pdf')}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {canNotify && <NotificationForm breach={breach} />}
      {!canNotify && !canCall(user.role, 'breach.notify') && (
        <Text size="sm" c="dimmed">
          {t('breaches.decision.dpoOnly')}
        </Text>
      )}
    </Stack>
  );
}
