/**
 * The 72-hour clock of GDPR Art. 33(1): notify the CNIL « not later than 72 hours after having
 * become aware » of the breach; « where the notification … is not made within 72 hours, it shall be
 * accompanied by reasons for the delay ».
 *
 * 72 hours are elapsed time, computed in UTC: Reg. 1182/71 art. 3(4) (weekend and holiday roll-over)
 * only applies to periods « expressed otherwise than in hours ». Across a change of daylight saving
 * time the wall-clock gap in Paris is therefore 73 h (March) or 71 h (October).
 * [U] R1182 art. 3(1) would exclude the hour of awareness (a later bound); the workbench alerts on
 * the exact 72 h value, the stricter one (REGULATORY.md §1a).
 */
import { instantMillis, parseInstant, toParisIso, toUtcIso, type InstantInput, type IsoInstant } from './time';

export const NOTIFICATION_WINDOW_HOURS = 72;
export const NOTIFICATION_WINDOW_MS = NOTIFICATION_WINDOW_HOURS * 60 * 60 * 1000;

export const CLOCK_STATES = ['running', 'met', 'late'] as const;
export type ClockStateName = (typeof CLOCK_STATES)[number];

export const CLOCK_STATE_LABELS: Record<ClockStateName, { fr: string; en: string }> = {
  running: { fr: 'Délai de 72 h en cours', en: '72-hour clock running' },
  met: { fr: 'Notifiée dans les 72 h', en: 'Notified within 72 hours' },
  late: { fr: 'Délai de 72 h dépassé', en: '72-hour deadline missed' },
};

export interface ClockState {
  state: ClockStateName;
  awareAt: IsoInstant;
  /** awareAt + 72 h, UTC. */
  dueAt: IsoInstant;
  /** The same instant with its Europe/Paris offset, for display. */
  dueAtParis: string;
  /** Time left before the deadline (running), or the margin kept (met); 0 when late. */
  remainingMs: number;
  /** How late the notification is or was; 0 unless late. */
  lateByMs: number;
  /** Art. 33(1): the notification must give the reasons for the delay. */
  requiresDelayReasons: boolean;
}

/** Art. 33(1): awareAt + 72 elapsed hours. */
export function notificationDueAt(awareAt: InstantInput): IsoInstant {
  return toUtcIso(parseInstant(awareAt).plus({ milliseconds: NOTIFICATION_WINDOW_MS }));
}

/**
 * True when a notification made (or still not made) at `at` falls after the 72 hours, so that it
 * must be accompanied by reasons for the delay (Art. 33(1), last sentence). Exactly 72 h is on time.
 */
export function requiresDelayReasons(at: InstantInput, awareAt: InstantInput): boolean {
  return parseInstant(at).toMillis() > parseInstant(awareAt).toMillis() + NOTIFICATION_WINDOW_MS;
}

/** Where the clock stands, without the display forms of the deadline (the register needs only this). */
export interface ClockOutcome {
  state: ClockStateName;
  remainingMs: number;
  lateByMs: number;
}

/** The Art. 33(1) verdict of `clockState` alone: `met` or `late` once notified (judged at `notifiedAt`), else `running` or `late`. */
export function clockOutcome(now: InstantInput, awareAt: InstantInput, notifiedAt?: InstantInput | null): ClockOutcome {
  const due = instantMillis(awareAt) + NOTIFICATION_WINDOW_MS;
  const reference = instantMillis(notifiedAt ?? now);
  const late = reference > due;
  return { state: late ? 'late' : notifiedAt ? 'met' : 'running', remainingMs: late ? 0 : due - reference, lateByMs: late ? reference - due : 0 };
}

/**
 * Where the clock stands at `now`: `met` or `late` once notified (judged at `notifiedAt`), otherwise
 * `running` until the deadline and `late` after it.
 */
export function clockState(now: InstantInput, awareAt: InstantInput, notifiedAt?: InstantInput | null): ClockState {
  const outcome = clockOutcome(now, awareAt, notifiedAt);
  const dueAt = notificationDueAt(awareAt);
  return {
    state: outcome.state,
    awareAt: toUtcIso(awareAt),
    dueAt,
    dueAtParis: toParisIso(dueAt),
    remainingMs: outcome.remainingMs,
    lateByMs: outcome.lateByMs,
    requiresDelayReasons: outcome.state === 'late',
  };
}

/** `2 j 5 h 30 min` — a duration in French for the countdown. */
export function formatDurationFr(ms: number): string {
  const totalMinutes = Math.floor(Math.abs(ms) / 60000);
  const days = Math.floor(totalMinutes / 1440);
  const hours = Math.floor((totalMinutes % 1440) / 60);
  const minutes = totalMinutes % 60;
  const parts: string[] = [];
  if (days > 0) parts.push(`${days} j`);
  if (hours > 0 || days > 0) parts.push(`${hours} h`);
  parts.push(`${minutes} min`);
  return parts.join(' ');
}
