/**
 * The action plan's filters live in the URL (`#/controle/actions?statut=open,in_progress&retard=1`),
 * so that the dashboard, a reminder or a bookmark opens exactly the list behind a figure. These pure
 * functions turn the URL into the `action.list` / `action.exportXlsx` input and back.
 */
import { ACTION_STATUSES, type ActionStatus } from '../../../../src-main/core/audit-plan';
import type { Input } from '../../../../src-main/shared/contract';
import {
  ACTION_PRIORITIES,
  ACTION_SORTS,
  ACTION_SOURCE_TYPES,
  ActionFilter,
  type ActionPriority,
  type ActionSourceType,
} from '../../../../src-main/shared/schemas/control';
import type { Direction } from '../common/sort-state';
import { sectionPath } from '../sections';

export type ActionSort = (typeof ACTION_SORTS)[number];

export interface ActionFilters {
  statuses: ActionStatus[];
  priorities: ActionPriority[];
  sourceType: ActionSourceType | null;
  overdue: boolean;
  search: string;
  sort: ActionSort;
  direction: Direction;
  /** 1-based. */
  page: number;
}

export const ACTION_PAGE_SIZE = 100;

/** What the list shows when nothing is asked: every action still to do, the nearest due date first. */
export const DEFAULT_ACTION_FILTERS: ActionFilters = {
  statuses: ['open', 'in_progress'],
  priorities: [],
  sourceType: null,
  overdue: false,
  search: '',
  sort: 'dueDate',
  direction: 'asc',
  page: 1,
};

/** URL parameter names, in French like the paths. */
export const PARAM = { statuses: 'statut', priorities: 'priorite', sourceType: 'origine', overdue: 'retard', search: 'q', sort: 'tri', direction: 'ordre', page: 'page' } as const;

function listParam<K extends string>(params: URLSearchParams, name: string, keys: readonly K[]): K[] | null {
  const raw = params.get(name);
  if (raw === null) return null;
  return raw
    .split(',')
    .map((v) => v.trim())
    .filter((v): v is K => (keys as readonly string[]).includes(v));
}

function oneOf<K extends string>(value: string | null, keys: readonly K[]): K | null {
  return value !== null && (keys as readonly string[]).includes(value) ? (value as K) : null;
}

/** `statut=` (present but empty) means every status; no `statut` at all means the default (still to do). */
export function filtersFromParams(params: URLSearchParams): ActionFilters {
  const page = Number(params.get(PARAM.page));
  return {
    statuses: listParam(params, PARAM.statuses, ACTION_STATUSES) ?? DEFAULT_ACTION_FILTERS.statuses,
    priorities: listParam(params, PARAM.priorities, ACTION_PRIORITIES) ?? [],
    sourceType: oneOf(params.get(PARAM.sourceType), ACTION_SOURCE_TYPES),
    overdue: params.get(PARAM.overdue) === '1',
    search: params.get(PARAM.search) ?? '',
    sort: oneOf(params.get(PARAM.sort), ACTION_SORTS) ?? DEFAULT_ACTION_FILTERS.sort,
    direction: params.get(PARAM.direction) === 'desc' ? 'desc' : 'asc',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The URL parameters of a filter state; defaults are left out so URLs stay short. */
export function filtersToParams(f: ActionFilters): URLSearchParams {
  const params = new URLSearchParams();
  const sameStatuses = f.statuses.length === DEFAULT_ACTION_FILTERS.statuses.length && f.statuses.every((s) => DEFAULT_ACTION_FILTERS.statuses.includes(s));
  if (!sameStatuses) params.set(PARAM.statuses, f.statuses.join(','));
  if (f.priorities.length > 0) params.set(PARAM.priorities, f.priorities.join(','));
  if (f.sourceType) params.set(PARAM.sourceType, f.sourceType);
  if (f.overdue) params.set(PARAM.overdue, '1');
  if (f.search.trim() !== '') params.set(PARAM.search, f.search.trim());
  if (f.sort !== DEFAULT_ACTION_FILTERS.sort) params.set(PARAM.sort, f.sort);
  if (f.direction !== 'asc') params.set(PARAM.direction, f.direction);
  if (f.page > 1) params.set(PARAM.page, String(f.page));
  return params;
}

export function toExportInput(f: ActionFilters): Input<'action.exportXlsx'> {
  const search = f.search.trim();
  return {
    statuses: f.statuses,
    priorities: f.priorities,
    ...(f.sourceType ? { sourceType: f.sourceType } : {}),
    ...(f.overdue ? { overdue: true } : {}),
    ...(search ? { search } : {}),
  };
}

export function toListInput(f: ActionFilters): Input<'action.list'> {
  return { ...toExportInput(f), sort: f.sort, direction: f.direction, offset: (f.page - 1) * ACTION_PAGE_SIZE, limit: ACTION_PAGE_SIZE };
}

/**
 * The action-plan URL showing the rows of an `action.list` input (as the dashboard gives it):
 * the figure and the list behind it use the same filter. Unknown fields are ignored.
 */
export function actionListHref(input: Readonly<Record<string, unknown>>): string {
  const parsed = ActionFilter.safeParse(input);
  const filter = parsed.success ? parsed.data : ActionFilter.parse({});
  const filters: ActionFilters = {
    ...DEFAULT_ACTION_FILTERS,
    statuses: filter.statuses,
    priorities: filter.priorities,
    sourceType: filter.sourceType ?? null,
    overdue: filter.overdue === true,
    search: filter.search ?? '',
  };
  const query = filtersToParams(filters).toString();
  return `${sectionPath('actions')}${query ? `?${query}` : ''}`;
}
