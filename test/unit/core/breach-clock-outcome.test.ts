/**
 * The register's fast reading of the 72-hour clock (Art. 33(1)) must give the same verdict as the full
 * `clockState`, and the fast path of `instantMillis` the same instant as luxon (issue 7).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { clockOutcome, clockState } from '../../../src-main/core/breach-clock';
import { instantMillis } from '../../../src-main/core/time';

const instant = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }).map((t) => new Date(t).toISOString());

describe('72-hour verdict of Art. 33(1) as the register reads it', () => {
  it('finds a notification exactly 72 h after awareness on time, and one millisecond later late', () => {
    expect(clockOutcome('2026-03-31T09:00:00.000Z', '2026-03-28T09:00:00.000Z', '2026-03-31T09:00:00.000Z')).toEqual({ state: 'met', remainingMs: 0, lateByMs: 0 });
    expect(clockOutcome('2026-03-31T09:00:00.001Z', '2026-03-28T09:00:00.000Z', '2026-03-31T09:00:00.001Z')).toEqual({ state: 'late', remainingMs: 0, lateByMs: 1 });
  });

  it('gives the same verdict as clockState for any awareness, notification and clock', () => {
    fc.assert(
      fc.property(instant, instant, fc.option(instant), (now, aware, notified) => {
        const full = clockState(now, aware, notified);
        expect(clockOutcome(now, aware, notified)).toEqual({ state: full.state, remainingMs: full.remainingMs, lateByMs: full.lateByMs });
      }),
      { numRuns: 500 },
    );
  });

  it('reads instants given with a Paris offset the same way', () => {
    const full = clockState('2026-10-27T10:00:00+01:00', '2026-10-24T10:00:00+02:00', '2026-10-27T10:00:00+01:00');
    expect(clockOutcome('2026-10-27T10:00:00+01:00', '2026-10-24T10:00:00+02:00', '2026-10-27T10:00:00+01:00')).toEqual({ state: full.state, remainingMs: full.remainingMs, lateByMs: full.lateByMs });
    expect(full.state).toBe('late');
  });
});

describe('instantMillis on the stored UTC form', () => {
  it('gives the instant luxon gives', () => {
    fc.assert(
      fc.property(instant, (iso) => {
        expect(instantMillis(iso)).toBe(DateTime.fromISO(iso, { zone: 'utc' }).toMillis());
      }),
      { numRuns: 500 },
    );
  });

  it('still refuses a day that does not exist (30 February) and a text without offset', () => {
    expect(() => instantMillis('2026-02-30T10:00:00.000Z')).toThrow(/invalide/);
    expect(() => instantMillis('2026-02-28T10:00:00.000')).toThrow(/invalide/);
  });

  it('leaves texts Date prints differently to luxon (24:00 is the next midnight there)', () => {
    expect(instantMillis('2026-02-28T24:00:00.000Z')).toBe(Date.UTC(2026, 2, 1));
  });
});
