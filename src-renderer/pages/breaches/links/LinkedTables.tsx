/**
 * Breaches and requests linked to a processing or a processor, most recent first: reference (a link
 * when the role may open the module), title or type, status, date. Shown on the register fiche and
 * on the processor fiche; the count gives what the 50 rows leave out.
 */
import type { ReactNode } from 'react';
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

/** One linked-records table: a caption, four column headings, one row per record (keys in the i18n module). */
function LinkedTable<T extends { id: string }>(props: {
  rows: readonly T[];
  total: number;
  empty: string;
  caption: string;
  headings: readonly [string, string, string, string];
  cells: (row: T) => readonly [ReactNode, ReactNode, ReactNode, ReactNode];
}) {
  const { rows, total, empty, caption, headings, cells } = props;
  if (rows.length === 0) return <Text size="sm">{empty}</Text>;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table captionSide="top" verticalSpacing={6}>
        <Caption text={caption} shown={rows.length} total={total} />
        <Table.Thead>
          <Table.Tr>
            {headings.map((h) => (
              <Table.Th key={h} scope="col">
                {h}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const [reference, label, status, date] = cells(row);
            return (
              <Table.Tr key={row.id}>
                <Table.Td>{reference}</Table.Td>
                <Table.Td>{label}</Table.Td>
                <Table.Td>{status}</Table.Td>
                <Table.Td className="links-table-date">{date}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function LinkedBreachTable({ rows, total, canOpen, empty }: { rows: readonly LinkedBreach[]; total: number; canOpen: boolean; empty: string }) {
  const t = useT();
  const [lang] = useLang();
  return (
    <LinkedTable
      rows={rows}
      total={total}
      empty={empty}
      caption={t('links.breaches.caption', { count: total })}
      headings={[t('links.col.reference'), t('links.col.title'), t('links.col.status'), t('links.col.discoveredAt')]}
      cells={(b) => [ref(b.reference, canOpen ? `/violations/${b.id}` : null), b.title, <StatusBadge status={b.status} />, formatDate(b.discoveredAt, lang)]}
    />
  );
}

export function LinkedRequestTable({ rows, total, canOpen, empty }: { rows: readonly LinkedRequest[]; total: number; canOpen: boolean; empty: string }) {
  const t = useT();
  const [lang] = useLang();
  return (
    <LinkedTable
      rows={rows}
      total={total}
      empty={empty}
      caption={t('links.requests.caption', { count: total })}
      headings={[t('links.col.reference'), t('links.col.type'), t('links.col.status'), t('links.col.receivedAt')]}
      cells={(r) => [ref(r.reference, canOpen ? `/demandes/${r.id}` : null), REQUEST_TYPE_INFO[r.type][lang], REQUEST_STATE_LABELS[r.state][lang], formatDate(r.receivedAt, lang)]}
    />
  );
}
