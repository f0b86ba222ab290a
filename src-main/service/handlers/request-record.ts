/**
 * A rights request as the service handles it: the stored record (indexed columns + JSON document),
 * its core view (core/request-workflow `RightsRequest`), and the derived columns — due dates, pending,
 * lateness — recomputed from the core rules on every change (GDPR Art. 12(3), Reg. 1182/71).
 */
import { z } from 'zod';
import { effectiveDue, lateness, requestDeadlines, type DeadlineProfile, type RequestDeadlines } from '../../core/request-deadline';
import type { RequestState, RightsRequest } from '../../core/request-workflow';
import { DateTime } from 'luxon';
import { addCalendarDays, PARIS_ZONE, toUtcIso } from '../../core/time';
import { endOfDay } from '../../core/eu-period';
import { DomainError } from '../../shared/errors';
import {
  Clarification,
  HistoryEntry,
  PostMortemInfo,
  Recipient,
  Representation,
  REQUEST_CHANNELS,
  RequestPerson,
  StoredRefusal,
} from '../../shared/schemas/request';
import type { RequestRecord, RequestSummary } from '../../store/repos/requests';

/** The JSON document of a request (`requests.details`): everything lists do not filter on. */
export const RequestDetails = z.object({
  channelDetail: z.string(),
  applicant: RequestPerson,
  subject: RequestPerson.nullable(),
  representation: Representation,
  postMortem: PostMortemInfo.nullable(),
  summary: z.string(),
  processings: z.array(z.string()),
  recipients: z.array(Recipient),
  notes: z.string(),
  identity: z.object({ documentsRequested: z.string() }),
  clarifications: z.array(Clarification),
  extensionReasons: z.string().nullable(),
  response: z
    .object({ channel: z.enum(REQUEST_CHANNELS), summary: z.string(), refusal: StoredRefusal.nullable(), justification: z.string() })
    .nullable(),
  history: z.array(HistoryEntry),
});
export type RequestDetails = z.infer<typeof RequestDetails>;

export function readDetails(record: RequestRecord): RequestDetails {
  return RequestDetails.parse(JSON.parse(record.details));
}

/** States in which an answer is still awaited (core/request-workflow transitions). */
const OPEN_STATES: ReadonlySet<RequestState> = new Set(['received', 'awaiting_identity', 'awaiting_clarification', 'in_progress', 'extended']);

/** The workflow view of a record; `details` is needed only for the extension reasons and the refusal. */
export function toCore(s: RequestSummary, details: RequestDetails | null): RightsRequest {
  return {
    type: s.type,
    state: s.state,
    receivedAt: s.receivedAt,
    profile: s.profile,
    // The strict deadline uses the national calendar (L3133-1): the earliest, safest date (REGULATORY.md §1b).
    calendar: 'fr',
    identityRequestedAt: s.identityRequestedAt,
    identityReceivedAt: s.identityReceivedAt,
    clarificationRequestedAt: s.clarificationRequestedAt,
    clarificationReceivedAt: s.clarificationReceivedAt,
    extension: s.extendedAt ? { recordedAt: s.extendedAt, reasons: details?.extensionReasons ?? '' } : null,
    response:
      s.answeredAt && s.outcome
        ? { at: s.answeredAt, outcome: s.outcome, refusal: details?.response?.refusal ?? null, justification: details?.response?.justification || null }
        : null,
    closedAt: s.closedAt,
  };
}

const HOUR_MS = 3_600_000;
const parisOffsetByHour = new Map<number, number>();

/**
 * The Europe/Paris day of a UTC instant — core/time `parisDateOf`, memoised: the Paris offset only
 * changes on whole UTC hours (01:00 UTC, Directive 2000/84/EC), so it is looked up once per hour.
 * Bulk imports call this for every fact of every request.
 */
export function parisDay(instant: string): string {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return toUtcIso(instant); // throws the French validation message
  const hour = Math.floor(ms / HOUR_MS);
  let offset = parisOffsetByHour.get(hour);
  if (offset === undefined) {
    offset = DateTime.fromMillis(hour * HOUR_MS, { zone: PARIS_ZONE }).offset;
    if (parisOffsetByHour.size > 100_000) parisOffsetByHour.clear();
    parisOffsetByHour.set(hour, offset);
  }
  return new Date(ms + offset * 60_000).toISOString().slice(0, 10);
}

/** The strict and extended dates depend only on the day of receipt and the profile: memoised for bulk imports. */
const deadlineCache = new Map<string, RequestDeadlines>();

export function deadlinesFor(receivedAt: string, profile: DeadlineProfile): RequestDeadlines {
  const key = `${parisDay(receivedAt)}|${profile}`;
  let d = deadlineCache.get(key);
  if (!d) {
    d = requestDeadlines({ receivedAt, profile, calendar: 'fr' });
    if (deadlineCache.size > 20_000) deadlineCache.clear();
    deadlineCache.set(key, d);
  }
  return d;
}

/** The columns computed from the rules, for the record being written. */
export function derivedColumns(core: RightsRequest): Pick<
  RequestRecord,
  'receivedDate' | 'dueDate' | 'extendedDueDate' | 'effectiveDueDate' | 'pending' | 'lateDays' | 'answeredDate'
> {
  const d = deadlinesFor(core.receivedAt, core.profile);
  if (core.extension && !d.extension) {
    throw new DomainError('INVALID_STATE', 'La demande a été prolongée (art. 12(3)) : son profil de délai doit rester « RGPD ».');
  }
  const inForce = effectiveDue(d, core.extension !== null);
  return {
    receivedDate: d.receivedDate,
    dueDate: d.strict.due,
    extendedDueDate: core.extension && d.extension ? d.extension.extended.due : null,
    effectiveDueDate: inForce.due,
    pending: OPEN_STATES.has(core.state),
    // Days late of the answer against the due date in force when it was sent.
    lateDays: core.response ? lateness(parisDay(core.response.at), inForce.due) : null,
    answeredDate: core.response ? parisDay(core.response.at) : null,
  };
}

/**
 * Writes the core view and the document back into a record, recomputing every derived column;
 * `derive: false` only copies the workflow fields (a batch replays several steps, then derives once).
 */
export function withCore(record: RequestRecord, core: RightsRequest, details: RequestDetails, updatedAt: string, derive = true): RequestRecord {
  const fields: RequestRecord = {
    ...record,
    type: core.type,
    state: core.state,
    profile: core.profile,
    receivedAt: core.receivedAt,
    identityRequestedAt: core.identityRequestedAt,
    identityReceivedAt: core.identityReceivedAt,
    clarificationRequestedAt: core.clarificationRequestedAt,
    clarificationReceivedAt: core.clarificationReceivedAt,
    extendedAt: core.extension?.recordedAt ?? null,
    answeredAt: core.response?.at ?? null,
    outcome: core.response?.outcome ?? null,
    closedAt: core.closedAt,
    applicantName: details.applicant.name,
    subjectName: details.subject?.name ?? null,
    updatedAt,
  };
  return derive ? { ...fields, details: JSON.stringify(details), ...derivedColumns(core) } : fields;
}

/** Clock skew accepted between the caller's clock and the service's before a date counts as future. */
const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

/** Facts are recorded after they happen: a date in the future is a typing mistake. */
export function assertNotFuture(instant: string, now: Date, path: string): string {
  const ms = Date.parse(instant);
  // Inputs are ISO 8601 with an offset (checked by the contract): Date.parse reads them exactly.
  const utc = Number.isNaN(ms) ? toUtcIso(instant) : new Date(ms).toISOString();
  if (Date.parse(utc) > now.getTime() + FUTURE_TOLERANCE_MS) {
    throw new DomainError('VALIDATION', 'Une date indiquée est dans le futur : indiquez le moment où le fait a eu lieu.', [
      { path, message: `Cette date (${utc}) est postérieure à maintenant : corrigez-la.` },
    ]);
  }
  return utc;
}

/** `DEM-2026-0042`: « demande », year of receipt (Paris), sequence within that year. */
export function formatReference(year: number, seq: number): string {
  return `DEM-${year}-${String(seq).padStart(4, '0')}`;
}

/** Start of a Europe/Paris day as a UTC instant: one millisecond after the previous day's end. */
export function startOfParisDay(date: string): string {
  return new Date(Date.parse(endOfDay(addCalendarDays(date, -1))) + 1).toISOString();
}
