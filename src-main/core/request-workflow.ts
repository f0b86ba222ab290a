/**
 * Life cycle of a data-subject request: types, states, allowed transitions and their legal guards,
 * and the next legal step with its due date (GDPR Art. 12, 15-22; loi 78-17 art. 85).
 *
 * The extension is a recorded fact (`extension`), not only a state: a request can be extended and
 * then wait for a clarification; the due date in force follows `extension`, never the state name.
 */
import { fail, ok, type FieldIssue, type Result } from '../shared/result';
import type { HolidayCalendar } from './calendar-fr';
import { effectiveDue, extensionRefusal, requestDeadlines, type DeadlineProfile } from './request-deadline';
import { frenchLongDate, parisDateOf, parseInstant, toUtcIso, type InstantInput, type IsoDate, type IsoInstant } from './time';

export const REQUEST_TYPES = [
  'access', 'rectification', 'erasure', 'restriction', 'portability', 'objection', 'objection_direct_marketing',
  'no_automated_decision', 'withdraw_consent', 'post_mortem', 'other',
] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

/** `art12`: the Art. 12(3) clock applies by law (Arts. 15-22); otherwise it is a service level. */
export const REQUEST_TYPE_INFO: Record<RequestType, { fr: string; en: string; article: string; art12: boolean }> = {
  access: { fr: "Droit d'accès", en: 'Right of access', article: 'RGPD, art. 15', art12: true },
  rectification: { fr: 'Droit de rectification', en: 'Right to rectification', article: 'RGPD, art. 16', art12: true },
  erasure: { fr: "Droit à l'effacement", en: 'Right to erasure', article: 'RGPD, art. 17', art12: true },
  restriction: { fr: 'Droit à la limitation du traitement', en: 'Right to restriction of processing', article: 'RGPD, art. 18', art12: true },
  portability: { fr: 'Droit à la portabilité', en: 'Right to data portability', article: 'RGPD, art. 20', art12: true },
  objection: { fr: "Droit d'opposition", en: 'Right to object', article: 'RGPD, art. 21(1)', art12: true },
  objection_direct_marketing: {
    fr: 'Opposition à la prospection (absolue)', en: 'Objection to direct marketing (absolute)', article: 'RGPD, art. 21(2)-(3)', art12: true,
  },
  no_automated_decision: {
    fr: 'Refus d’une décision entièrement automatisée', en: 'Not to be subject to a solely automated decision', article: 'RGPD, art. 22', art12: true,
  },
  withdraw_consent: { fr: 'Retrait du consentement', en: 'Withdrawal of consent', article: 'RGPD, art. 7(3)', art12: false },
  post_mortem: {
    fr: 'Directives post mortem / demande des héritiers', en: 'Post-mortem directives / heirs’ request', article: 'Loi 78-17, art. 85', art12: false,
  },
  other: { fr: 'Autre demande', en: 'Other request', article: 'RGPD, art. 12', art12: false },
};

export const REQUEST_STATES = [
  'received', 'awaiting_identity', 'awaiting_clarification', 'in_progress', 'extended', 'answered', 'refused', 'closed',
] as const;
export type RequestState = (typeof REQUEST_STATES)[number];

export const REQUEST_STATE_LABELS: Record<RequestState, { fr: string; en: string }> = {
  received: { fr: 'Reçue', en: 'Received' },
  awaiting_identity: { fr: "En attente d'un justificatif d'identité", en: 'Awaiting proof of identity' },
  awaiting_clarification: { fr: "En attente d'une précision", en: 'Awaiting clarification' },
  in_progress: { fr: 'En cours de traitement', en: 'In progress' },
  extended: { fr: 'Prolongée (art. 12(3))', en: 'Extended (Art. 12(3))' },
  answered: { fr: 'Répondue', en: 'Answered' },
  refused: { fr: 'Refusée', en: 'Refused' },
  closed: { fr: 'Close', en: 'Closed' },
};

const OPEN = ['received', 'awaiting_identity', 'awaiting_clarification', 'in_progress', 'extended'] as const;
export const REQUEST_TRANSITIONS: Record<RequestState, readonly RequestState[]> = {
  received: ['awaiting_identity', 'awaiting_clarification', 'in_progress', 'extended', 'answered', 'refused'],
  // Without proof of identity the only possible answer is a refusal (Art. 12(2), 12(6)).
  awaiting_identity: ['in_progress', 'extended', 'awaiting_clarification', 'refused'],
  awaiting_clarification: ['in_progress', 'extended', 'awaiting_identity', 'answered', 'refused'],
  in_progress: ['awaiting_identity', 'awaiting_clarification', 'extended', 'answered', 'refused'],
  extended: ['awaiting_identity', 'awaiting_clarification', 'answered', 'refused'],
  answered: ['closed'],
  refused: ['closed'],
  closed: [],
};

export const REQUEST_OUTCOMES = ['granted', 'partly_granted', 'refused', 'manifestly_unfounded', 'excessive'] as const;
export type RequestOutcome = (typeof REQUEST_OUTCOMES)[number];
export const REQUEST_OUTCOME_LABELS: Record<RequestOutcome, { fr: string; en: string }> = {
  granted: { fr: 'Satisfaite', en: 'Granted' },
  partly_granted: { fr: 'Partiellement satisfaite', en: 'Partly granted' },
  refused: { fr: 'Refusée', en: 'Refused' },
  manifestly_unfounded: { fr: 'Refusée : manifestement infondée (art. 12(5))', en: 'Refused: manifestly unfounded (Art. 12(5))' },
  excessive: { fr: 'Refusée : excessive (art. 12(5))', en: 'Refused: excessive (Art. 12(5))' },
};

/** Art. 12(4): what the person must be told when the controller does not (fully) act. */
export interface RefusalInformation {
  reasons: string;
  complaintToCnilMentioned: boolean;
  judicialRemedyMentioned: boolean;
  informedOn: IsoDate;
}

export interface RequestResponse {
  at: IsoInstant;
  outcome: RequestOutcome;
  refusal: RefusalInformation | null;
  /** Art. 12(5): the controller bears the burden of proving the manifestly unfounded or excessive character. */
  justification: string | null;
}

export interface RightsRequest {
  type: RequestType;
  state: RequestState;
  receivedAt: IsoInstant;
  profile: DeadlineProfile;
  calendar: HolidayCalendar;
  identityRequestedAt: IsoInstant | null;
  identityReceivedAt: IsoInstant | null;
  clarificationRequestedAt: IsoInstant | null;
  clarificationReceivedAt: IsoInstant | null;
  extension: { recordedAt: IsoInstant; reasons: string } | null;
  response: RequestResponse | null;
  closedAt: IsoInstant | null;
}

export type RequestAction =
  | { type: 'start'; at: InstantInput }
  | { type: 'request_identity'; at: InstantInput }
  | { type: 'receive_identity'; at: InstantInput }
  | { type: 'request_clarification'; at: InstantInput }
  | { type: 'receive_clarification'; at: InstantInput }
  | { type: 'extend'; at: InstantInput; reasons: string }
  | { type: 'answer'; at: InstantInput; outcome: RequestOutcome; refusal?: RefusalInformation | null; justification?: string | null }
  | { type: 'close'; at: InstantInput };

export function newRightsRequest(input: {
  type: RequestType; receivedAt: InstantInput; profile?: DeadlineProfile; calendar?: HolidayCalendar;
}): RightsRequest {
  return {
    type: input.type, state: 'received', receivedAt: toUtcIso(input.receivedAt),
    profile: input.profile ?? 'gdpr', calendar: input.calendar ?? 'fr',
    identityRequestedAt: null, identityReceivedAt: null, clarificationRequestedAt: null, clarificationReceivedAt: null,
    extension: null, response: null, closedAt: null,
  };
}

const isOpen = (state: RequestState): boolean => (OPEN as readonly RequestState[]).includes(state);
const blank = (text: string | null | undefined): boolean => !text || text.trim() === '';
const REFUSING: readonly RequestOutcome[] = ['partly_granted', 'refused', 'manifestly_unfounded', 'excessive'];

/** The state an action leads to, before guards. */
function targetOf(request: RightsRequest, action: RequestAction): RequestState {
  const resume: RequestState = request.extension ? 'extended' : 'in_progress';
  switch (action.type) {
    case 'start': return 'in_progress';
    case 'request_identity': return 'awaiting_identity';
    case 'request_clarification': return 'awaiting_clarification';
    case 'receive_identity': return request.state === 'awaiting_identity' ? resume : request.state;
    case 'receive_clarification': return request.state === 'awaiting_clarification' ? resume : request.state;
    // Extending while waiting for the person keeps the waiting state; the extension is recorded.
    case 'extend': return request.state.startsWith('awaiting_') ? request.state : 'extended';
    case 'answer': return action.outcome === 'granted' || action.outcome === 'partly_granted' ? 'answered' : 'refused';
    case 'close': return 'closed';
  }
}

/** Guards of each action; returns the issues (French) that block it. */
function guardIssues(request: RightsRequest, action: RequestAction): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const at = parseInstant(action.at).toMillis();
  if (at < parseInstant(request.receivedAt).toMillis()) {
    issues.push({ path: 'at', message: 'Cette date précède la réception de la demande : corrigez-la.' });
  }
  if (action.type === 'start' && request.state !== 'received') {
    issues.push({ path: 'type', message: 'Seule une demande qui vient d’être reçue peut être mise en traitement.' });
  }
  if (action.type === 'receive_identity' && request.state !== 'awaiting_identity') {
    issues.push({ path: 'type', message: "Aucun justificatif d'identité n'est attendu : demandez-le d'abord." });
  }
  if (action.type === 'receive_clarification' && request.state !== 'awaiting_clarification') {
    issues.push({ path: 'type', message: "Aucune précision n'est attendue : demandez-la d'abord." });
  }
  if (action.type === 'extend') {
    if (request.extension) issues.push({ path: 'type', message: 'La demande est déjà prolongée : une seule prolongation de deux mois est possible (art. 12(3)).' });
    if (blank(action.reasons)) issues.push({ path: 'reasons', message: 'Indiquez les motifs de la prolongation : ils doivent être communiqués au demandeur (art. 12(3)).' });
    const refusal = extensionRefusal(deadlinesOf(request), action.at);
    if (refusal) issues.push({ path: 'at', message: refusal });
  }
  if (action.type === 'answer') {
    if (request.type === 'objection_direct_marketing' && (action.outcome === 'refused' || action.outcome === 'partly_granted')) {
      issues.push({ path: 'outcome', message: "L'opposition à la prospection est absolue : les données ne doivent plus être traitées à cette fin (art. 21(3)). Elle ne peut pas être refusée." });
    }
    if (request.state === 'awaiting_identity' && action.outcome !== 'refused') {
      issues.push({ path: 'outcome', message: "L'identité du demandeur n'est pas confirmée : recevez le justificatif avant d'y donner suite, ou refusez en motivant (art. 12(2) et 12(6))." });
    }
    if (REFUSING.includes(action.outcome)) {
      const r = action.refusal;
      if (!r || blank(r.reasons)) issues.push({ path: 'refusal.reasons', message: 'Indiquez les motifs pour lesquels la demande n’est pas (entièrement) satisfaite (art. 12(4)).' });
      if (!r?.complaintToCnilMentioned) issues.push({ path: 'refusal.complaintToCnilMentioned', message: 'La réponse doit mentionner la possibilité de saisir la CNIL (art. 12(4)).' });
      if (!r?.judicialRemedyMentioned) issues.push({ path: 'refusal.judicialRemedyMentioned', message: 'La réponse doit mentionner la possibilité de former un recours juridictionnel (art. 12(4)).' });
      if (!r || blank(r.informedOn)) issues.push({ path: 'refusal.informedOn', message: 'Indiquez la date à laquelle le demandeur a été informé (art. 12(4)).' });
    }
    if ((action.outcome === 'manifestly_unfounded' || action.outcome === 'excessive') && blank(action.justification)) {
      issues.push({ path: 'justification', message: 'Justifiez le caractère manifestement infondé ou excessif : la charge de la preuve vous incombe (art. 12(5)).' });
    }
  }
  return issues;
}

function deadlinesOf(request: RightsRequest) {
  return requestDeadlines({
    receivedAt: request.receivedAt, profile: request.profile, calendar: request.calendar,
    identityRequestedAt: request.identityRequestedAt, identityReceivedAt: request.identityReceivedAt,
  });
}

/** Applies one action: the new request, or a French error saying what to fix. */
export function applyRequestAction(request: RightsRequest, action: RequestAction): Result<RightsRequest> {
  const target = targetOf(request, action);
  // Only an extension may leave the state unchanged (it is recorded while the person is awaited).
  const allowed = target === request.state ? action.type === 'extend' && isOpen(request.state) : REQUEST_TRANSITIONS[request.state].includes(target);
  if (!allowed) {
    return fail('INVALID_STATE', `Impossible de passer de « ${REQUEST_STATE_LABELS[request.state].fr} » à « ${REQUEST_STATE_LABELS[target].fr} ».`);
  }
  const issues = guardIssues(request, action);
  if (issues.length > 0) return fail('VALIDATION', issues.map((i) => i.message).join(' '), issues);
  const at = toUtcIso(action.at);
  const next: RightsRequest = { ...request, state: target };
  switch (action.type) {
    case 'request_identity': next.identityRequestedAt = at; next.identityReceivedAt = null; break;
    case 'receive_identity': next.identityReceivedAt = at; break;
    case 'request_clarification': next.clarificationRequestedAt = at; next.clarificationReceivedAt = null; break;
    case 'receive_clarification': next.clarificationReceivedAt = at; break;
    case 'extend': next.extension = { recordedAt: at, reasons: action.reasons.trim() }; break;
    case 'answer':
      next.response = { at, outcome: action.outcome, refusal: REFUSING.includes(action.outcome) ? action.refusal ?? null : null, justification: action.justification?.trim() || null };
      break;
    case 'close': next.closedAt = at; break;
    case 'start': break;
  }
  return ok(next);
}

export interface NextLegalStep {
  fr: string;
  due: IsoDate;
  dueAt: IsoInstant;
  article: string;
  /** True when `now` is past `dueAt`. */
  late: boolean;
}

/** The next thing the law expects, with its due date; null only once the request is closed. */
export function nextLegalStep(request: RightsRequest, now: InstantInput): NextLegalStep | null {
  if (request.state === 'closed') return null;
  if (request.response) {
    const day = parisDateOf(request.response.at);
    // Art. 19: a rectification, erasure or restriction carried out is communicated to each recipient.
    const art19 = ['rectification', 'erasure', 'restriction'].includes(request.type) && request.state === 'answered';
    return art19
      ? { fr: 'Notifier la mesure à chaque destinataire des données (art. 19), puis clore la demande.', due: day, dueAt: request.response.at, article: 'RGPD, art. 19', late: false }
      : { fr: 'Archiver la preuve de la réponse et clore la demande.', due: day, dueAt: request.response.at, article: 'RGPD, art. 5(2)', late: false };
  }
  const deadlines = deadlinesOf(request);
  const { due, dueAt } = effectiveDue(deadlines, request.extension !== null);
  const late = parseInstant(now).toMillis() > parseInstant(dueAt).toMillis();
  const when = frenchLongDate(due);
  const source = request.profile === 'gdpr' ? (REQUEST_TYPE_INFO[request.type].art12 ? 'RGPD, art. 12(3)' : REQUEST_TYPE_INFO[request.type].article) : 'Code de la santé publique, art. L1111-7';
  if (late) return { fr: `En retard : l'échéance du ${when} est dépassée. Répondez sans délai et documentez le retard.`, due, dueAt, article: source, late };
  if (request.state === 'awaiting_identity') {
    return { fr: `Obtenir le justificatif d'identité demandé (art. 12(6)) : l'échéance du ${when} n'est pas suspendue.`, due, dueAt, article: 'RGPD, art. 12(6)', late };
  }
  if (request.state === 'awaiting_clarification') {
    return { fr: `Obtenir la précision demandée : l'échéance du ${when} n'est pas suspendue.`, due, dueAt, article: source, late };
  }
  if (deadlines.extension && !request.extension) {
    return { fr: `Répondre au demandeur, ou lui notifier une prolongation motivée, au plus tard le ${when}.`, due, dueAt, article: 'RGPD, art. 12(3)', late };
  }
  return { fr: `Répondre au demandeur au plus tard le ${when}.`, due, dueAt, article: source, late };
}
