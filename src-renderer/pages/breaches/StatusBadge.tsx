/** The life-cycle status of a breach (core/breach-workflow.ts). */
import { Badge } from '@mantine/core';
import { BREACH_STATUS_LABELS, type BreachStatus } from '../../../src-main/core/breach-workflow';
import { useLang } from '../../i18n/I18nProvider';
import { BADGE } from './badge-colors';

const COLOR: Record<BreachStatus, string> = {
  reported: BADGE.neutral,
  assessing: BADGE.info,
  confirmed: BADGE.urgent,
  dismissed: BADGE.neutral,
  decided: BADGE.info,
  notified: BADGE.ok,
  closed: BADGE.neutral,
};

export function StatusBadge({ status }: { status: BreachStatus }) {
  const [lang] = useLang();
  return (
    <Badge color={COLOR[status]} variant="outline" size="sm" className="status-badge">
      {BREACH_STATUS_LABELS[status][lang]}
    </Badge>
  );
}
