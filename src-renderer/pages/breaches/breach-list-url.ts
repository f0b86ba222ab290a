/**
 * The breach list's filters in the URL (`#/violations?filtre=late&gravite=high`), so that a dashboard
 * figure, a processing's or a processor's « violations liées », a bookmark or a reload opens exactly
 * the same rows (Art. 5(2), Art. 33(5) register). Pure functions; defaults are left out of the URL.
 */
import { BREACH_STATUSES } from '../../../src-main/core/breach-workflow';
import { SEVERITY_BANDS } from '../../../src-main/core/breach-risk';
import { BREACH_LIST_FILTERS, BREACH_SORTS, BreachListInput } from '../../../src-main/shared/schemas/breach';
import { boolParam, dateParam, idParam, inputRecord, listParam, oneOf, pageParam, withQuery } from '../requests/list-url-params';
import { DEFAULT_BREACH_FILTERS, type BreachFilterState } from './breach-list-query';

export const BREACH_LIST_PATH = '/violations';

/** URL parameter names, in French like the paths. */
export const BREACH_PARAM = {
  filter: 'filtre',
  statuses: 'statut',
  from: 'du',
  to: 'au',
  severity: 'gravite',
  notified: 'notifiee',
  search: 'q',
  sort: 'tri',
  direction: 'ordre',
  page: 'page',
  processingId: 'traitement',
  processorId: 'sous-traitant',
} as const;

const SEVERITY_VALUES = [...SEVERITY_BANDS, 'none'] as const;

export function parseBreachUrl(params: URLSearchParams): BreachFilterState {
  const P = BREACH_PARAM;
  const notified = boolParam(params, P.notified);
  return {
    filter: oneOf(params.get(P.filter), BREACH_LIST_FILTERS) ?? DEFAULT_BREACH_FILTERS.filter,
    statuses: listParam(params, P.statuses, BREACH_STATUSES) ?? [],
    from: dateParam(params, P.from),
    to: dateParam(params, P.to),
    severity: oneOf(params.get(P.severity), SEVERITY_VALUES) ?? 'any',
    notified: notified === null ? 'all' : notified ? 'yes' : 'no',
    search: params.get(P.search) ?? '',
    sort: oneOf(params.get(P.sort), BREACH_SORTS) ?? DEFAULT_BREACH_FILTERS.sort,
    direction: params.get(P.direction) === 'desc' ? 'desc' : 'asc',
    page: pageParam(params, P.page) - 1,
    processingId: idParam(params, P.processingId),
    processorId: idParam(params, P.processorId),
  };
}

export function breachParams(f: BreachFilterState): URLSearchParams {
  const P = BREACH_PARAM;
  const params = new URLSearchParams();
  if (f.filter !== DEFAULT_BREACH_FILTERS.filter) params.set(P.filter, f.filter);
  if (f.statuses.length > 0) params.set(P.statuses, f.statuses.join(','));
  if (f.from) params.set(P.from, f.from);
  if (f.to) params.set(P.to, f.to);
  if (f.severity !== 'any') params.set(P.severity, f.severity);
  if (f.notified !== 'all') params.set(P.notified, f.notified === 'yes' ? '1' : '0');
  if (f.search !== '') params.set(P.search, f.search);
  if (f.processingId) params.set(P.processingId, f.processingId);
  if (f.processorId) params.set(P.processorId, f.processorId);
  if (f.sort !== DEFAULT_BREACH_FILTERS.sort) params.set(P.sort, f.sort);
  if (f.direction !== 'asc') params.set(P.direction, f.direction);
  if (f.page > 0) params.set(P.page, String(f.page + 1));
  return params;
}

/** The query string of a filter state (without `?`); '' for the default list. */
export function breachUrl(f: BreachFilterState): string {
  return breachParams(f).toString();
}

/**
 * The Violations URL showing the rows of a `breach.list` input (as the dashboard gives it). The input
 * is read with the contract's own schema, so its defaults (« all » breaches) are the service's.
 * An input the contract refuses opens the default list.
 */
export function breachListHref(input: unknown): string {
  const parsed = BreachListInput.safeParse(inputRecord(input));
  if (!parsed.success) return BREACH_LIST_PATH;
  const q = parsed.data;
  const [band, ...more] = q.severities;
  const state: BreachFilterState = {
    ...DEFAULT_BREACH_FILTERS,
    filter: q.filter,
    statuses: q.statuses,
    from: q.discoveredFrom ?? '',
    to: q.discoveredTo ?? '',
    severity: band && more.length === 0 ? band : 'any',
    notified: q.notified === undefined ? 'all' : q.notified ? 'yes' : 'no',
    search: q.search ?? '',
    sort: q.sort,
    direction: q.direction,
    processingId: q.processingId ?? null,
    processorId: q.processorId ?? null,
  };
  return withQuery(BREACH_LIST_PATH, breachParams(state));
}
