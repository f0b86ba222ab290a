/** The live 72-hour countdown of a breach (Art. 33(1)), red once late. */
import { Badge } from '@mantine/core';
import type { BreachClock } from '../../../src-main/shared/schemas/breach';
import { formatDateTime } from '../../format/date-time';
import { useLang, useT } from '../../i18n/I18nProvider';
import { clockColor, clockText, clockView } from './clock-view';
import { useNow } from './now-store';

interface Props {
  clock: BreachClock | null;
  notified: boolean;
  size?: 'sm' | 'md' | 'lg';
}

export function ClockBadge({ clock, notified, size = 'sm' }: Props) {
  const t = useT();
  const [lang] = useLang();
  const now = useNow();
  const view = clockView(clock, notified, now);
  const title = clock ? t('breaches.clock.dueAt', { date: formatDateTime(clock.dueAt, lang) }) : t('breaches.clock.noneHint');
  return (
    <Badge color={clockColor(view)} variant="filled" size={size} title={title} className="clock-badge">
      {clockText(view, t)}
    </Badge>
  );
}
