/** Every recorded analysis, newest first: the reasoning at each step stays documented (Art. 33(5)). */
import { Table, Text } from '@mantine/core';
import { RECOMMENDATION_LABELS } from '../../../../src-main/core/breach-risk';
import type { BreachAssessment } from '../../../../src-main/shared/schemas/breach';
import { formatDateTime } from '../../../format/date-time';
import { useLang, useT } from '../../../i18n/I18nProvider';
import { SeverityBadge } from '../SeverityBadge';

export function AssessmentHistory({ assessments }: { assessments: readonly BreachAssessment[] }) {
  const t = useT();
  const [lang] = useLang();
  if (assessments.length === 0) return <Text size="sm">{t('breaches.risk.noneYet')}</Text>;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table captionSide="top">
        <Table.Caption>{t('breaches.risk.history')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('breaches.risk.col.at')}</Table.Th>
            <Table.Th scope="col">{t('breaches.risk.col.by')}</Table.Th>
            <Table.Th scope="col">{t('breaches.risk.col.score')}</Table.Th>
            <Table.Th scope="col">{t('breaches.risk.col.band')}</Table.Th>
            <Table.Th scope="col">{t('breaches.risk.col.recommendation')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {assessments.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td>{formatDateTime(a.at, lang)}</Table.Td>
              <Table.Td>{a.by}</Table.Td>
              <Table.Td>{a.result.enisa.se.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 2 })}</Table.Td>
              <Table.Td>
                <SeverityBadge band={a.result.enisa.band} />
              </Table.Td>
              <Table.Td>{RECOMMENDATION_LABELS[a.result.recommendation][lang]}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
