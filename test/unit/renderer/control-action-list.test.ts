/** The action plan's URL filters, and the rules of the action form (postponing, cancelling, reopening). */
import { describe, expect, it } from 'vitest';
import { ActionListInput } from '../../../src-main/shared/schemas/control';
import type { ActionDetail } from '../../../src-main/shared/schemas/control';
import {
  actionListHref,
  DEFAULT_ACTION_FILTERS,
  filtersFromParams,
  filtersToParams,
  toExportInput,
  toListInput,
} from '../../../src-renderer/pages/control/actions/action-list-state';
import { actionMissing, emptyAction, isPostponed, toActionCreate } from '../../../src-renderer/pages/control/actions/action-draft';
import { needsNote } from '../../../src-renderer/pages/control/actions/StatusButtons';

const params = (query: string) => new URLSearchParams(query);

describe('action plan filters in the URL', () => {
  it('shows the actions still to do, nearest due date first, when the URL asks for nothing', () => {
    expect(filtersFromParams(params(''))).toEqual(DEFAULT_ACTION_FILTERS);
    expect(filtersToParams(DEFAULT_ACTION_FILTERS).toString()).toBe('');
  });

  it('reads every status when « statut » is present but empty', () => {
    expect(filtersFromParams(params('statut=&retard=1')).statuses).toEqual([]);
  });

  it('keeps a filter through the URL and back', () => {
    const f = { ...DEFAULT_ACTION_FILTERS, statuses: ['done' as const], priorities: ['urgent' as const], sourceType: 'breach' as const, overdue: true, search: 'sauvegarde', sort: 'priority' as const, direction: 'desc' as const, page: 3 };
    expect(filtersFromParams(filtersToParams(f))).toEqual(f);
  });

  it('ignores values the contract does not know instead of sending them', () => {
    const f = filtersFromParams(params('statut=open,perdu&origine=ailleurs&tri=hasard&page=-2'));
    expect(f.statuses).toEqual(['open']);
    expect(f.sourceType).toBeNull();
    expect(f.sort).toBe('dueDate');
    expect(f.page).toBe(1);
  });

  it('builds a list input the contract accepts, one page of 100 at the right offset', () => {
    const input = toListInput({ ...DEFAULT_ACTION_FILTERS, page: 3, search: '  revue ' });
    expect(ActionListInput.parse(input)).toMatchObject({ offset: 200, limit: 100, search: 'revue', statuses: ['open', 'in_progress'] });
  });

  it('exports exactly the rows the list shows (same filter, no paging)', () => {
    const f = { ...DEFAULT_ACTION_FILTERS, overdue: true, sourceType: 'processor' as const };
    expect(toExportInput(f)).toEqual({ statuses: ['open', 'in_progress'], priorities: [], sourceType: 'processor', overdue: true });
  });
});

describe('links from the dashboard', () => {
  it('opens the overdue actions, every status, from the dashboard figure', () => {
    expect(actionListHref({ overdue: true })).toBe('/controle/actions?statut=&retard=1');
  });

  it('opens the open and in-progress actions of breaches for the security officer’s scope', () => {
    expect(actionListHref({ statuses: ['open', 'in_progress'], sourceType: 'breach' })).toBe('/controle/actions?origine=breach');
  });

  it('falls back to the default list on an input it cannot read', () => {
    expect(actionListHref({ statuses: ['nimporte'] })).toBe('/controle/actions?statut=');
  });
});

describe('action form', () => {
  const before = { id: 'A1', dueDate: '2026-03-31' } as ActionDetail;

  it('treats a later due date, or no due date any more, as a postponement', () => {
    expect(isPostponed('2026-03-31', '2026-04-30')).toBe(true);
    expect(isPostponed('2026-03-31', null)).toBe(true);
    expect(isPostponed('2026-03-31', '2026-03-15')).toBe(false);
    expect(isPostponed(null, '2026-03-15')).toBe(false);
  });

  it('asks for the reason of a postponement before sending it (Art. 5(2): the delay is explained)', () => {
    const draft = { ...emptyAction(), title: 'Corriger', owner: 'DSI', dueDate: '2026-04-30' };
    expect(actionMissing(draft, before, null)).toEqual(['reason']);
    expect(actionMissing({ ...draft, reason: 'Prestataire indisponible' }, before, null)).toEqual([]);
  });

  it('needs an origin, a title and an owner to create an action', () => {
    expect(actionMissing(emptyAction(), null, null)).toEqual(['source.id', 'title', 'owner']);
  });

  it('lets the service choose the priority from the finding’s severity when none is picked', () => {
    const input = toActionCreate({ ...emptyAction(), title: ' Corriger ', owner: 'DSI' }, { type: 'finding', id: 'F1' });
    expect(input).toEqual({ source: { type: 'finding', id: 'F1' }, title: 'Corriger', description: '', owner: 'DSI', dueDate: null });
  });

  it('asks for a note to cancel an action or to reopen a finished one, not to start or finish it', () => {
    expect(needsNote('open', 'cancelled')).toBe(true);
    expect(needsNote('done', 'in_progress')).toBe(true);
    expect(needsNote('cancelled', 'open')).toBe(true);
    expect(needsNote('open', 'in_progress')).toBe(false);
    expect(needsNote('in_progress', 'done')).toBe(false);
  });
});
