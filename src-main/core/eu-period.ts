/**
 * Periods under Regulation (EEC, Euratom) No 1182/71 (periods, dates and time limits).
 *
 * - Art. 3(1): the day of the event (receipt) is not counted in a period in days.
 * - Art. 3(2)(c): a period in months ends at the end of the day that falls on the same date as the
 *   day from which it runs; if that date does not exist in the last month, at the end of the last
 *   day of that month. (CJEU C-171/03: for months, 3(2)(c) prevails — 5 March → 5 April.)
 * - Art. 3(4): if the last day is a public holiday, a Sunday or a Saturday, the period ends at the
 *   end of the following working day (not for periods expressed in hours: see breach-clock.ts).
 * - Art. 3(5): a period of two days or more includes at least two working days. [S]
 * The holiday list is the French one (art. 2(1): holidays of the Member State), see calendar-fr.ts.
 */
import { DateTime } from 'luxon';
import { DomainError } from '../shared/errors';
import { countWorkingDays, nextWorkingDay, rollToWorkingDay, type HolidayCalendar } from './calendar-fr';
import {
  PARIS_ZONE,
  addCalendarDays,
  addCalendarMonths,
  frenchLongDate,
  frenchMonthYear,
  parisDateOf,
  parseCalendarDate,
  type InstantInput,
  type IsoDate,
  type IsoInstant,
} from './time';

export interface PeriodStep {
  /** The provision applied, e.g. `Règlement 1182/71, art. 3(4)`. */
  rule: string;
  /** The date this step arrives at. */
  date: IsoDate;
  /** One French sentence explaining the step. */
  text: string;
}

export interface Period {
  /** The day of the event (receipt) the period runs from. */
  from: IsoDate;
  /** Same date n months later (clamped), or event day + n days, before any roll-over. */
  nominal: IsoDate;
  /** The last day of the period, after the art. 3(4) roll-over. */
  due: IsoDate;
  /** End of `due` (23:59:59.999 Europe/Paris) as a UTC instant. */
  dueAt: IsoInstant;
  /** True when `due` differs from `nominal`. */
  rolledOver: boolean;
  /** How the date was obtained, step by step, for the file and the UI. */
  steps: PeriodStep[];
}

const R = 'Règlement 1182/71';

/** The Europe/Paris calendar date on which an instant falls: the day a request is « reçue ». */
export function receiptDate(instant: InstantInput): IsoDate {
  return parisDateOf(instant);
}

const endOfDayCache = new Map<IsoDate, IsoInstant>();

/** Art. 3(2)(b)/(c): a period ends « à l'expiration de la dernière heure » of its last day, in Paris. */
export function endOfDay(date: IsoDate): IsoInstant {
  const cached = endOfDayCache.get(date);
  if (cached) return cached;
  const { year, month, day } = parseCalendarDate(date);
  const last = DateTime.fromObject({ year, month, day, hour: 23, minute: 59, second: 59, millisecond: 999 }, { zone: PARIS_ZONE });
  const end = new Date(last.toMillis()).toISOString();
  endOfDayCache.set(date, end);
  return end;
}

function checkCount(n: number, unit: string): void {
  if (!Number.isInteger(n) || n < 1 || n > 1200) {
    throw new DomainError('VALIDATION', `La durée du délai (${n} ${unit}) est invalide : indiquez un nombre entier de ${unit} entre 1 et 1200.`);
  }
}

/** Art. 3(4) roll-over of `nominal`, appending one step per skipped day. */
function rollOver(nominal: IsoDate, calendar: HolidayCalendar, steps: PeriodStep[]): IsoDate {
  const { date, skipped } = rollToWorkingDay(nominal, calendar);
  for (const day of skipped) {
    steps.push({
      rule: `${R}, art. 3(4)`,
      date: addCalendarDays(day.date, 1),
      text: `Le ${frenchLongDate(day.date)} n'est pas un jour ouvrable (${day.reason}) : le délai est reporté au jour suivant.`,
    });
  }
  return date;
}

function finish(from: IsoDate, nominal: IsoDate, due: IsoDate, steps: PeriodStep[]): Period {
  steps.push({
    rule: `${R}, art. 3(2)`,
    date: due,
    text: `Échéance : ${frenchLongDate(due)} à 23 h 59 (heure de Paris).`,
  });
  return { from, nominal, due, dueAt: endOfDay(due), rolledOver: due !== nominal, steps };
}

/**
 * A period of `n` months running from `date` (art. 3(2)(c), then art. 3(4)).
 * Example: received 31 January 2026 → nominal 28 February 2026 (Saturday) → due Monday 2 March 2026.
 */
export function addMonths(date: IsoDate, n: number, calendar: HolidayCalendar): Period {
  checkCount(n, 'mois');
  const { date: nominal, clamped } = addCalendarMonths(date, n);
  const steps: PeriodStep[] = [
    {
      rule: `${R}, art. 3(2)(c)`,
      date: nominal,
      text: `Délai de ${n} mois à compter du ${frenchLongDate(date)} : il expire le même quantième ${n} mois plus tard.`,
    },
  ];
  if (clamped) {
    steps.push({
      rule: `${R}, art. 3(2)(c), 2e phrase`,
      date: nominal,
      text: `Le ${parseCalendarDate(date).day} n'existe pas en ${frenchMonthYear(nominal)} : le délai expire le dernier jour de ce mois, le ${frenchLongDate(nominal)}.`,
    });
  } else {
    steps.push({ rule: `${R}, art. 3(2)(c)`, date: nominal, text: `Même quantième : ${frenchLongDate(nominal)}.` });
  }
  const due = rollOver(nominal, calendar, steps);
  return finish(date, nominal, due, steps);
}

/**
 * A period of `n` days running from the event on `date` (art. 3(1): the event day is not counted;
 * art. 3(2)(b): it ends with the last day), rolled by art. 3(4) and checked against art. 3(5).
 * Example: received Friday 1 May 2026, 8 days → nominal Saturday 9 May → due Monday 11 May 2026.
 */
export function addDays(date: IsoDate, n: number, calendar: HolidayCalendar): Period {
  checkCount(n, 'jours');
  const nominal = addCalendarDays(date, n);
  const steps: PeriodStep[] = [
    {
      rule: `${R}, art. 3(1)`,
      date: nominal,
      text: `Délai de ${n} jours : le jour de l'événement (${frenchLongDate(date)}) n'est pas compté ; le délai expire le ${frenchLongDate(nominal)}.`,
    },
  ];
  let due = rollOver(nominal, calendar, steps);
  // Art. 3(5) [S]: a period of two days or more must contain at least two working days.
  if (n >= 2) {
    while (countWorkingDays(addCalendarDays(date, 1), due, calendar) < 2) {
      due = nextWorkingDay(due, calendar);
      steps.push({ rule: `${R}, art. 3(5)`, date: due, text: `Le délai doit comprendre au moins deux jours ouvrables : il est prolongé au ${frenchLongDate(due)}.` });
    }
  }
  return finish(date, nominal, due, steps);
}
