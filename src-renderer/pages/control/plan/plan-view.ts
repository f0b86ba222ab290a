/**
 * Pure helpers of the audit-plan tab: which plan to show, the plan's years, and the plan laid out
 * as a calendar (years × quarters) — « what is audited when, by whom » (GDPR Art. 39(1)(b)).
 */
import type { AuditItem, AuditPlanSummary } from '../../../../src-main/shared/schemas/control';

/** The plan asked for in the URL, else the one covering `year`, else the latest one. */
export function choosePlan(plans: readonly AuditPlanSummary[], requested: string | null, year: number): AuditPlanSummary | null {
  const asked = requested ? plans.find((p) => p.id === requested) : undefined;
  if (asked) return asked;
  const current = plans.find((p) => p.startYear <= year && year <= p.endYear);
  if (current) return current;
  return [...plans].sort((a, b) => b.startYear - a.startYear)[0] ?? null;
}

export function planYears(plan: Pick<AuditPlanSummary, 'startYear' | 'years'>): number[] {
  return Array.from({ length: plan.years }, (_, i) => plan.startYear + i);
}

/** Row of the calendar: a quarter, or 0 for the audits planned « some time in the year ». */
export const CALENDAR_ROWS = [1, 2, 3, 4, 0] as const;
export type CalendarRow = (typeof CALENDAR_ROWS)[number];

export const cellKey = (year: number, row: CalendarRow): string => `${year}:${row}`;

/** Items grouped by year and quarter, each cell ordered by title. */
export function calendarCells(items: readonly AuditItem[]): Map<string, AuditItem[]> {
  const cells = new Map<string, AuditItem[]>();
  for (const item of items) {
    const row = (item.quarter ?? 0) as CalendarRow;
    const key = cellKey(item.year, row);
    cells.set(key, [...(cells.get(key) ?? []), item]);
  }
  for (const list of cells.values()) list.sort((a, b) => a.title.localeCompare(b.title, 'fr'));
  return cells;
}

/** Whether the « no quarter » row has anything to show (it is hidden otherwise). */
export function hasUnscheduled(items: readonly AuditItem[]): boolean {
  return items.some((i) => i.quarter === null);
}

/** Share as a whole percentage for people (0.333 → 33); null stays null (nothing to measure). */
export function percent(share: number | null): number | null {
  return share === null ? null : Math.round(share * 100);
}
