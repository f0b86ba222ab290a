/** The request list's filters in the URL: the Art. 12(3) questions (« what is late? ») as links. */
import { describe, expect, it } from 'vitest';
import { RequestListInput } from '../../../src-main/shared/schemas/request';
import { DEFAULT_REQUEST_FILTERS, toRequestListBase, type RequestFilterState } from '../../../src-renderer/pages/requests/request-list-query';
import { parseRequestUrl, requestListHref, requestUrl } from '../../../src-renderer/pages/requests/request-list-url';

const params = (query: string) => new URLSearchParams(query);
const inputOf = (href: string) => toRequestListBase(parseRequestUrl(params(href.split('?')[1] ?? '')));

describe('request list filters in the URL', () => {
  it('shows the requests awaiting an answer when the URL asks for nothing', () => {
    expect(parseRequestUrl(params(''))).toEqual(DEFAULT_REQUEST_FILTERS);
    expect(requestUrl(DEFAULT_REQUEST_FILTERS)).toBe('');
  });

  it('writes each quick view as the question it asks the service', () => {
    const url = (view: RequestFilterState['view']) => requestUrl({ ...DEFAULT_REQUEST_FILTERS, view });
    expect(url('overdue')).toBe('en-retard=1');
    expect(url('due_soon')).toBe('echeance=7');
    expect(url('done')).toBe('en-attente=0');
    expect(url('all')).toBe('en-attente=');
  });

  it('keeps every filter through the URL and back', () => {
    const f: RequestFilterState = {
      view: 'due_soon',
      dueWithinDays: 30,
      states: ['received', 'in_progress'],
      types: ['access', 'erasure'],
      from: '2026-01-01',
      to: '2026-06-30',
      search: 'Dupont',
      sort: 'receivedAt',
      direction: 'desc',
      processingId: '01JTRT',
    };
    expect(parseRequestUrl(params(requestUrl(f)))).toEqual(f);
  });

  it('drops values the contract does not know instead of sending them, and never throws', () => {
    const f = parseRequestUrl(params('en-retard=oui&echeance=999&en-attente=peut-etre&statut=perdue&type=access,inconnu&du=2026-13-01&tri=hasard&traitement=a%20b'));
    expect(f).toEqual({ ...DEFAULT_REQUEST_FILTERS, types: ['access'] });
  });

  it('builds an input the contract accepts, with the linked processing', () => {
    const input = { ...toRequestListBase({ ...DEFAULT_REQUEST_FILTERS, processingId: 'T1', view: 'due_soon', dueWithinDays: 14 }), offset: 0, limit: 100 };
    expect(input).toMatchObject({ processingId: 'T1', dueWithinDays: 14 });
    expect(RequestListInput.safeParse(input).success).toBe(true);
  });
});

describe('links to the request list', () => {
  it('opens the overdue requests the dashboard counted (Art. 12(3))', () => {
    expect(requestListHref({ overdue: true })).toBe('/demandes?en-retard=1');
    expect(inputOf(requestListHref({ overdue: true }))).toMatchObject({ overdue: true });
  });

  it('opens the requests due within 7 days, and those awaiting an answer on the default URL', () => {
    expect(requestListHref({ dueWithinDays: 7 })).toBe('/demandes?echeance=7');
    expect(requestListHref({ pending: true })).toBe('/demandes');
  });

  it('opens the requests received in a period, whatever their state', () => {
    expect(requestListHref({ receivedFrom: '2026-07-01', receivedTo: '2026-09-30' })).toBe('/demandes?en-attente=&du=2026-07-01&au=2026-09-30');
  });

  it('falls back to the default list on an input the contract refuses', () => {
    expect(requestListHref({ dueWithinDays: -1 })).toBe('/demandes');
  });
});
