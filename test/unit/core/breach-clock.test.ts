import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { clockState, formatDurationFr, notificationDueAt, requiresDelayReasons } from '../../../src-main/core/breach-clock';

const HOUR = 3_600_000;

/** Hours between two Paris wall-clock readings, as a person reading the clock would count them. */
function wallClockHours(fromParis: string, toParis: string): number {
  const wall = (iso: string) => DateTime.fromISO(iso.slice(0, 19), { zone: 'utc' });
  return wall(toParis).diff(wall(fromParis), 'hours').hours;
}

describe('72-hour clock of GDPR Art. 33(1)', () => {
  it('falls due 72 elapsed hours after awareness', () => {
    expect(notificationDueAt('2026-01-12T09:15:00+01:00')).toBe('2026-01-15T08:15:00.000Z');
  });

  it('counts 72 real hours across the spring clock change of 29 March 2026: 73 h on the Paris wall clock', () => {
    const state = clockState('2026-03-28T12:00:00+01:00', '2026-03-28T10:00:00+01:00');
    expect(state.dueAt).toBe('2026-03-31T09:00:00.000Z');
    expect(state.dueAtParis).toBe('2026-03-31T11:00:00.000+02:00');
    expect(wallClockHours('2026-03-28T10:00:00+01:00', state.dueAtParis)).toBe(73);
  });

  it('counts 72 real hours across the autumn clock change of 25 October 2026: 71 h on the Paris wall clock', () => {
    const state = clockState('2026-10-24T12:00:00+02:00', '2026-10-24T10:00:00+02:00');
    expect(state.dueAt).toBe('2026-10-27T08:00:00.000Z');
    expect(state.dueAtParis).toBe('2026-10-27T09:00:00.000+01:00');
    expect(wallClockHours('2026-10-24T10:00:00+02:00', state.dueAtParis)).toBe(71);
  });

  it('does not move the deadline for a weekend or a public holiday (hours, not days: R1182 art. 3(4))', () => {
    // Aware Thursday 13 May 2026 at 18:00, the eve of Ascension: due Sunday 16 May at 18:00.
    expect(clockState('2026-05-13T18:00:00+02:00', '2026-05-13T18:00:00+02:00').dueAtParis).toBe('2026-05-16T18:00:00.000+02:00');
  });

  it('is running with the time left before the deadline', () => {
    const state = clockState('2026-03-29T10:00:00+02:00', '2026-03-28T10:00:00+01:00');
    expect(state.state).toBe('running');
    expect(state.remainingMs).toBe(49 * HOUR);
    expect(state.lateByMs).toBe(0);
    expect(state.requiresDelayReasons).toBe(false);
  });

  it('is late once 72 hours have passed without notification, by how much', () => {
    const state = clockState('2026-03-31T10:00:00Z', '2026-03-28T10:00:00+01:00');
    expect(state.state).toBe('late');
    expect(state.lateByMs).toBe(HOUR);
    expect(state.remainingMs).toBe(0);
    expect(state.requiresDelayReasons).toBe(true);
  });

  it('is met when notified within 72 hours, whatever the time now', () => {
    const state = clockState('2026-04-30T10:00:00Z', '2026-03-28T10:00:00+01:00', '2026-03-30T09:00:00Z');
    expect(state.state).toBe('met');
    expect(state.remainingMs).toBe(24 * HOUR);
  });

  it('stays late when the notification came after 72 hours', () => {
    const state = clockState('2026-04-30T10:00:00Z', '2026-03-28T10:00:00+01:00', '2026-03-31T09:30:00Z');
    expect(state.state).toBe('late');
    expect(state.lateByMs).toBe(HOUR / 2);
  });
});

describe('Reasons for the delay (Art. 33(1), last sentence)', () => {
  it('are not required at exactly 72 hours, and are required one millisecond later', () => {
    expect(requiresDelayReasons('2026-10-27T08:00:00.000Z', '2026-10-24T10:00:00+02:00')).toBe(false);
    expect(requiresDelayReasons('2026-10-27T08:00:00.001Z', '2026-10-24T10:00:00+02:00')).toBe(true);
  });
});

describe('Duration shown in French', () => {
  it('writes days, hours and minutes', () => {
    expect(formatDurationFr(49 * HOUR + 5 * 60_000)).toBe('2 j 1 h 5 min');
    expect(formatDurationFr(30 * 60_000)).toBe('30 min');
  });
});
