/**
 * Where the processor keeps or reaches the data: its establishment and hosting locations, each with
 * the mechanism documented for it, then the transfers outside the EEA the service derives (Art. 44-49).
 */
import { Stack, Table, Text, Title } from '@mantine/core';
import { isTransfer } from '../../../src-main/core/transfers';
import type { ProcessorDetail } from '../../../src-main/shared/schemas/processor';
import { useLang, useT } from '../../i18n/I18nProvider';
import { formatDay } from './common/calendar-day';
import { mechanismText } from './common/mechanism-text';
import { TransfersTable } from './common/TransfersTable';

export function HostingSection({ processor: p }: { processor: ProcessorDetail }) {
  const t = useT();
  const [lang] = useLang();
  const none = t('processors.common.none');
  const rows = [
    { id: 'establishment', country: p.country, countryNameFr: p.countryNameFr, description: t('processors.hosting.establishment'), ...p.establishment },
    ...p.hostingLocations,
  ];
  return (
    <Stack gap="md">
      <div>
        <Title order={3} mb={4}>
          {t('processors.hosting.title')}
        </Title>
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('processors.hosting.colPlace')}</Table.Th>
                <Table.Th scope="col">{t('processors.hosting.colCountry')}</Table.Th>
                <Table.Th scope="col">{t('processors.hosting.colEea')}</Table.Th>
                <Table.Th scope="col">{t('processors.hosting.colMechanism')}</Table.Th>
                <Table.Th scope="col">{t('processors.hosting.colTia')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((h) => {
                const outside = isTransfer(h.country);
                return (
                  <Table.Tr key={h.id}>
                    <Table.Td>{h.description || none}</Table.Td>
                    <Table.Td>{`${h.countryNameFr} (${h.country})`}</Table.Td>
                    <Table.Td>
                      <span className={`wb-chip ${outside ? 'wb-chip-medium' : 'wb-chip-ok'}`}>
                        {outside ? t('processors.hosting.outside') : t('processors.hosting.inside')}
                      </span>
                    </Table.Td>
                    <Table.Td>
                      {h.mechanism ? mechanismText(h.mechanism, lang) : outside ? t('processors.hosting.notDocumented') : none}
                      {h.dpfCertified && (
                        <Text size="xs" c="dimmed">
                          {t('processors.hosting.dpf')}
                        </Text>
                      )}
                      {h.mechanism?.documentation && (
                        <Text size="xs" c="dimmed">
                          {h.mechanism.documentation}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{h.tiaDate ? formatDay(h.tiaDate, lang) : none}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </div>
      <div>
        <Title order={3} mb={4}>
          {t('processors.transfers.title')}
        </Title>
        <Text size="xs" c="dimmed" mb={4}>
          {t('processors.transfers.derivedHint')}
        </Text>
        <TransfersTable transfers={p.transfers} caption={t('processors.transfers.caption', { count: p.transfers.length })} />
      </div>
    </Stack>
  );
}
