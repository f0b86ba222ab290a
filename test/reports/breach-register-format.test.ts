/**
 * The register prints every instant in Europe/Paris (DESIGN.md « Time and deadlines »). `paris()` is
 * the fast path used for the 50 000 instants of a register (issue 7); these tests pin its text against
 * the reference formatter (luxon, reports/format.ts) across both clock changes of 2026.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { paris } from '../../src-main/reports/breaches/labels';
import { formatParisDateTime } from '../../src-main/reports/format';

const MINUTE = 60_000;

describe('Paris time in the breach register (Art. 33(5))', () => {
  it('prints nothing for a missing instant', () => {
    expect(paris(null)).toBe('');
    expect(paris(undefined)).toBe('');
    expect(paris('')).toBe('');
  });

  it('moves from 01:59 CET to 03:00 CEST at the spring clock change of 29 March 2026', () => {
    expect(paris('2026-03-29T00:59:59.999Z')).toBe('29/03/2026 à 01:59');
    expect(paris('2026-03-29T01:00:00.000Z')).toBe('29/03/2026 à 03:00');
    expect(paris('2026-03-29T01:30:00.000Z')).toBe('29/03/2026 à 03:30');
  });

  it('shows 02:30 twice at the autumn clock change of 25 October 2026 (CEST, then CET)', () => {
    expect(paris('2026-10-25T00:30:00.000Z')).toBe('25/10/2026 à 02:30');
    expect(paris('2026-10-25T00:59:00.000Z')).toBe('25/10/2026 à 02:59');
    expect(paris('2026-10-25T01:00:00.000Z')).toBe('25/10/2026 à 02:00');
    expect(paris('2026-10-25T01:30:00.000Z')).toBe('25/10/2026 à 02:30');
  });

  it('brings an instant to its Paris calendar day at midnight and across the new year', () => {
    expect(paris('2026-07-14T22:30:00.000Z')).toBe('15/07/2026 à 00:30');
    expect(paris('2026-12-31T23:00:00.000Z')).toBe('01/01/2027 à 00:00');
    expect(paris('2026-12-31T22:59:59.000Z')).toBe('31/12/2026 à 23:59');
  });

  it('reads an instant given with an offset, and truncates seconds the way the reference does', () => {
    expect(paris('2026-03-05T15:30:00+01:00')).toBe('05/03/2026 à 15:30');
    expect(paris('2026-03-05T13:30:59.999Z')).toBe('05/03/2026 à 14:30');
    expect(paris('2026-06-01T10:00:00+02:00')).toBe('01/06/2026 à 10:00');
  });

  it('prints old instants (before the current EU summer-time rules) like the reference', () => {
    for (const iso of ['1975-06-01T12:00:00.000Z', '1976-03-28T00:30:00.000Z', '1976-03-28T01:30:00.000Z', '1910-01-01T00:00:00.000Z']) {
      expect(paris(iso)).toBe(formatParisDateTime(iso));
    }
  });

  it('refuses a text that is not an instant with a French sentence', () => {
    expect(() => paris('pas une date')).toThrow(/date et heure invalides/);
  });

  it('prints every minute around both 2026 clock changes exactly as the reference formatter', () => {
    for (const start of [Date.UTC(2026, 2, 28, 12), Date.UTC(2026, 9, 24, 12)]) {
      for (let t = start; t < start + 36 * 60 * MINUTE; t += 7 * MINUTE + 13_000) {
        const iso = new Date(t).toISOString();
        expect(paris(iso)).toBe(formatParisDateTime(iso));
      }
    }
  });

  it('prints any instant from 1980 to 2100 exactly as the reference formatter', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1980, 0, 1), max: Date.UTC(2100, 0, 1) }), (t) => {
        const iso = new Date(t).toISOString();
        expect(paris(iso)).toBe(formatParisDateTime(iso));
      }),
      { numRuns: 2000 },
    );
  });
});
