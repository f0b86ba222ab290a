/**
 * Transfers outside the EEA (GDPR Art. 44-49), as derived by the service from the processors'
 * establishment, hosting locations and sub-processors — shown, never retyped (Art. 30(1)(e)).
 */
import { Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { TransferView } from '../../../../src-main/shared/schemas/processor';
import { useLang, useT } from '../../../i18n/I18nProvider';
import { formatDay } from './calendar-day';
import { FrenchText } from './FrenchText';
import { mechanismArticle, mechanismText } from './mechanism-text';

interface Props {
  transfers: readonly TransferView[];
  /** Show the processor each transfer comes from (register fiche), with a link to it. */
  withProcessor?: boolean;
  caption: string;
}

export function TransfersTable({ transfers, withProcessor = false, caption }: Props) {
  const t = useT();
  const [lang] = useLang();
  if (transfers.length === 0) return <Text size="sm">{t('processors.transfers.none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table captionSide="top" verticalSpacing={6}>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {withProcessor && <Table.Th scope="col">{t('processors.transfers.colProcessor')}</Table.Th>}
            <Table.Th scope="col">{t('processors.transfers.colRecipient')}</Table.Th>
            <Table.Th scope="col">{t('processors.transfers.colCountry')}</Table.Th>
            <Table.Th scope="col">{t('processors.transfers.colMechanism')}</Table.Th>
            <Table.Th scope="col">{t('processors.transfers.colTia')}</Table.Th>
            <Table.Th scope="col">{t('processors.transfers.colIssue')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {transfers.map((tr) => (
            <Table.Tr key={tr.key}>
              {withProcessor && (
                <Table.Td>
                  <Link to={`/sous-traitants/${tr.processorId}`}>{tr.processorName}</Link>
                </Table.Td>
              )}
              <Table.Td>
                {tr.recipientName}
                <Text size="xs" c="dimmed">
                  {t(`processors.transfers.via.${tr.via}`)}
                </Text>
              </Table.Td>
              <Table.Td>
                {tr.countryNameFr} <span className="wb-nowrap">({tr.country})</span>
              </Table.Td>
              <Table.Td>
                {lang === 'fr' ? tr.mechanismFr : mechanismText(tr.mechanism, lang)}
                <Text size="xs" c="dimmed">
                  {[mechanismArticle(tr.mechanism), t(`processors.transfers.source.${tr.mechanismSource}`)].filter(Boolean).join(' · ')}
                </Text>
              </Table.Td>
              <Table.Td>{tr.tiaDate ? formatDay(tr.tiaDate, lang) : t('processors.common.none')}</Table.Td>
              <Table.Td>
                {tr.issue === null ? (
                  <span className="wb-chip wb-chip-ok">{t('processors.transfers.framed')}</span>
                ) : (
                  <>
                    <span className="wb-chip wb-chip-high">{t(`processors.transfers.issue.${tr.issue}`)}</span>
                    {tr.issueFr && (
                      <Text size="xs" mt={2}>
                        <FrenchText>{tr.issueFr}</FrenchText>
                      </Text>
                    )}
                  </>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
