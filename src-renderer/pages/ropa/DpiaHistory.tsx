/** Every DPIA screening of the processing, latest first: who, when, outcome, reasons (accountability, Art. 5(2)). */
import { Loader, Table, Text } from '@mantine/core';
import { DPIA_OUTCOME_LABELS } from '../../../src-main/core/dpia-screening';
import { useMethod } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../format/date-time';
import { useLang, useT } from '../../i18n/I18nProvider';
import { FrenchText } from '../processors/common/FrenchText';

export function DpiaHistory({ processingId }: { processingId: string }) {
  const t = useT();
  const [lang] = useLang();
  const history = useMethod('processing.screenings', { id: processingId });
  if (history.isPending) return <Loader size="xs" aria-label={t('app.loading')} />;
  if (history.isError) return <ErrorAlert error={history.error} />;
  if (history.data.length === 0) return <Text size="sm">{t('ropa.dpia.noHistory')}</Text>;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table captionSide="top" verticalSpacing={4}>
        <Table.Caption>{t('ropa.dpia.historyCaption', { count: history.data.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('ropa.dpia.colDate')}</Table.Th>
            <Table.Th scope="col">{t('ropa.dpia.colBy')}</Table.Th>
            <Table.Th scope="col">{t('ropa.dpia.colOutcome')}</Table.Th>
            <Table.Th scope="col">{t('ropa.dpia.colReasons')}</Table.Th>
            <Table.Th scope="col">{t('ropa.dpia.comment')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {history.data.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td className="wb-nowrap">{formatDateTime(s.screenedAt, lang)}</Table.Td>
              <Table.Td>{s.screenedBy}</Table.Td>
              <Table.Td>{DPIA_OUTCOME_LABELS[s.outcome][lang]}</Table.Td>
              <Table.Td>{s.reasons.length === 0 ? t('processors.common.none') : s.reasons.map((r) => <div key={r.id}>{r.citationFr}</div>)}</Table.Td>
              <Table.Td>{s.comment ? <FrenchText>{s.comment}</FrenchText> : t('processors.common.none')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
