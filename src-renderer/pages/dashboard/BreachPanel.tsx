/**
 * Violations: open breaches, 72-hour clocks running, late notifications, decided « notify » but not
 * notified, and every running clock with its live countdown (GDPR Art. 33(1)).
 */
import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { BreachClock } from '../../../src-main/shared/schemas/breach';
import type { BreachCountdown, Dashboard } from '../../../src-main/shared/schemas/dashboard';
import { useT } from '../../i18n/I18nProvider';
import { moduleAccess } from '../../navigation';
import { useUnlockedSession } from '../../session/SessionUserContext';
import { ClockBadge } from '../breaches/ClockBadge';
import { FigureTile } from './FigureTile';
import { Panel } from './Panel';

/** The dashboard's countdown as the breach list's clock, so the badge ticks the same way. */
export function countdownClock(c: BreachCountdown): BreachClock {
  return {
    state: c.late ? 'late' : 'running',
    awareAt: c.awareAt,
    dueAt: c.dueAt,
    dueAtParis: c.dueAt,
    remainingMs: c.remainingMs,
    lateByMs: c.lateByMs,
    requiresDelayReasons: c.late,
  };
}

export function BreachPanel({ part }: { part: Dashboard['breaches'] }) {
  const t = useT();
  const { user } = useUnlockedSession();
  const canOpen = moduleAccess(user.role, 'breaches') !== 'none';
  return (
    <Panel id="dash-breaches" title={t('dashboard.breaches.title')} moreHref={canOpen ? '/violations' : null} moreLabel={t('dashboard.breaches.more')}>
      <div className="dash-tiles">
        <FigureTile figure={part.open} label={t('dashboard.breaches.open')} />
        <FigureTile figure={part.clockRunning} label={t('dashboard.breaches.clockRunning')} />
        <FigureTile figure={part.late} label={t('dashboard.breaches.late')} alarm />
        <FigureTile figure={part.toNotify} label={t('dashboard.breaches.toNotify')} alarm />
      </div>
      {part.countdowns.length === 0 ? (
        <Text size="sm">{t('dashboard.breaches.noClock')}</Text>
      ) : (
        <>
          <Text size="sm" fw={600} mb={4} id="dash-countdowns">
            {t('dashboard.breaches.countdowns')}
          </Text>
          <ul className="dash-countdowns" aria-labelledby="dash-countdowns">
            {part.countdowns.map((c) => (
              <li key={c.id}>
                {canOpen ? (
                  <Anchor component={Link} to={`/violations/${c.id}`} size="sm">
                    {c.reference} — {c.title}
                  </Anchor>
                ) : (
                  <Text size="sm">
                    {c.reference} — {c.title}
                  </Text>
                )}
                <ClockBadge clock={countdownClock(c)} notified={false} />
              </li>
            ))}
          </ul>
          {part.countdownsTotal > part.countdowns.length && (
            <Text size="xs" c="dimmed" mt={4}>
              {t('dashboard.breaches.moreCountdowns', { n: part.countdownsTotal - part.countdowns.length })}
            </Text>
          )}
        </>
      )}
    </Panel>
  );
}
