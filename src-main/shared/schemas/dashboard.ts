/**
 * The dashboard (issue 7): the DPO's figures at a glance, each with the list call that shows the
 * records behind it, so that a number on screen is always one click from its evidence (Art. 5(2)).
 *
 * Role-aware: the security officer gets the breach part and the actions decided after breaches only
 * (data minimisation, Art. 5(1)(c)); the DPO and the compliance officer get every part.
 */
import { z } from 'zod';
import { SEVERITY_BANDS } from '../../core/breach-risk';
import { BREACH_STATUSES } from '../../core/breach-workflow';
import { ROLES } from '../roles';
import { Empty } from './common';

export const DashboardInput = Empty;

/**
 * The contract method and input that list the records behind a figure. `exact`: the list's `total`
 * is the figure. Otherwise the list is a superset and `note` (French) says which rows to keep.
 */
export const ListLink = z.object({
  method: z.string(),
  input: z.record(z.string(), z.unknown()),
  exact: z.boolean(),
  note: z.string().nullable(),
});
export type ListLink = z.infer<typeof ListLink>;

export const Figure = z.object({
  value: z.number().int(),
  link: ListLink.nullable(),
});
export type Figure = z.infer<typeof Figure>;

/** An open breach whose Art. 33(1) clock runs or has run out without a notification. */
export const BreachCountdown = z.object({
  id: z.string(),
  reference: z.string(),
  title: z.string(),
  status: z.enum(BREACH_STATUSES),
  awareAt: z.string(),
  /** awareAt + 72 h, UTC. */
  dueAt: z.string(),
  /** Time left at `now` (0 when late). */
  remainingMs: z.number(),
  late: z.boolean(),
  lateByMs: z.number(),
  severity: z.enum(SEVERITY_BANDS).nullable(),
});
export type BreachCountdown = z.infer<typeof BreachCountdown>;

export const MonthOnTime = z.object({
  /** YYYY-MM, month of the due date in force. */
  month: z.string(),
  onTime: z.number().int(),
  late: z.number().int(),
  pending: z.number().int(),
  /** onTime / (onTime + late), 0 to 1; null when nothing was due and decided that month. */
  rate: z.number().nullable(),
});

const TargetCoverage = z.object({
  total: z.number().int(),
  audited: z.number().int(),
  covered: z.number().int(),
  auditedShare: z.number().nullable(),
  coveredShare: z.number().nullable(),
});

export const Dashboard = z.object({
  /** The instant the figures were computed at (countdowns run from it). */
  now: z.string(),
  /** Europe/Paris calendar day of `now`. */
  today: z.string(),
  role: z.enum(ROLES),
  breaches: z.object({
    /** Not closed nor dismissed. */
    open: Figure,
    /** 72-hour clock running: aware, not notified, deadline not passed. */
    clockRunning: Figure,
    /** Deadline passed without notification, or notified after it (Art. 33(1): reasons for the delay). */
    late: Figure,
    /** Decided « notify the CNIL », not notified yet. */
    toNotify: Figure,
    /** Open breaches not yet notified whose clock runs or ran out, soonest deadline first (at most 50). */
    countdowns: z.array(BreachCountdown),
    countdownsTotal: z.number().int(),
  }),
  /** null for the security officer. */
  requests: z
    .object({
      pending: Figure,
      dueWithin7Days: Figure,
      overdue: Figure,
      /** The last 12 months by month of the due date, oldest first. */
      onTimeByMonth: z.array(MonthOnTime),
      /** Answered on time / answered over those 12 months, 0 to 1. */
      onTimeRate12Months: z.number().nullable(),
      /** Median of calendar days from receipt to answer, answers sent in the last 12 months. */
      medianAnswerDays: z.number().nullable(),
    })
    .nullable(),
  processors: z
    .object({
      total: Figure,
      /** At least one alert of any severity (processor.list `withAlerts: 'any'`). */
      withAlerts: Figure,
      /** At least one critical alert. */
      critical: Figure,
      /** At least one high or critical alert. */
      highOrCritical: Figure,
    })
    .nullable(),
  processings: z
    .object({
      total: Figure,
      /** Screening says a DPIA is required (Art. 35) and it is not done. */
      dpiaMissing: Figure,
      /** Fiches with an Art. 30 item missing. */
      incomplete: Figure,
    })
    .nullable(),
  /** Progress of the audit plan covering the current year; null when there is none. */
  auditPlan: z
    .object({
      planId: z.string(),
      title: z.string(),
      cycle: z.object({ fromYear: z.number().int(), toYear: z.number().int() }),
      items: z.object({ planned: z.number().int(), inProgress: z.number().int(), done: z.number().int(), cancelled: z.number().int() }),
      /** Items of the current year. */
      currentYear: z.object({ year: z.number().int(), total: z.number().int(), done: z.number().int() }),
      processings: TargetCoverage,
      processors: TargetCoverage,
      link: ListLink,
    })
    .nullable(),
  actions: z.object({
    /** `breach`: the security officer's scope (actions decided after breaches). */
    scope: z.enum(['all', 'breach']),
    open: Figure,
    overdue: Figure,
  }),
});
export type Dashboard = z.infer<typeof Dashboard>;
