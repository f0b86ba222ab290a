/**
 * Where a request stands against its due date in force (Art. 12(3)): days left, due today, or days
 * late in red; once answered, whether the answer was on time.
 */
import { Badge } from '@mantine/core';
import type { RequestRow } from '../../../src-main/shared/schemas/request';
import type { TFunction } from '../../i18n/I18nProvider';
import { useT } from '../../i18n/I18nProvider';
import { BADGE } from '../breaches/badge-colors';

export interface DueView {
  text: string;
  color: string;
}

/** Under this many days left the badge turns orange. */
export const SOON_DAYS = 7;

export function dueView(row: Pick<RequestRow, 'pending' | 'daysLeft' | 'overdue' | 'lateDays'>, t: TFunction): DueView {
  if (!row.pending) {
    return row.lateDays > 0 ? { text: t('requests.due.answeredLate', { n: row.lateDays }), color: BADGE.late } : { text: t('requests.due.answeredOnTime'), color: BADGE.ok };
  }
  if (row.overdue || (row.daysLeft !== null && row.daysLeft < 0)) return { text: t('requests.due.late', { n: Math.max(row.lateDays, -(row.daysLeft ?? 0)) }), color: BADGE.late };
  if (row.daysLeft === 0) return { text: t('requests.due.today'), color: BADGE.urgent };
  const n = row.daysLeft ?? 0;
  return { text: t('requests.due.left', { n }), color: n <= SOON_DAYS ? BADGE.urgent : BADGE.info };
}

export function DueBadge({ row }: { row: Pick<RequestRow, 'pending' | 'daysLeft' | 'overdue' | 'lateDays'> }) {
  const t = useT();
  const view = dueView(row, t);
  return (
    <Badge color={view.color} variant="filled" size="sm" className="status-badge">
      {view.text}
    </Badge>
  );
}
