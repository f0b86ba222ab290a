/**
 * One line of the register of rights requests, as both the XLSX and the PDF print it: received, type,
 * due, extended, answered, on time or late and by how many days, outcome (accountability, Art. 5(2)
 * and 12(3)). No names: the register proves timeliness, it does not need to identify anyone (Art. 5(1)(c)).
 */
import { daysBetween } from '../../core/time';
import {
  DEADLINE_PROFILE_INFO,
  REQUEST_CHANNEL_LABELS,
  REQUEST_OUTCOME_LABELS,
  REQUEST_STATE_LABELS,
  REQUEST_TYPE_INFO,
  type RequestChannel,
} from '../../shared/schemas/request';
import type { DeadlineProfile } from '../../core/request-deadline';
import type { RequestOutcome, RequestState, RequestType } from '../../core/request-workflow';

/** What the register needs from a stored request (a structural subset of the store's summary). */
export interface RegisterSource {
  reference: string;
  type: RequestType;
  state: RequestState;
  profile: DeadlineProfile;
  channel: string;
  pending: boolean;
  receivedAt: string;
  receivedDate: string;
  dueDate: string;
  extendedDueDate: string | null;
  effectiveDueDate: string;
  answeredDate: string | null;
  outcome: RequestOutcome | null;
  lateDays: number | null;
}

export type Timeliness = 'on_time' | 'late' | 'pending' | 'overdue';

export const TIMELINESS_LABELS: Record<Timeliness, string> = {
  on_time: 'Dans le délai',
  late: 'En retard',
  pending: 'En cours, dans le délai',
  overdue: 'En retard, sans réponse',
};

export interface RegisterLine {
  reference: string;
  receivedAt: string;
  receivedDate: string;
  channel: string;
  type: string;
  article: string;
  profile: string;
  dueDate: string;
  extended: boolean;
  extendedDueDate: string | null;
  effectiveDueDate: string;
  answeredDate: string | null;
  timeliness: Timeliness;
  timelinessLabel: string;
  /** Days past the due date in force: of the answer, or of `today` while unanswered. */
  lateDays: number;
  outcome: string;
  state: string;
  /** Processings of the register the request concerns, « TRT-… — name » (issue 6). */
  processings: readonly string[];
}

export function registerLine(s: RegisterSource, today: string, processings: readonly string[] = []): RegisterLine {
  let timeliness: Timeliness;
  let lateDays = 0;
  if (s.answeredDate) {
    lateDays = s.lateDays ?? 0;
    timeliness = lateDays > 0 ? 'late' : 'on_time';
  } else if (s.pending && s.effectiveDueDate < today) {
    lateDays = daysBetween(s.effectiveDueDate, today);
    timeliness = 'overdue';
  } else {
    timeliness = 'pending';
  }
  const days = lateDays > 1 ? `${lateDays} jours` : `${lateDays} jour`;
  return {
    reference: s.reference,
    receivedAt: s.receivedAt,
    receivedDate: s.receivedDate,
    channel: REQUEST_CHANNEL_LABELS[s.channel as RequestChannel]?.fr ?? s.channel,
    type: REQUEST_TYPE_INFO[s.type].fr,
    article: REQUEST_TYPE_INFO[s.type].article,
    profile: DEADLINE_PROFILE_INFO[s.profile].fr,
    dueDate: s.dueDate,
    extended: s.extendedDueDate !== null,
    extendedDueDate: s.extendedDueDate,
    effectiveDueDate: s.effectiveDueDate,
    answeredDate: s.answeredDate,
    timeliness,
    timelinessLabel: lateDays > 0 ? `${TIMELINESS_LABELS[timeliness]} de ${days}` : TIMELINESS_LABELS[timeliness],
    lateDays,
    outcome: s.outcome ? REQUEST_OUTCOME_LABELS[s.outcome].fr : '',
    state: REQUEST_STATE_LABELS[s.state].fr,
    processings,
  };
}

export interface RegisterSummary {
  total: number;
  answered: number;
  onTime: number;
  late: number;
  pending: number;
  overdue: number;
  extended: number;
  /** Answered on time / answered, in %; null when nothing was answered. */
  onTimeRate: number | null;
}

export function registerSummary(lines: readonly RegisterLine[]): RegisterSummary {
  const count = (t: Timeliness) => lines.filter((l) => l.timeliness === t).length;
  const onTime = count('on_time');
  const late = count('late');
  return {
    total: lines.length,
    answered: onTime + late,
    onTime,
    late,
    pending: count('pending'),
    overdue: count('overdue'),
    extended: lines.filter((l) => l.extended).length,
    onTimeRate: onTime + late === 0 ? null : Math.round((1000 * onTime) / (onTime + late)) / 10,
  };
}

/** The summary as label/value pairs, shared by the PDF and the XLSX information sheet. */
export function summaryPairs(s: RegisterSummary): { label: string; value: string }[] {
  return [
    { label: 'Demandes reçues sur la période', value: String(s.total) },
    { label: 'Répondues dans le délai', value: String(s.onTime) },
    { label: 'Répondues en retard', value: String(s.late) },
    { label: 'Taux de réponse dans le délai', value: s.onTimeRate === null ? 'Sans objet' : `${String(s.onTimeRate).replace('.', ',')} %` },
    { label: 'En cours, dans le délai', value: String(s.pending) },
    { label: 'En retard, sans réponse', value: String(s.overdue) },
    { label: 'Prolongées (art. 12(3))', value: String(s.extended) },
  ];
}
