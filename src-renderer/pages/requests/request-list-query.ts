/**
 * The request list's filters as the user sets them, turned into `request.list` input. Everything —
 * filters, search and sort — is done by the service, page by page: the list stays fast with
 * 100 000 requests because the renderer only ever holds the pages on screen. The URL form is
 * request-list-url.ts.
 */
import type { Input } from '../../../src-main/shared/contract';
import type { RequestSort, RequestState, RequestType } from '../../../src-main/shared/schemas/request';
import type { SortDirection } from '../breaches/breach-list-query';

/** Quick views: the questions a DPO asks (« what is late? », « what is due this week? »). */
export const REQUEST_VIEWS = ['all', 'pending', 'overdue', 'due_soon', 'done'] as const;
export type RequestView = (typeof REQUEST_VIEWS)[number];

/** « Due within 7 days » (the dashboard's week). */
export const DUE_SOON_DAYS = 7;

export interface RequestFilterState {
  view: RequestView;
  states: RequestState[];
  types: RequestType[];
  /** Receipt period (Europe/Paris days), `YYYY-MM-DD` or '' for open-ended. */
  from: string;
  to: string;
  search: string;
  sort: RequestSort;
  direction: SortDirection;
  /** Horizon of the « due soon » view, in days (the dashboard's week by default). */
  dueWithinDays: number;
  /** Only requests linked to this processing of the register. */
  processingId: string | null;
}

export const DEFAULT_REQUEST_FILTERS: RequestFilterState = {
  view: 'pending',
  states: [],
  types: [],
  from: '',
  to: '',
  search: '',
  sort: 'dueDate',
  direction: 'asc',
  dueWithinDays: DUE_SOON_DAYS,
  processingId: null,
};

export type RequestListBase = Omit<Input<'request.list'>, 'offset' | 'limit'>;

type ViewInput = Pick<RequestListBase, 'pending' | 'overdue' | 'dueWithinDays'>;

function viewInput(state: Pick<RequestFilterState, 'view' | 'dueWithinDays'>): ViewInput {
  const byView: Record<RequestView, ViewInput> = {
    all: {},
    pending: { pending: true },
    overdue: { overdue: true },
    due_soon: { dueWithinDays: state.dueWithinDays },
    done: { pending: false },
  };
  return byView[state.view];
}

export function toRequestListBase(state: RequestFilterState): RequestListBase {
  const search = state.search.trim();
  return {
    states: state.states,
    types: state.types,
    ...(state.from ? { receivedFrom: state.from } : {}),
    ...(state.to ? { receivedTo: state.to } : {}),
    ...viewInput(state),
    ...(search ? { search } : {}),
    ...(state.processingId ? { processingId: state.processingId } : {}),
    sort: state.sort,
    direction: state.direction,
  };
}
