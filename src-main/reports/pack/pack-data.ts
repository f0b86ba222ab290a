/**
 * What the service hands the audit-pack renderers: the period's figures, the state of the vault at
 * generation (the dashboard), the notable events and the audit-plan progress. Plain data, computed
 * from one consistent snapshot of the vault; the renderers only lay it out.
 */
import type { Dashboard } from '../../shared/schemas/dashboard';
import type { Organisation } from '../../shared/schemas/organisation';
import type { PackPeriod } from '../../shared/schemas/pack';
import type { AuditHead } from '../pdf/page-frame';

export interface RequestMonth {
  /** YYYY-MM (month of the due date in force). */
  month: string;
  onTime: number;
  late: number;
  pending: number;
}

/** Rights requests (Art. 12(3)): received in the period; timeliness judged on the due date in force. */
export interface PeriodRequestFigures {
  received: number;
  answered: number;
  onTime: number;
  late: number;
  /** Received in the period and still unanswered at generation. */
  pendingAtEnd: number;
  /** Of those, past their due date at generation. */
  overdueAtEnd: number;
  extended: number;
  /** Answered on time / answered, 0 to 1. */
  onTimeRate: number | null;
  /** Median of calendar days from receipt to answer, answers sent during the period. */
  medianAnswerDays: number | null;
  /** One entry per month of the period, by month of the due date. */
  byMonth: RequestMonth[];
}

export interface BreachMonth {
  month: string;
  low: number;
  medium: number;
  high: number;
  veryHigh: number;
  unassessed: number;
}

/** Breaches (Art. 33, 34): discovered in the period; notifications made in the period. */
export interface PeriodBreachFigures {
  discovered: number;
  dismissed: number;
  documentedOnly: number;
  initialNotifications: number;
  /** Initial notifications made after the 72 hours (with reasons for the delay, Art. 33(1)). */
  notifiedLate: number;
  complementaryNotifications: number;
  /** Breaches whose people were informed (Art. 34) during the period. */
  subjectsInformed: number;
  byMonth: BreachMonth[];
}

export interface PeriodFigures {
  requests: PeriodRequestFigures;
  breaches: PeriodBreachFigures;
  processors: { total: number; newInPeriod: number; withAlerts: number; contracts: number };
  processings: { total: number; newInPeriod: number; dpiaDoneInPeriod: number; dpiaMissing: number; incomplete: number };
  actions: { createdInPeriod: number; doneInPeriod: number; openAtGeneration: number; overdueAtGeneration: number };
  /** Audit-log entries written during the period (sheet « Journal d'audit »). */
  auditEntries: number;
}

export interface NotifiedEvent {
  breachReference: string;
  title: string;
  kind: 'initial' | 'complementary';
  sequence: number;
  at: string;
  /** Initial notification after 72 h. */
  late: boolean;
  cnilReference: string | null;
  /** Name of the dossier in the ZIP, or null when its frozen copy could not be rendered. */
  dossier: string | null;
  /** Why the dossier is missing (frozen copy altered or unreadable). */
  problem: string | null;
}

export interface Capped<T> {
  total: number;
  items: T[];
}

export interface NotableEvents {
  notifications: NotifiedEvent[];
  lateRequests: Capped<{ reference: string; type: string; dueDate: string; answeredDate: string | null; lateDays: number }>;
  newProcessors: Capped<{ reference: string; name: string; country: string; createdAt: string }>;
  dpiasDone: Capped<{ reference: string; name: string; doneOn: string }>;
}

export interface CoverageFigures {
  total: number;
  audited: number;
  covered: number;
  auditedShare: number | null;
  coveredShare: number | null;
}

export interface AuditPlanProgress {
  title: string;
  cycle: { fromYear: number; toYear: number };
  byYear: { year: number; planned: number; inProgress: number; done: number; cancelled: number }[];
  processings: CoverageFigures;
  processors: CoverageFigures;
  /** Audits completed during the period. */
  doneInPeriod: { title: string; target: string; completedOn: string; auditor: string }[];
}

export interface PackFileEntry {
  name: string;
  description: string;
}

export interface PackSummaryInput {
  organisation: Organisation;
  auditHead: AuditHead;
  generatedAt: string;
  generatedBy: string;
  appVersion: string;
  schemaVersion: number;
  period: PackPeriod;
  figures: PeriodFigures;
  dashboard: Dashboard;
  events: NotableEvents;
  auditPlan: AuditPlanProgress | null;
  /** The other files of the ZIP (the summary cannot hold its own hash: see manifest.json). */
  files: readonly PackFileEntry[];
}
