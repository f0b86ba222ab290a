/**
 * Deadlines of data-subject requests.
 *
 * Profiles:
 * - `gdpr`: GDPR Art. 12(3) — one month from receipt, extendable by two further months; the
 *   extension and its reasons must be notified within the first month.
 * - `health-record`: Code de la santé publique art. L1111-7 [U] — access to one's medical record:
 *   8 days, computed as a day period (Reg. 1182/71 art. 3(1)); documented choice.
 * - `health-record-old`: same article [U] — 2 months when the information is more than 5 years old.
 *
 * Identity checks (Art. 12(6)) never pause the strict deadline (REGULATORY.md §1b: no verified
 * authority for a pause); a pause-adjusted date is computed for information only.
 */
import { DomainError } from '../shared/errors';
import { rollToWorkingDay, type HolidayCalendar } from './calendar-fr';
import { addDays, addMonths, endOfDay, receiptDate, type Period } from './eu-period';
import {
  addCalendarDays,
  daysBetween,
  earliestDate,
  parseInstant,
  toParisDate,
  toUtcIso,
  type InstantInput,
  type IsoDate,
  type IsoInstant,
} from './time';

export const DEADLINE_PROFILES = ['gdpr', 'health-record', 'health-record-old'] as const;
export type DeadlineProfile = (typeof DEADLINE_PROFILES)[number];

export interface DeadlineProfileInfo {
  fr: string;
  en: string;
  source: string;
  period: { unit: 'months' | 'days'; count: number };
  /** Only Art. 12(3) provides for an extension. */
  extendable: boolean;
}

export const DEADLINE_PROFILE_INFO: Record<DeadlineProfile, DeadlineProfileInfo> = {
  gdpr: {
    fr: 'RGPD : un mois, prolongeable de deux mois',
    en: 'GDPR: one month, extendable by two months',
    source: 'RGPD, art. 12(3)',
    period: { unit: 'months', count: 1 },
    extendable: true,
  },
  'health-record': {
    fr: 'Dossier médical : 8 jours',
    en: 'Medical record: 8 days',
    source: 'Code de la santé publique, art. L1111-7',
    period: { unit: 'days', count: 8 },
    extendable: false,
  },
  'health-record-old': {
    fr: 'Dossier médical de plus de 5 ans : 2 mois',
    en: 'Medical record older than 5 years: 2 months',
    source: 'Code de la santé publique, art. L1111-7',
    period: { unit: 'months', count: 2 },
    extendable: false,
  },
};

export interface DeadlineInput {
  /** When the request reached any official channel. */
  receivedAt: InstantInput;
  profile: DeadlineProfile;
  calendar: HolidayCalendar;
  identityRequestedAt?: InstantInput | null;
  identityReceivedAt?: InstantInput | null;
  /** The clock, used only to measure an identity check still pending. */
  now?: InstantInput;
}

export const EXTENSION_READINGS = ['single_period', 'chained_on_nominal', 'chained_on_due'] as const;
export type ExtensionReading = (typeof EXTENSION_READINGS)[number];

export interface AlternativeReading {
  reading: ExtensionReading;
  fr: string;
  due: IsoDate;
  dueAt: IsoInstant;
}

export interface ExtensionDeadlines {
  /** Art. 12(3): the extension and its reasons must be notified by the one-month due date. */
  noticeDue: IsoDate;
  noticeDueAt: IsoInstant;
  /** The workbench rule: receipt + 3 months as one period. */
  extended: Period;
  /** Every reading of REGULATORY.md §1b, the workbench rule first. */
  alternatives: AlternativeReading[];
  /** Earliest due date among the readings: alert from this date. */
  warnAt: IsoDate;
}

export interface PauseAdjustedDue {
  due: IsoDate;
  dueAt: IsoInstant;
  pausedDays: number;
  /** True when the identity check is still pending (counted up to `now`). */
  ongoing: boolean;
  informationOnly: true;
  fr: string;
}

export interface RequestDeadlines {
  profile: DeadlineProfile;
  calendar: HolidayCalendar;
  receivedDate: IsoDate;
  /** The compliance alarm: never paused. */
  strict: Period;
  /** Null for profiles without an extension. */
  extension: ExtensionDeadlines | null;
  pauseAdjusted: PauseAdjustedDue | null;
  /** L1111-7 [U]: medical records are sent after a 48-hour reflection period. Null for `gdpr`. */
  healthReflectionEndsAt: IsoInstant | null;
}

function profilePeriod(from: IsoDate, profile: DeadlineProfile, calendar: HolidayCalendar): Period {
  const { unit, count } = DEADLINE_PROFILE_INFO[profile].period;
  return unit === 'months' ? addMonths(from, count, calendar) : addDays(from, count, calendar);
}

function extensionDeadlines(receivedDate: IsoDate, strict: Period, calendar: HolidayCalendar): ExtensionDeadlines {
  // Workbench rule (REGULATORY.md §1b): one period of 3 months from receipt.
  const extended = addMonths(receivedDate, 3, calendar);
  // [U] readings with no authority either way: +2 months chained on the first month's end.
  const onNominal = addMonths(strict.nominal, 2, calendar);
  const onDue = addMonths(strict.due, 2, calendar);
  const alternatives: AlternativeReading[] = [
    { reading: 'single_period', fr: 'Réception + 3 mois (une seule période) — règle retenue', due: extended.due, dueAt: extended.dueAt },
    { reading: 'chained_on_nominal', fr: 'Fin nominale du premier mois + 2 mois', due: onNominal.due, dueAt: onNominal.dueAt },
    { reading: 'chained_on_due', fr: 'Échéance reportée du premier mois + 2 mois', due: onDue.due, dueAt: onDue.dueAt },
  ];
  return {
    noticeDue: strict.due,
    noticeDueAt: strict.dueAt,
    extended,
    alternatives,
    warnAt: earliestDate(extended.due, onNominal.due, onDue.due),
  };
}

function pauseAdjusted(input: DeadlineInput, strict: Period): PauseAdjustedDue | null {
  if (!input.identityRequestedAt) return null;
  const ongoing = !input.identityReceivedAt;
  const end = input.identityReceivedAt ?? input.now;
  if (!end) return null;
  const pausedDays = Math.max(0, daysBetween(toParisDate(input.identityRequestedAt), toParisDate(end)));
  const due = rollToWorkingDay(addCalendarDays(strict.due, pausedDays), input.calendar).date;
  return {
    due,
    dueAt: endOfDay(due),
    pausedDays,
    ongoing,
    informationOnly: true,
    fr:
      "Information seulement : échéance décalée de la durée de vérification d'identité. Position juridique non confirmée " +
      "(EDPB 01/2022 non vérifié) ; l'échéance stricte reste l'alerte de conformité.",
  };
}

/** All deadlines of a request. */
export function requestDeadlines(input: DeadlineInput): RequestDeadlines {
  const receivedDate = receiptDate(input.receivedAt);
  const strict = profilePeriod(receivedDate, input.profile, input.calendar);
  const isHealth = input.profile !== 'gdpr';
  return {
    profile: input.profile,
    calendar: input.calendar,
    receivedDate,
    strict,
    extension: DEADLINE_PROFILE_INFO[input.profile].extendable ? extensionDeadlines(receivedDate, strict, input.calendar) : null,
    pauseAdjusted: pauseAdjusted(input, strict),
    healthReflectionEndsAt: isHealth ? toUtcIso(parseInstant(input.receivedAt).plus({ hours: 48 })) : null,
  };
}

/**
 * Art. 12(3): an extension is possible only for the `gdpr` profile and must be notified « within one
 * month of receipt » — no later than the end of the (rolled) one-month due date. Returns a French
 * sentence saying why it is refused, or null when it may be recorded at `at`.
 */
export function extensionRefusal(deadlines: RequestDeadlines, at: InstantInput): string | null {
  if (!deadlines.extension) {
    return `Ce délai (${DEADLINE_PROFILE_INFO[deadlines.profile].source}) ne prévoit pas de prolongation : répondez avant l'échéance.`;
  }
  if (parseInstant(at).toMillis() > parseInstant(deadlines.extension.noticeDueAt).toMillis()) {
    return (
      `La prolongation devait être notifiée au demandeur au plus tard le ${deadlines.extension.noticeDue} (RGPD, art. 12(3)) : ` +
      "elle ne peut plus être enregistrée. Répondez sans délai et documentez le retard."
    );
  }
  return null;
}

/** Days late of an answer given on `answered` (date or instant, read in Paris) against `due`; 0 when on time. */
export function lateness(answered: IsoDate | InstantInput, due: IsoDate): number {
  const answeredDate = toParisDate(answered);
  const days = daysBetween(toParisDate(due), answeredDate);
  return days > 0 ? days : 0;
}

/** The due date in force: the extended one once an extension is recorded. */
export function effectiveDue(deadlines: RequestDeadlines, extended: boolean): { due: IsoDate; dueAt: IsoInstant } {
  if (extended && !deadlines.extension) {
    throw new DomainError('INVALID_STATE', "Ce type de délai ne peut pas être prolongé : retirez la prolongation enregistrée.");
  }
  const period = extended && deadlines.extension ? deadlines.extension.extended : deadlines.strict;
  return { due: period.due, dueAt: period.dueAt };
}
