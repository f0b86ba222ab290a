/** The 72-hour countdown of Art. 33(1) as the badges show it (clock-view.ts). */
import { describe, expect, it } from 'vitest';
import { clockState } from '../../../src-main/core/breach-clock';
import { clockText, clockView, formatDuration } from '../../../src-renderer/pages/breaches/clock-view';
import { translate } from '../../../src-renderer/i18n/translate';
import type { TFunction } from '../../../src-renderer/i18n/I18nProvider';

const fr: TFunction = (key, params) => translate('fr', key, params);
const en: TFunction = (key, params) => translate('en', key, params);
const HOUR = 3_600_000;

describe('the 72-hour countdown (Art. 33(1))', () => {
  const awareAt = '2026-03-10T09:00:00.000Z';
  const due = Date.parse('2026-03-13T09:00:00.000Z');

  it('counts down from the deadline the service computed', () => {
    const clock = clockState(awareAt, awareAt);
    const view = clockView(clock, false, Date.parse(awareAt) + 2 * HOUR);
    expect(view).toEqual({ kind: 'running', remainingMs: 70 * HOUR, urgent: false });
    expect(clockText(view, fr)).toBe('Reste 2 j 22 h 0 min');
  });

  it('is still on time at exactly 72 hours, and late one second after', () => {
    const clock = clockState(awareAt, awareAt);
    expect(clockView(clock, false, due).kind).toBe('running');
    const late = clockView(clock, false, due + 1000);
    expect(late).toEqual({ kind: 'late', lateByMs: 1000, notified: false });
    expect(clockText(late, fr)).toBe('En retard de 0 min 1 s');
  });

  it('turns a running clock late on screen, without waiting for the service', () => {
    // The service said « running » an hour before the deadline; the page stayed open.
    const clock = clockState(new Date(due - HOUR), awareAt);
    expect(clock.state).toBe('running');
    expect(clockText(clockView(clock, false, due + 5 * HOUR + 30 * 60_000), fr)).toBe('En retard de 5 h 30 min');
  });

  it('freezes the lateness of a notification made late at the notification', () => {
    const clock = clockState('2026-03-20T00:00:00.000Z', awareAt, '2026-03-13T12:00:00.000Z');
    const view = clockView(clock, true, Date.parse('2026-03-20T00:00:00.000Z'));
    expect(view).toEqual({ kind: 'late', lateByMs: 3 * HOUR, notified: true });
    expect(clockText(view, fr)).toBe('Notifiée avec 3 h 0 min de retard');
  });

  it('says the notification was made within the 72 hours', () => {
    const clock = clockState('2026-03-20T00:00:00.000Z', awareAt, '2026-03-11T09:00:00.000Z');
    expect(clockText(clockView(clock, true, Date.now()), fr)).toBe('Notifiée dans les 72 h');
  });

  it('keeps 72 elapsed hours across the spring change of time (73 h on the Paris wall clock)', () => {
    // Aware Saturday 28 March 2026 10:00 Paris (UTC+1); due Tuesday 31 March 11:00 Paris (UTC+2).
    const clock = clockState('2026-03-28T09:00:00.000Z', '2026-03-28T09:00:00.000Z');
    expect(clock.dueAtParis.startsWith('2026-03-31T11:00:00')).toBe(true);
    expect(clockView(clock, false, Date.parse('2026-03-31T08:59:00.000Z'))).toMatchObject({ kind: 'running', remainingMs: 60_000, urgent: true });
  });

  it('shows no countdown before awareness is set', () => {
    expect(clockText(clockView(null, false, Date.now()), fr)).toBe('Délai non démarré');
  });
});

describe('durations', () => {
  it('writes days, hours and minutes, and seconds only in the last hour', () => {
    expect(formatDuration(2 * 86_400_000 + 5 * HOUR + 30 * 60_000 + 15_000, fr)).toBe('2 j 5 h 30 min');
    expect(formatDuration(42 * 60_000 + 7_000, fr)).toBe('42 min 7 s');
    expect(formatDuration(26 * HOUR, en)).toBe('1 d 2 h 0 min');
  });
});
