/**
 * The Art. 33(1) countdown as a badge shows it: time left before the 72 hours, or how late the
 * notification is. 72 hours are elapsed time from awareness (core/breach-clock.ts); the service
 * gives the deadline, the badge recomputes the remaining time against the local clock every second,
 * so a clock that runs out on screen turns « en retard » without a reload. Exactly 72 h is on time.
 */
import type { BreachClock } from '../../../src-main/shared/schemas/breach';
import type { TFunction } from '../../i18n/I18nProvider';
import { BADGE } from './badge-colors';

/** Under this much time left the badge turns orange: the notification must be ready. */
export const URGENT_MS = 12 * 60 * 60 * 1000;

export type ClockView =
  | { kind: 'none' }
  | { kind: 'running'; remainingMs: number; urgent: boolean }
  | { kind: 'late'; lateByMs: number; notified: boolean }
  | { kind: 'met'; marginMs: number };

/**
 * `clock` as the service computed it, re-read at `nowMs`. `notified`: a notification is recorded,
 * so a late clock is frozen at the notification (its lateness no longer grows).
 */
export function clockView(clock: BreachClock | null, notified: boolean, nowMs: number): ClockView {
  if (!clock) return { kind: 'none' };
  const due = Date.parse(clock.dueAt);
  if (clock.state === 'met') return { kind: 'met', marginMs: clock.remainingMs };
  if (clock.state === 'late' && notified) return { kind: 'late', lateByMs: clock.lateByMs, notified: true };
  if (nowMs > due) return { kind: 'late', lateByMs: nowMs - due, notified: false };
  const remainingMs = due - nowMs;
  return { kind: 'running', remainingMs, urgent: remainingMs < URGENT_MS };
}

/**
 * `2 j 5 h 30 min` / `2 d 5 h 30 min`; seconds appear in the last hour, when they matter.
 * Units come from the dictionary (`breaches.unit.*`).
 */
export function formatDuration(ms: number, t: TFunction): string {
  const totalSeconds = Math.floor(Math.abs(ms) / 1000);
  const days = Math.floor(totalSeconds / 86_400);
  const hours = Math.floor((totalSeconds % 86_400) / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const parts: string[] = [];
  if (days > 0) parts.push(t('breaches.unit.days', { n: days }));
  if (days > 0 || hours > 0) parts.push(t('breaches.unit.hours', { n: hours }));
  parts.push(t('breaches.unit.minutes', { n: minutes }));
  if (days === 0 && hours === 0) parts.push(t('breaches.unit.seconds', { n: seconds }));
  return parts.join(' ');
}

/** The badge's words for a clock view. */
export function clockText(view: ClockView, t: TFunction): string {
  switch (view.kind) {
    case 'none':
      return t('breaches.clock.none');
    case 'running':
      return t('breaches.clock.running', { duration: formatDuration(view.remainingMs, t) });
    case 'late':
      return view.notified
        ? t('breaches.clock.lateNotified', { duration: formatDuration(view.lateByMs, t) })
        : t('breaches.clock.late', { duration: formatDuration(view.lateByMs, t) });
    case 'met':
      return t('breaches.clock.met');
  }
}

/** Mantine colour of the badge: red once late (Art. 33(1) reasons for the delay become due). */
export function clockColor(view: ClockView): string {
  switch (view.kind) {
    case 'none':
      return BADGE.neutral;
    case 'running':
      return view.urgent ? BADGE.urgent : BADGE.info;
    case 'late':
      return BADGE.late;
    case 'met':
      return BADGE.ok;
  }
}
