/** Communication to the people concerned (Art. 34): where it stands (field 97), what was done, and the form. */
import { Stack, Table, Text } from '@mantine/core';
import { COMMUNICATION_STATUS_LABELS } from '../../../src-main/core/breach-vocabulary';
import { COMMUNICATION_CHANNEL_LABELS, type BreachDetail } from '../../../src-main/shared/schemas/breach';
import { formatDateTime } from '../../format/date-time';
import { useLang, useT } from '../../i18n/I18nProvider';
import { canCall } from '../../navigation';
import { useUnlockedSession } from '../../session/SessionUserContext';
import { CommunicationForm } from './CommunicationForm';

export function CommunicationsPanel({ breach }: { breach: BreachDetail }) {
  const t = useT();
  const [lang] = useLang();
  const { user } = useUnlockedSession();
  const canCommunicate = breach.allowedActions.includes('communicate') && canCall(user.role, 'breach.communicate');
  return (
    <Stack>
      <Text size="sm">
        {t('breaches.communicate.status', { status: COMMUNICATION_STATUS_LABELS[breach.communicationStatus][lang] })}
      </Text>
      {breach.communications.length > 0 && (
        <Table.ScrollContainer minWidth={720}>
          <Table captionSide="top">
            <Table.Caption>{t('breaches.communicate.listTitle')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('breaches.communicate.at')}</Table.Th>
                <Table.Th scope="col">{t('breaches.communicate.channel')}</Table.Th>
                <Table.Th scope="col">{t('breaches.communicate.number')}</Table.Th>
                <Table.Th scope="col">{t('breaches.communicate.content')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {breach.communications.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{formatDateTime(c.at, lang)}</Table.Td>
                  <Table.Td>{COMMUNICATION_CHANNEL_LABELS[c.channel][lang]}</Table.Td>
                  <Table.Td>
                    {c.numberInformed ?? '—'}
                    {!c.allInformed && <Text size="xs">{t('breaches.communicate.notAll', { reason: c.notAllReason })}</Text>}
                  </Table.Td>
                  <Table.Td className="pre-wrap">{c.content}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {canCommunicate ? (
        <CommunicationForm breach={breach} />
      ) : (
        !canCall(user.role, 'breach.communicate') && (
          <Text size="sm" c="dimmed">
            {t('breaches.decision.dpoOnly')}
          </Text>
        )
      )}
    </Stack>
  );
}
