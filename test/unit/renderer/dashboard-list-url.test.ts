/**
 * Every figure of the dashboard opens exactly the rows it counted (Art. 5(2)): for each list call
 * dashboard-figures.ts gives a figure, the page the figure links to, opened at that URL, sends the
 * same list input (paging aside).
 */
import { describe, expect, it } from 'vitest';
import type { ListLink } from '../../../src-main/shared/schemas/dashboard';
import { figureHref } from '../../../src-renderer/pages/dashboard/figure-links';
import { listCallOfHref, normalised } from './list-href';

/** The `link(method, input)` calls of src-main/service/handlers/dashboard-figures.ts. */
const DASHBOARD_LINKS: readonly [string, Record<string, unknown>][] = [
  ['breach.list', { filter: 'open' }],
  ['breach.list', { filter: 'clock_running' }],
  ['breach.list', { filter: 'late' }],
  ['breach.list', { filter: 'to_notify' }],
  ['request.list', { pending: true }],
  ['request.list', { dueWithinDays: 7 }],
  ['request.list', { overdue: true }],
  ['processor.list', {}],
  ['processor.list', { withAlerts: 'any' }],
  ['processor.list', { withAlerts: 'critical' }],
  ['processor.list', { withAlerts: 'high' }],
  ['processing.list', {}],
  ['processing.list', { dpiaPending: true }],
  ['processing.list', { incompleteOnly: true }],
  ['action.list', { statuses: ['open', 'in_progress'] }],
  ['action.list', { overdue: true }],
  ['action.list', { statuses: ['open', 'in_progress'], sourceType: 'breach' }],
  ['action.list', { overdue: true, sourceType: 'breach' }],
];

const link = (method: string, input: Record<string, unknown>): ListLink => ({ method, input, exact: true, note: null });

describe('each dashboard figure opens the list it counted', () => {
  for (const [method, input] of DASHBOARD_LINKS) {
    it(`opens ${method} ${JSON.stringify(input)} with the same filter`, () => {
      const href = figureHref(link(method, input), 'dpo');
      expect(href).not.toBeNull();
      expect(listCallOfHref(href ?? '')).toEqual({ method, input: normalised(method, input) });
    });
  }

  it('opens the overdue requests, the processors with an alert and the DPIAs to do at readable URLs', () => {
    expect(figureHref(link('request.list', { overdue: true }), 'dpo')).toBe('/demandes?en-retard=1');
    expect(figureHref(link('processor.list', { withAlerts: 'any' }), 'compliance')).toBe('/sous-traitants?alertes=any');
    expect(figureHref(link('processing.list', { dpiaPending: true }), 'dpo')).toBe('/registre?aipd=pending');
    expect(figureHref(link('breach.list', { filter: 'late' }), 'security')).toBe('/violations?filtre=late');
  });
});
