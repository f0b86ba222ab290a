/** The dashboard: where each figure leads, how processors split by alert, and the charts' geometry. */
import { describe, expect, it } from 'vitest';
import type { ListLink } from '../../../src-main/shared/schemas/dashboard';
import { figureHref } from '../../../src-renderer/pages/dashboard/figure-links';
import { alertBands, ratePercent } from '../../../src-renderer/pages/dashboard/rates';
import { donutArcs, monthLabel, niceMax, stack } from '../../../src-renderer/pages/dashboard/charts/chart-math';
import { countdownClock } from '../../../src-renderer/pages/dashboard/BreachPanel';
import { clockView } from '../../../src-renderer/pages/breaches/clock-view';

const link = (method: string, input: Record<string, unknown> = {}): ListLink => ({ method, input, exact: true, note: null });

describe('a figure leads to the list behind it', () => {
  it('opens the overdue actions with the same filter the figure counted', () => {
    expect(figureHref(link('action.list', { overdue: true }), 'dpo')).toBe('/controle/actions?statut=&retard=1');
  });

  it('opens the audit plan the progress figures describe', () => {
    expect(figureHref(link('control.coverage', { planId: '01ABC' }), 'compliance')).toBe('/controle/plan?plan=01ABC');
  });

  it('opens each module’s list filtered as the figure counted (URL filters, see *-list-url tests)', () => {
    expect(figureHref(link('breach.list', { filter: 'late' }), 'dpo')).toBe('/violations?filtre=late');
    expect(figureHref(link('request.list', { overdue: true }), 'dpo')).toBe('/demandes?en-retard=1');
    expect(figureHref(link('processor.list', { withAlerts: 'critical' }), 'dpo')).toBe('/sous-traitants?alertes=critical');
    expect(figureHref(link('processing.list', { dpiaPending: true }), 'dpo')).toBe('/registre?aipd=pending');
  });

  it('gives the security officer no link into a module it cannot open', () => {
    expect(figureHref(link('breach.list', { filter: 'open' }), 'security')).toBe('/violations');
    expect(figureHref(link('action.list', { sourceType: 'breach' }), 'security')).toBeNull();
  });

  it('shows a figure without a link when the service names no list, or one the app does not know', () => {
    expect(figureHref(null, 'dpo')).toBeNull();
    expect(figureHref(link('inconnu.list'), 'dpo')).toBeNull();
  });
});

describe('processors by their worst alert', () => {
  it('puts each processor in exactly one band', () => {
    const bands = alertBands({ total: 12, withAlerts: 8, highOrCritical: 5, critical: 2 });
    expect(bands).toEqual({ critical: 2, high: 3, other: 3, none: 4 });
    expect(Object.values(bands).reduce((a, b) => a + b, 0)).toBe(12);
  });

  it('rounds the on-time rate to whole percent and keeps « nothing due » apart from 0 %', () => {
    expect(ratePercent(0.7333)).toBe(73);
    expect(ratePercent(null)).toBeNull();
  });
});

describe('chart geometry', () => {
  it('rounds the axis up to 1, 2 or 5 times a power of ten', () => {
    expect(niceMax(0)).toBe(1);
    expect(niceMax(3)).toBe(5);
    expect(niceMax(17)).toBe(20);
    expect(niceMax(50)).toBe(50);
    expect(niceMax(51)).toBe(100);
  });

  it('stacks values in order and skips the empty ones', () => {
    expect(stack(['a', 'b', 'c'], { a: 1, b: 0, c: 3 }, 4, 100)).toEqual([
      { key: 'a', start: 0, length: 25 },
      { key: 'c', start: 25, length: 75 },
    ]);
  });

  it('closes a donut on the full circle', () => {
    const arcs = donutArcs(['done', 'planned'], { done: 1, planned: 3 }, 200);
    expect(arcs.map((a) => a.length)).toEqual([50, 150]);
    expect(donutArcs(['x'], { x: 0 }, 200)).toEqual([]);
  });

  it('labels months in the user’s language', () => {
    expect(monthLabel('2026-11', 'fr-FR')).toBe('nov. 26');
    expect(monthLabel('2026-11', 'en-GB')).toBe('Nov 26');
  });
});

describe('72-hour countdowns on the dashboard', () => {
  const countdown = {
    id: 'B1',
    reference: 'VIO-2026-0001',
    title: 'Rançongiciel',
    status: 'confirmed' as const,
    awareAt: '2026-03-28T10:00:00.000Z',
    dueAt: '2026-03-31T10:00:00.000Z',
    remainingMs: 3_600_000,
    late: false,
    lateByMs: 0,
    severity: null,
  };

  it('keeps running on screen and turns late once the 72 hours are over, without a reload', () => {
    const clock = countdownClock(countdown);
    expect(clockView(clock, false, Date.parse('2026-03-31T09:00:00Z'))).toMatchObject({ kind: 'running', remainingMs: 3_600_000 });
    expect(clockView(clock, false, Date.parse('2026-03-31T11:00:00Z'))).toMatchObject({ kind: 'late', lateByMs: 3_600_000 });
  });
});
