/**
 * Breaches and requests linked to a processing or a processor, most recent first: reference (a link
 * when the role may open the module), title or type, status, date. Shown on the register fiche and
 * on the processor fiche; the count gives what the 50 rows leave out.
 */
import { Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { REQUEST_STATE_LABELS, REQUEST_TYPE_INFO } from '../../../../src-main/core/request-workflow';
import type { LinkedBreach, LinkedRequest } from '../../../../src-main/shared/schemas/links';
import { formatDate } from '../../../format/date-time';
import { useLang, useT } from '../../../i18n/I18nProvider';
import { StatusBadge } from '../StatusBadge';
import './links.css';

/** The count is in the heading above: the caption is for screen readers, unless the list is cut. */
function Caption({ text, shown, total }: { text: string; shown: number; total: number }) {
  const t = useT();
  if (shown >= total) return <Table.Caption className="visually-hidden">{text}</Table.Caption>;
  return <Table.Caption>{`${text} — ${t('links.fiche.shown', { shown, total })}`}</Table.Caption>;
}

const ref = (reference: string, href: string | null) => (href ? <Link to={href}>{reference}</Link> : reference);

export function LinkedBreachTable({ rows, total, canOpen, empty }: { rows: readonly LinkedBreach[]; total: number; canOpen: boolean; empty: string }) {
  const t = useT();
  const [lang] = useLang();
  if (rows.length === 0) return <Text size="sm">{empty}</Text>;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table captionSide="top" verticalSpacing={6}>
        <Caption text={t('links.breaches.caption', { count: total })} shown={rows.length} total={total} />
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('links.col.reference')}</Table.Th>
            <Table.Th scope="col">{t('links.col.title')}</Table.Th>
            <Table.Th scope="col">{t('links.col.status')}</Table.Th>
            <Table.Th scope="col">{t('links.col.discoveredAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((b) => (
            <Table.Tr key={b.id}>
              <Table.Td>{ref(b.reference, canOpen ? `/violations/${b.id}` : null)}</Table.Td>
              <Table.Td>{b.title}</Table.Td>
              <Table.Td>
                <StatusBadge status={b.status} />
              </Table.Td>
              <Table.Td className="links-table-date">{formatDate(b.discoveredAt, lang)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function LinkedRequestTable({ rows, total, canOpen, empty }: { rows: readonly LinkedRequest[]; total: number; canOpen: boolean; empty: string }) {
  const t = useT();
  const [lang] = useLang();
  if (rows.length === 0) return <Text size="sm">{empty}</Text>;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table captionSide="top" verticalSpacing={6}>
        <Caption text={t('links.requests.caption', { count: total })} shown={rows.length} total={total} />
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('links.col.reference')}</Table.Th>
            <Table.Th scope="col">{t('links.col.type')}</Table.Th>
            <Table.Th scope="col">{t('links.col.status')}</Table.Th>
            <Table.Th scope="col">{t('links.col.receivedAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>{ref(r.reference, canOpen ? `/demandes/${r.id}` : null)}</Table.Td>
              <Table.Td>{REQUEST_TYPE_INFO[r.type][lang]}</Table.Td>
              <Table.Td>{REQUEST_STATE_LABELS[r.state][lang]}</Table.Td>
              <Table.Td className="links-table-date">{formatDate(r.receivedAt, lang)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
