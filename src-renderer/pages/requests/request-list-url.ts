/**
 * The request list's filters in the URL (`#/demandes?en-retard=1`), so that a dashboard figure, a
 * processing's « demandes liées », a bookmark or a reload opens exactly the same requests (Art. 5(2);
 * Art. 12(3) due dates). The quick view is written as the question it asks the service:
 * `en-attente=1|0` (awaiting an answer or not; present but empty: every request), `en-retard=1`
 * (past the due date in force), `echeance=N` (due within N days). Pure functions; defaults left out.
 */
import { REQUEST_SORTS, REQUEST_STATES, REQUEST_TYPES, RequestListInput } from '../../../src-main/shared/schemas/request';
import { dateParam, idParam, inputRecord, intParam, listParam, oneOf, withQuery } from './list-url-params';
import { DEFAULT_REQUEST_FILTERS, DUE_SOON_DAYS, type RequestFilterState, type RequestView } from './request-list-query';

export const REQUEST_LIST_PATH = '/demandes';

/** URL parameter names, in French like the paths. */
export const REQUEST_PARAM = {
  pending: 'en-attente',
  overdue: 'en-retard',
  dueWithinDays: 'echeance',
  states: 'statut',
  types: 'type',
  from: 'du',
  to: 'au',
  search: 'q',
  sort: 'tri',
  direction: 'ordre',
  processingId: 'traitement',
} as const;

/** The contract's bound on `dueWithinDays`. */
const MAX_DUE_DAYS = 366;

function viewOf(params: URLSearchParams): { view: RequestView; dueWithinDays: number } {
  const P = REQUEST_PARAM;
  const week = { dueWithinDays: DUE_SOON_DAYS };
  if (params.get(P.overdue) === '1') return { view: 'overdue', ...week };
  const days = intParam(params, P.dueWithinDays, 0, MAX_DUE_DAYS);
  if (days !== null) return { view: 'due_soon', dueWithinDays: days };
  const pending = params.get(P.pending);
  if (pending === '0') return { view: 'done', ...week };
  if (pending === '') return { view: 'all', ...week };
  return { view: DEFAULT_REQUEST_FILTERS.view, ...week };
}

export function parseRequestUrl(params: URLSearchParams): RequestFilterState {
  const P = REQUEST_PARAM;
  return {
    ...viewOf(params),
    states: listParam(params, P.states, REQUEST_STATES) ?? [],
    types: listParam(params, P.types, REQUEST_TYPES) ?? [],
    from: dateParam(params, P.from),
    to: dateParam(params, P.to),
    search: params.get(P.search) ?? '',
    sort: oneOf(params.get(P.sort), REQUEST_SORTS) ?? DEFAULT_REQUEST_FILTERS.sort,
    direction: params.get(P.direction) === 'desc' ? 'desc' : 'asc',
    processingId: idParam(params, P.processingId),
  };
}

export function requestParams(f: RequestFilterState): URLSearchParams {
  const P = REQUEST_PARAM;
  const params = new URLSearchParams();
  if (f.view === 'all') params.set(P.pending, '');
  if (f.view === 'done') params.set(P.pending, '0');
  if (f.view === 'overdue') params.set(P.overdue, '1');
  if (f.view === 'due_soon') params.set(P.dueWithinDays, String(f.dueWithinDays));
  if (f.states.length > 0) params.set(P.states, f.states.join(','));
  if (f.types.length > 0) params.set(P.types, f.types.join(','));
  if (f.from) params.set(P.from, f.from);
  if (f.to) params.set(P.to, f.to);
  if (f.search !== '') params.set(P.search, f.search);
  if (f.processingId) params.set(P.processingId, f.processingId);
  if (f.sort !== DEFAULT_REQUEST_FILTERS.sort) params.set(P.sort, f.sort);
  if (f.direction !== 'asc') params.set(P.direction, f.direction);
  return params;
}

/** The query string of a filter state (without `?`); '' for the default list (awaiting an answer). */
export function requestUrl(f: RequestFilterState): string {
  return requestParams(f).toString();
}

/**
 * The Demandes URL showing the rows of a `request.list` input (as the dashboard gives it: `pending`,
 * `overdue`, `dueWithinDays`, `receivedFrom`…). Read with the contract's schema; an input it refuses
 * opens the default list.
 */
export function requestListHref(input: unknown): string {
  const parsed = RequestListInput.safeParse(inputRecord(input));
  if (!parsed.success) return REQUEST_LIST_PATH;
  const q = parsed.data;
  const view: RequestView =
    q.overdue === true ? 'overdue' : q.dueWithinDays !== undefined ? 'due_soon' : q.pending === true ? 'pending' : q.pending === false ? 'done' : 'all';
  const state: RequestFilterState = {
    view,
    dueWithinDays: q.dueWithinDays ?? DUE_SOON_DAYS,
    states: q.states,
    types: q.types,
    from: q.receivedFrom ?? '',
    to: q.receivedTo ?? '',
    search: q.search ?? '',
    sort: q.sort,
    direction: q.direction,
    processingId: q.processingId ?? null,
  };
  return withQuery(REQUEST_LIST_PATH, requestParams(state));
}
