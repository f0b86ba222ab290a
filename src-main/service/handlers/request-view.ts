/**
 * What a shell gets back for a request: a list row (due date in force, days left, lateness, next legal
 * step) and the full file (deadlines explained step by step, allowed actions, printable letters, gaps).
 */
import { DEADLINE_PROFILE_INFO, requestDeadlines } from '../../core/request-deadline';
import {
  nextLegalStep,
  REQUEST_OUTCOME_LABELS,
  REQUEST_STATE_LABELS,
  REQUEST_TRANSITIONS,
  REQUEST_TYPE_INFO,
  type RightsRequest,
} from '../../core/request-workflow';
import { daysBetween, frenchLongDate, parisDateOf } from '../../core/time';
import type { LinkedProcessing } from '../../shared/schemas/links';
import type { LetterKind, RequestActionType, RequestChannel, RequestDetail, RequestRow } from '../../shared/schemas/request';
import type { RequestRecord, RequestSummary } from '../../store/repos/requests';
import { deadlinesFor, toCore, type RequestDetails } from './request-record';

const typeLabel = (s: RequestSummary) => ({ fr: REQUEST_TYPE_INFO[s.type].fr, en: REQUEST_TYPE_INFO[s.type].en });

export function rowView(s: RequestSummary, now: Date, today: string, core: RightsRequest = toCore(s, null)): RequestRow {
  const overdue = s.pending && s.effectiveDueDate < today;
  return {
    id: s.id,
    reference: s.reference,
    type: s.type,
    typeLabel: typeLabel(s),
    state: s.state,
    stateLabel: REQUEST_STATE_LABELS[s.state],
    profile: s.profile,
    channel: s.channel as RequestChannel,
    receivedAt: s.receivedAt,
    receivedDate: s.receivedDate,
    applicantName: s.applicantName,
    subjectName: s.subjectName,
    dueDate: s.dueDate,
    extendedDueDate: s.extendedDueDate,
    effectiveDueDate: s.effectiveDueDate,
    pending: s.pending,
    daysLeft: s.pending ? daysBetween(today, s.effectiveDueDate) : null,
    overdue,
    lateDays: s.answeredAt ? (s.lateDays ?? 0) : overdue ? daysBetween(s.effectiveDueDate, today) : 0,
    answeredAt: s.answeredAt,
    outcome: s.outcome,
    outcomeLabel: s.outcome ? REQUEST_OUTCOME_LABELS[s.outcome] : null,
    nextStep: nextLegalStep(core, now),
    updatedAt: s.updatedAt,
  };
}

/** The actions the workflow accepts now (the legal guards — reasons, dates — are checked on submit). */
export function allowedActions(core: RightsRequest, now: Date): RequestActionType[] {
  const next = REQUEST_TRANSITIONS[core.state];
  const pending = !['answered', 'refused', 'closed'].includes(core.state);
  const out: RequestActionType[] = [];
  if (core.state === 'received') out.push('start');
  if (next.includes('awaiting_identity')) out.push('request_identity');
  if (core.state === 'awaiting_identity') out.push('receive_identity');
  if (next.includes('awaiting_clarification')) out.push('request_clarification');
  if (core.state === 'awaiting_clarification') out.push('receive_clarification');
  const d = deadlinesFor(core.receivedAt, core.profile);
  // Art. 12(3): one extension, notified within the first month.
  if (pending && !core.extension && d.extension && now.getTime() <= Date.parse(d.extension.noticeDueAt)) out.push('extend');
  if (next.includes('answered') || next.includes('refused')) out.push('answer');
  if (next.includes('closed')) out.push('close');
  return out;
}

export function availableLetters(s: RequestSummary, details: RequestDetails): LetterKind[] {
  const out: LetterKind[] = ['acknowledgement'];
  if (s.identityRequestedAt) out.push('identity_request');
  if (s.extendedAt) out.push('extension_notice');
  if (s.outcome === 'granted' || s.outcome === 'partly_granted') out.push('answer_cover');
  if (s.outcome && s.outcome !== 'granted' && s.outcome !== 'partly_granted' && details.response?.refusal) out.push('refusal');
  return out;
}

/** What the file lacks, or what deserves the DPO's second look, in French sentences. */
export function warnings(s: RequestSummary, details: RequestDetails, deadlines: ReturnType<typeof requestDeadlines>, linkedCount = 0): string[] {
  const out: string[] = [];
  const info = REQUEST_TYPE_INFO[s.type];
  if (!info.art12) {
    out.push(`${info.fr} (${info.article}) : hors articles 15 à 22, le délai d’un mois est appliqué comme niveau de service.`);
  }
  const link = details.representation.link;
  if (link !== 'self' && (details.representation.proof.trim() === '' || !details.representation.proofReceivedAt)) {
    out.push('La preuve du lien entre le demandeur et la personne concernée n’est pas enregistrée comme reçue : vérifiez-la avant de communiquer des données (art. 12(6)).');
  }
  if (s.type === 'post_mortem') {
    const pm = details.postMortem;
    if (!pm) out.push('Précisez la date du décès, l’existence de directives et la finalité de la demande (loi 78-17, art. 85).');
    else if (link === 'heir' && (pm.directives === 'none' || pm.directives === 'unknown') && pm.purpose !== 'succession' && pm.purpose !== 'death_taken_into_account') {
      out.push('Sans directives du défunt, un héritier ne peut agir que pour régler la succession ou faire prendre en compte le décès (loi 78-17, art. 85 II).');
    }
  }
  if (details.processings.length === 0 && linkedCount === 0 && s.pending) out.push('Indiquez les traitements concernés par la demande.');
  if (deadlines.extension && s.extendedAt && deadlines.extension.warnAt < deadlines.extension.extended.due && s.pending) {
    out.push(
      `Prolongation : d’autres lectures de l’art. 12(3) donnent une échéance plus proche ; répondre avant le ${frenchLongDate(deadlines.extension.warnAt)} écarte tout doute.`,
    );
  }
  const refusal = details.response?.refusal;
  if (refusal && s.outcome !== 'granted' && s.outcome !== 'partly_granted' && refusal.informedOn > deadlines.strict.due) {
    out.push(`Le refus a été notifié le ${frenchLongDate(refusal.informedOn)}, après le délai d’un mois de l’art. 12(4) (${frenchLongDate(deadlines.strict.due)}).`);
  }
  if (['rectification', 'erasure', 'restriction'].includes(s.type) && s.state === 'answered') {
    const waiting = details.recipients.filter((r) => !r.informedAt && !r.exemption).length;
    if (waiting > 0) out.push(`${waiting} destinataire(s) à informer de la mesure (art. 19) avant de clore.`);
    if (details.recipients.length === 0) out.push('Aucun destinataire n’est enregistré : vérifiez s’il faut en informer (art. 19).');
  }
  if (deadlines.healthReflectionEndsAt && s.answeredAt && s.answeredAt < deadlines.healthReflectionEndsAt && s.outcome !== 'refused') {
    out.push('Dossier médical : la communication est intervenue avant la fin du délai de réflexion de 48 heures (code de la santé publique, art. L1111-7).');
  }
  return out;
}

export function detailView(
  record: RequestRecord,
  details: RequestDetails,
  now: Date,
  alsaceMoselle: boolean,
  /** Processings of the register the request names (issue 6); letters do not need them. */
  linkedProcessings: LinkedProcessing[] = [],
): RequestDetail {
  const today = parisDateOf(now);
  const core = toCore(record, details);
  const deadlines = requestDeadlines({
    receivedAt: record.receivedAt,
    profile: record.profile,
    calendar: 'fr',
    identityRequestedAt: record.identityRequestedAt,
    identityReceivedAt: record.identityReceivedAt,
    now,
  });
  const local = alsaceMoselle ? requestDeadlines({ receivedAt: record.receivedAt, profile: record.profile, calendar: 'fr-alsace-moselle' }) : null;
  const profileInfo = DEADLINE_PROFILE_INFO[record.profile];
  return {
    ...rowView(record, now, today, core),
    channelDetail: details.channelDetail,
    applicant: details.applicant,
    subject: details.subject,
    representation: details.representation,
    postMortem: details.postMortem,
    summary: details.summary,
    processings: details.processings,
    linkedProcessings,
    recipients: details.recipients,
    notes: details.notes,
    identity: {
      requestedAt: record.identityRequestedAt,
      documentsRequested: details.identity.documentsRequested,
      receivedAt: record.identityReceivedAt,
    },
    clarifications: details.clarifications,
    extension: record.extendedAt ? { recordedAt: record.extendedAt, reasons: details.extensionReasons ?? '' } : null,
    response:
      record.answeredAt && record.outcome && details.response
        ? {
            at: record.answeredAt,
            outcome: record.outcome,
            outcomeLabel: REQUEST_OUTCOME_LABELS[record.outcome],
            channel: details.response.channel,
            summary: details.response.summary,
            refusal: details.response.refusal,
            justification: details.response.justification,
            lateDays: record.lateDays ?? 0,
          }
        : null,
    closedAt: record.closedAt,
    deadlines: {
      profileLabel: profileInfo.fr,
      source: profileInfo.source,
      art12Applies: REQUEST_TYPE_INFO[record.type].art12 && record.profile === 'gdpr',
      receivedDate: deadlines.receivedDate,
      strict: deadlines.strict,
      extension: deadlines.extension,
      pauseAdjusted: deadlines.pauseAdjusted,
      healthReflectionEndsAt: deadlines.healthReflectionEndsAt,
      alsaceMoselle: local
        ? {
            due: local.strict.due,
            extendedDue: local.extension?.extended.due ?? null,
            fr: 'Pour information : échéances avec les jours fériés d’Alsace-Moselle (code du travail, art. L3134-13). L’échéance retenue reste celle du calendrier national, la plus proche.',
          }
        : null,
    },
    allowedActions: allowedActions(core, now),
    availableLetters: availableLetters(record, details),
    warnings: warnings(record, details, deadlines, linkedProcessings.length),
    history: details.history,
    createdAt: record.createdAt,
  };
}
