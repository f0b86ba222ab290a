/**
 * What the DPO does to a request — record it, correct it, make it progress — checked against the
 * workflow rules of core/request-workflow (GDPR Art. 12, 19, 21(3)) before anything is written.
 */
import type { z } from 'zod';
import { extensionRefusal } from '../../core/request-deadline';
import { applyRequestAction, newRightsRequest, REQUEST_OUTCOME_LABELS, type RequestAction as CoreAction, type RightsRequest } from '../../core/request-workflow';
import { DomainError } from '../../shared/errors';
import type { FieldIssue } from '../../shared/result';
import {
  REQUEST_ACTION_LABELS,
  REQUEST_CHANNEL_LABELS,
  representationIssues,
  type Recipient,
  type RequestAction,
  type RequestCreateInput,
  type RequestUpdateInput,
} from '../../shared/schemas/request';
import { newId } from '../../store/ids';
import { nextReferenceNumber, type RequestRecord } from '../../store/repos/requests';
import type { Db } from '../../store/sqlite';
import { assertNotFuture, deadlinesFor, formatReference, parisDay, toCore, withCore, type RequestDetails } from './request-record';

type CreateFields = z.output<typeof RequestCreateInput>;
type UpdateFields = z.output<typeof RequestUpdateInput>;

export interface Change {
  record: RequestRecord;
  details: RequestDetails;
}

/** Art. 19: rectification, erasure and restriction are communicated to each recipient of the data. */
const ART19_TYPES = new Set(['rectification', 'erasure', 'restriction']);

function withPrefix(prefix: string, issues: readonly FieldIssue[]): FieldIssue[] {
  return issues.map((i) => ({ path: prefix ? `${prefix}.${i.path}` : i.path, message: i.message }));
}

function fail(message: string, issues: FieldIssue[], prefix: string): never {
  throw new DomainError('VALIDATION', message, withPrefix(prefix, issues));
}

/** Art. 19 exemptions must be explained; notification dates cannot be in the future. */
function checkRecipients(recipients: readonly Recipient[], now: Date, prefix: string): void {
  const issues: FieldIssue[] = [];
  recipients.forEach((r, i) => {
    if (r.exemption && r.note.trim() === '') {
      issues.push({ path: `recipients.${i}.note`, message: 'Expliquez pourquoi informer ce destinataire est impossible ou exigerait des efforts disproportionnés (art. 19).' });
    }
    if (r.informedAt) assertNotFuture(r.informedAt, now, `${prefix ? `${prefix}.` : ''}recipients.${i}.informedAt`);
  });
  if (issues.length > 0) fail('Complétez les destinataires signalés.', issues, prefix);
}

function historyEntry(at: string, action: keyof typeof REQUEST_ACTION_LABELS, actor: string, detail: string): RequestDetails['history'][number] {
  return { at, action, label: REQUEST_ACTION_LABELS[action].fr, actor, detail };
}

/** A new request, numbered in the sequence of its year of receipt; `prefix` locates issues in a batch. */
export function createRecord(db: Db, input: CreateFields, now: Date, actor: string, prefix = ''): Change {
  const nowIso = now.toISOString();
  const receivedAt = assertNotFuture(input.receivedAt, now, prefix ? `${prefix}.receivedAt` : 'receivedAt');
  if (input.representation.proofReceivedAt) assertNotFuture(input.representation.proofReceivedAt, now, `${prefix ? `${prefix}.` : ''}representation.proofReceivedAt`);
  checkRecipients(input.recipients, now, prefix);
  const core = newRightsRequest({ type: input.type, receivedAt, profile: input.profile, calendar: 'fr' });
  const year = Number(parisDay(receivedAt).slice(0, 4));
  const seq = nextReferenceNumber(db, year);
  const details: RequestDetails = {
    channelDetail: input.channelDetail,
    applicant: input.applicant,
    subject: input.subject,
    representation: input.representation,
    postMortem: input.postMortem,
    summary: input.summary,
    processings: input.processings,
    recipients: input.recipients,
    notes: input.notes,
    identity: { documentsRequested: '' },
    clarifications: [],
    extensionReasons: null,
    response: null,
    history: [historyEntry(receivedAt, 'create', actor, `Reçue par ${REQUEST_CHANNEL_LABELS[input.channel].fr.toLowerCase()}.`)],
  };
  const base: RequestRecord = {
    id: newId(),
    reference: formatReference(year, seq),
    refYear: year,
    refSeq: seq,
    type: core.type,
    state: core.state,
    pending: true,
    profile: core.profile,
    channel: input.channel,
    receivedAt,
    receivedDate: '',
    dueDate: '',
    extendedDueDate: null,
    effectiveDueDate: '',
    identityRequestedAt: null,
    identityReceivedAt: null,
    clarificationRequestedAt: null,
    clarificationReceivedAt: null,
    extendedAt: null,
    answeredAt: null,
    answeredDate: null,
    outcome: null,
    lateDays: null,
    closedAt: null,
    applicantName: '',
    subjectName: null,
    details: '',
    createdAt: nowIso,
    updatedAt: nowIso,
  };
  return { record: withCore(base, core, details, nowIso), details };
}

function toCoreAction(action: RequestAction, at: string): CoreAction {
  switch (action.type) {
    case 'extend':
      return { type: 'extend', at, reasons: action.reasons };
    case 'answer':
      return {
        type: 'answer',
        at,
        outcome: action.outcome,
        refusal: action.refusal
          ? {
              reasons: action.refusal.reasons,
              complaintToCnilMentioned: action.refusal.complaintToCnilMentioned,
              judicialRemedyMentioned: action.refusal.judicialRemedyMentioned,
              informedOn: action.refusal.informedOn ?? parisDay(at),
            }
          : null,
        justification: action.justification,
      };
    default:
      return { type: action.type, at };
  }
}

function actionDetail(action: RequestAction): string {
  const parts: string[] = [];
  switch (action.type) {
    case 'request_identity':
      parts.push(`Pièces demandées : ${action.documentsRequested}`);
      break;
    case 'request_clarification':
      parts.push(`Question : ${action.question}`);
      break;
    case 'receive_clarification':
      if (action.answer) parts.push(action.answer);
      break;
    case 'extend':
      parts.push(`Motifs : ${action.reasons.trim()}`);
      break;
    case 'answer':
      parts.push(`${REQUEST_OUTCOME_LABELS[action.outcome].fr} — ${REQUEST_CHANNEL_LABELS[action.channel].fr.toLowerCase()}`);
      if (action.summary) parts.push(action.summary);
      break;
    default:
      break;
  }
  if (action.note) parts.push(action.note);
  return parts.join(' · ');
}

/** Art. 19: before closing, every recipient was told, or telling it is impossible or disproportionate. */
function checkArt19BeforeClose(record: RequestRecord, details: RequestDetails): void {
  if (!ART19_TYPES.has(record.type) || record.state !== 'answered') return;
  const waiting = details.recipients.filter((r) => !r.informedAt && !r.exemption);
  if (waiting.length > 0) {
    throw new DomainError(
      'INVALID_STATE',
      `Avant de clore, informez chaque destinataire de la mesure (art. 19) ou indiquez pourquoi c’est impossible ou disproportionné : ${waiting.map((r) => r.name).join(', ')}.`,
    );
  }
}

/** Applies one workflow action; refuses with the rule's French sentence when the law does not allow it. */
export function applyAction(change: Change, action: RequestAction, now: Date, actor: string, prefix = 'action', derive = true): Change {
  const { record, details } = change;
  const at = assertNotFuture(action.at ?? now.toISOString(), now, `${prefix}.at`);
  if (action.type === 'close') checkArt19BeforeClose(record, details);
  const result = applyRequestAction(toCore(record, details), toCoreAction(action, at));
  if (!result.ok) throw new DomainError(result.error.code, result.error.message, withPrefix(prefix, result.error.issues ?? []));
  const next: RightsRequest = result.value;
  const d: RequestDetails = { ...details, clarifications: [...details.clarifications], history: [...details.history] };
  switch (action.type) {
    case 'request_identity':
      d.identity = { documentsRequested: action.documentsRequested };
      break;
    case 'request_clarification':
      d.clarifications.push({ requestedAt: at, question: action.question, receivedAt: null, answer: '' });
      break;
    case 'receive_clarification': {
      const open = d.clarifications.findLastIndex((c) => c.receivedAt === null);
      const pendingQuestion = d.clarifications[open];
      if (pendingQuestion) d.clarifications[open] = { ...pendingQuestion, receivedAt: at, answer: action.answer };
      break;
    }
    case 'extend':
      d.extensionReasons = action.reasons.trim();
      break;
    case 'answer':
      d.response = { channel: action.channel, summary: action.summary, refusal: next.response?.refusal ?? null, justification: action.justification };
      break;
    default:
      break;
  }
  d.history.push(historyEntry(at, action.type, actor, actionDetail(action)));
  return { record: withCore(record, next, d, now.toISOString(), derive), details: d };
}

/** Recomputes the derived columns and the JSON document after steps applied with `derive: false`. */
export function materialize(change: Change, now: Date): Change {
  return { record: withCore(change.record, toCore(change.record, change.details), change.details, now.toISOString()), details: change.details };
}

const FIELD_LABELS: Record<Exclude<keyof UpdateFields, 'id'>, string> = {
  type: 'type',
  receivedAt: 'date de réception',
  channel: 'canal',
  channelDetail: 'précision sur le canal',
  applicant: 'demandeur',
  subject: 'personne concernée',
  representation: 'lien de représentation',
  postMortem: 'informations post mortem',
  profile: 'profil de délai',
  summary: 'objet de la demande',
  processings: 'autres traitements (hors registre)',
  processingIds: 'traitements du registre',
  recipients: 'destinataires (art. 19)',
  notes: 'notes',
};

/** Instants of the facts already recorded: a corrected receipt cannot come after any of them. */
function recordedFacts(core: RightsRequest): string[] {
  return [core.identityRequestedAt, core.clarificationRequestedAt, core.extension?.recordedAt, core.response?.at, core.closedAt].filter(
    (v): v is string => typeof v === 'string',
  );
}

/** Corrects the file of a request; due dates and lateness are recomputed from the new facts. */
export function updateRecord(change: Change, input: UpdateFields, now: Date, actor: string): Change {
  const { record, details } = change;
  if (record.state === 'closed') throw new DomainError('INVALID_STATE', 'La demande est close : son dossier ne peut plus être modifié.');
  const core = toCore(record, details);
  const issues: FieldIssue[] = [];
  if (input.type !== undefined && input.type !== record.type && !record.pending) {
    issues.push({ path: 'type', message: 'La réponse est déjà enregistrée : le type de la demande ne peut plus changer.' });
  }
  if (input.receivedAt !== undefined) {
    const receivedAt = assertNotFuture(input.receivedAt, now, 'receivedAt');
    if (recordedFacts(core).some((fact) => Date.parse(fact) < Date.parse(receivedAt))) {
      issues.push({ path: 'receivedAt', message: 'Des étapes sont enregistrées avant cette date de réception : corrigez la date.' });
    }
    core.receivedAt = receivedAt;
  }
  if (input.profile !== undefined) core.profile = input.profile;
  if (input.type !== undefined) core.type = input.type;
  if (core.extension) {
    const refusal = extensionRefusal(deadlinesFor(core.receivedAt, core.profile), core.extension.recordedAt);
    if (refusal) issues.push({ path: input.profile !== undefined ? 'profile' : 'receivedAt', message: `La prolongation déjà enregistrée deviendrait irrégulière : ${refusal}` });
  }
  const d: RequestDetails = {
    ...details,
    ...(input.channelDetail !== undefined ? { channelDetail: input.channelDetail } : {}),
    ...(input.applicant !== undefined ? { applicant: input.applicant } : {}),
    ...(input.subject !== undefined ? { subject: input.subject } : {}),
    ...(input.representation !== undefined ? { representation: input.representation } : {}),
    ...(input.postMortem !== undefined ? { postMortem: input.postMortem } : {}),
    ...(input.summary !== undefined ? { summary: input.summary } : {}),
    ...(input.processings !== undefined ? { processings: input.processings } : {}),
    ...(input.recipients !== undefined ? { recipients: input.recipients } : {}),
    ...(input.notes !== undefined ? { notes: input.notes } : {}),
  };
  issues.push(...representationIssues(d.subject, d.representation.link).map((i) => ({ path: i.path.join('.'), message: i.message })));
  if (issues.length > 0) fail(issues.map((i) => i.message).join(' '), issues, '');
  if (input.representation?.proofReceivedAt) assertNotFuture(input.representation.proofReceivedAt, now, 'representation.proofReceivedAt');
  checkRecipients(d.recipients, now, '');
  const changed = (Object.keys(FIELD_LABELS) as (keyof typeof FIELD_LABELS)[]).filter((k) => input[k] !== undefined).map((k) => FIELD_LABELS[k]);
  d.history = [...details.history, historyEntry(now.toISOString(), 'update', actor, changed.length > 0 ? `Champs modifiés : ${changed.join(', ')}.` : 'Aucun champ modifié.')];
  const next = withCore({ ...record, channel: input.channel ?? record.channel }, core, d, now.toISOString());
  return { record: next, details: d };
}
