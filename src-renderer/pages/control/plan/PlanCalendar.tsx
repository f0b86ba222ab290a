/**
 * The plan as a calendar — years in columns, quarters in rows — so the DPO sees at a glance what is
 * audited when and by whom. The current year is shaded; colours repeat the status written in text.
 */
import type { AuditItem, AuditPlanDetail } from '../../../../src-main/shared/schemas/control';
import { useT } from '../../../i18n/I18nProvider';
import { useLabel } from '../common/labels';
import { CALENDAR_ROWS, calendarCells, cellKey, hasUnscheduled, planYears } from './plan-view';

export function PlanCalendar({ plan, currentYear }: { plan: AuditPlanDetail; currentYear: number }) {
  const t = useT();
  const label = useLabel();
  const years = planYears(plan);
  const cells = calendarCells(plan.items);
  const rows = CALENDAR_ROWS.filter((r) => r !== 0 || hasUnscheduled(plan.items));
  const entry = (item: AuditItem) => (
    <li key={item.id} className={`ctl-status-${item.status}`}>
      <strong>{item.title}</strong>
      <br />
      {item.targetLabel} — {item.auditor} — {label(item.statusLabel)}
    </li>
  );
  return (
    <table className="ctl-calendar">
      <caption className="visually-hidden-caption">{t('control.calendar.caption')}</caption>
      <thead>
        <tr>
          <th scope="col" className="ctl-calendar-corner">
            {t('control.item.quarter')}
          </th>
          {years.map((y) => (
            <th key={y} scope="col" className={y === currentYear ? 'ctl-current-year' : undefined}>
              {y}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row}>
            <th scope="row">{row === 0 ? t('control.item.noQuarter') : t('control.quarterN', { n: row })}</th>
            {years.map((y) => {
              const list = cells.get(cellKey(y, row)) ?? [];
              return (
                <td key={y} className={y === currentYear ? 'ctl-current-year' : undefined}>
                  {list.length > 0 && <ul>{list.map(entry)}</ul>}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
