import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../../src-renderer/format/bytes';
import { formatDate, formatDateTime } from '../../../src-renderer/format/date-time';

describe('dates shown in Europe/Paris', () => {
  it('shows a winter instant at UTC+1', () => {
    expect(formatDateTime('2026-01-15T09:05:00Z', 'fr')).toContain('10:05');
  });

  it('shows an instant after the spring DST change at UTC+2', () => {
    // 29 March 2026, 01:00 UTC: clocks in Paris jump from 02:00 to 03:00.
    expect(formatDateTime('2026-03-29T00:30:00Z', 'fr')).toContain('01:30');
    expect(formatDateTime('2026-03-29T01:30:00Z', 'fr')).toContain('03:30');
  });

  it('puts a late-evening UTC instant on the next day in Paris', () => {
    expect(formatDate('2026-07-14T22:30:00Z', 'fr')).toBe('15 juillet 2026');
  });

  it('writes English dates day first', () => {
    expect(formatDate('2026-07-14T10:00:00Z', 'en')).toBe('14 July 2026');
  });

  it('shows an unreadable date as it came rather than “Invalid Date”', () => {
    expect(formatDateTime('pas une date', 'fr')).toBe('pas une date');
  });
});

describe('file sizes', () => {
  it('uses French units and decimal comma', () => {
    expect(formatBytes(1536, 'fr')).toBe('1,5 Ko');
    expect(formatBytes(512, 'fr')).toBe('512 octets');
    expect(formatBytes(5 * 1024 * 1024, 'en')).toBe('5 MB');
  });
});
