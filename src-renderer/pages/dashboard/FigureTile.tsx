/**
 * One figure of the dashboard: the number, what it counts, and a link to the list behind it. A
 * figure that calls for action (something late) is shown in red when it is not zero.
 */
import { Link } from 'react-router';
import type { Figure } from '../../../src-main/shared/schemas/dashboard';
import { useUnlockedSession } from '../../session/SessionUserContext';
import { figureHref } from './figure-links';

interface Props {
  figure: Figure;
  label: string;
  /** Red when not zero (late, overdue, missing). */
  alarm?: boolean;
  /** The service's note when the list shows more rows than the figure counts. */
  hint?: string;
}

export function FigureTile({ figure, label, alarm = false, hint }: Props) {
  const { user } = useUnlockedSession();
  const href = figureHref(figure.link, user.role);
  const tone = alarm && figure.value > 0 ? 'dash-tile dash-tile-alarm' : 'dash-tile';
  const body = (
    <>
      <span className="dash-tile-value">{figure.value}</span>
      <span className="dash-tile-label">{label}</span>
    </>
  );
  return href ? (
    <Link to={href} className={`${tone} dash-tile-link`} title={hint ?? figure.link?.note ?? undefined}>
      {body}
    </Link>
  ) : (
    <div className={tone}>{body}</div>
  );
}
