/**
 * Life cycle of a personal-data breach (GDPR Art. 33-34):
 *
 *   reported → assessing → confirmed (awareness set: the 72 h clock starts) → decided → notified → closed
 *                        ↘ dismissed (not a personal-data breach; reason kept, stays in the register)
 *   decided → closed directly when the decision is « document only » (Art. 33(1) exception).
 *
 * Every breach, notified or not, stays in the register (Art. 33(5)); nothing here deletes anything.
 */
import { fail, ok, type FieldIssue, type Result } from '../shared/result';
import { clockState, requiresDelayReasons, type ClockState } from './breach-clock';
import type { Recommendation } from './breach-risk';
import { parseInstant, toUtcIso, type InstantInput, type IsoInstant } from './time';

export const BREACH_STATUSES = ['reported', 'assessing', 'confirmed', 'dismissed', 'decided', 'notified', 'closed'] as const;
export type BreachStatus = (typeof BREACH_STATUSES)[number];

export const BREACH_STATUS_LABELS: Record<BreachStatus, { fr: string; en: string }> = {
  reported: { fr: 'Signalée', en: 'Reported' },
  assessing: { fr: 'En cours de qualification', en: 'Being assessed' },
  confirmed: { fr: 'Violation avérée (délai de 72 h en cours)', en: 'Confirmed (72-hour clock running)' },
  dismissed: { fr: 'Écartée : pas une violation de données personnelles', en: 'Dismissed: not a personal-data breach' },
  decided: { fr: 'Décision prise', en: 'Decided' },
  notified: { fr: 'Notifiée à la CNIL', en: 'Notified to the CNIL' },
  closed: { fr: 'Close', en: 'Closed' },
};

/** Allowed transitions; a status listed for itself allows repeated actions (revision, complementary notification). */
export const BREACH_TRANSITIONS: Record<BreachStatus, readonly BreachStatus[]> = {
  reported: ['assessing'],
  assessing: ['confirmed', 'dismissed'],
  confirmed: ['decided'],
  dismissed: ['assessing'],
  decided: ['decided', 'notified', 'closed'],
  notified: ['notified', 'closed'],
  closed: [],
};

export const BREACH_DECISIONS = ['document_only', 'notify_authority', 'notify_authority_and_subjects'] as const;
export type BreachDecisionKind = (typeof BREACH_DECISIONS)[number];
export const BREACH_DECISION_LABELS: Record<BreachDecisionKind, { fr: string; en: string }> = {
  document_only: { fr: 'Documenter au registre seulement (art. 33(5))', en: 'Document in the register only (Art. 33(5))' },
  notify_authority: { fr: 'Notifier la CNIL (art. 33)', en: 'Notify the CNIL (Art. 33)' },
  notify_authority_and_subjects: { fr: 'Notifier la CNIL et informer les personnes (art. 33 et 34)', en: 'Notify the CNIL and inform the people (Art. 33 and 34)' },
};

/** The decision that follows a recommendation of breach-risk.ts. */
export const DECISION_FOR: Record<Recommendation, BreachDecisionKind> = {
  none: 'document_only',
  risk: 'notify_authority',
  high_risk: 'notify_authority_and_subjects',
};

/** Art. 34(3): the three conditions under which people need not be informed of a high-risk breach. */
export const ART34_EXEMPTIONS = ['a', 'b', 'c'] as const;
export type Art34Exemption = (typeof ART34_EXEMPTIONS)[number];
export const ART34_EXEMPTION_LABELS: Record<Art34Exemption, { fr: string; en: string }> = {
  a: { fr: 'Art. 34(3)(a) : données rendues incompréhensibles (chiffrement…)', en: 'Art. 34(3)(a): data unintelligible (encryption…)' },
  b: { fr: 'Art. 34(3)(b) : mesures ultérieures écartant le risque élevé', en: 'Art. 34(3)(b): subsequent measures remove the high risk' },
  c: { fr: 'Art. 34(3)(c) : efforts disproportionnés (communication publique à la place)', en: 'Art. 34(3)(c): disproportionate effort (public communication instead)' },
};

export interface BreachDecision {
  kind: BreachDecisionKind;
  decidedAt: IsoInstant;
  recommendation: Recommendation | null;
  justification: string | null;
  art34Exemption: { condition: Art34Exemption; reason: string; publicCommunication: string | null } | null;
}

export interface BreachNotification {
  /** CNIL vocabulary: « notification initiale / complémentaire » (Art. 33(4)). */
  kind: 'initial' | 'complementary';
  at: IsoInstant;
  reference: string | null;
  delayReasons: string | null;
}

export interface BreachRecord {
  status: BreachStatus;
  reportedAt: IsoInstant;
  awareAt: IsoInstant | null;
  dismissal: { at: IsoInstant; reason: string } | null;
  reopenings: { at: IsoInstant; reason: string }[];
  decision: BreachDecision | null;
  notifications: BreachNotification[];
  subjectsInformedAt: IsoInstant | null;
  closedAt: IsoInstant | null;
}

export type BreachAction =
  | { type: 'start_assessment'; at: InstantInput }
  | { type: 'confirm'; at: InstantInput; awareAt: InstantInput }
  | { type: 'dismiss'; at: InstantInput; reason: string }
  | { type: 'reopen'; at: InstantInput; reason: string }
  | {
      type: 'decide'; at: InstantInput; kind: BreachDecisionKind; recommendation: Recommendation | null;
      justification?: string | null; art34Exemption?: { condition: Art34Exemption; reason: string; publicCommunication?: string | null } | null;
    }
  | { type: 'notify'; at: InstantInput; kind: 'initial' | 'complementary'; reference?: string | null; delayReasons?: string | null }
  | { type: 'inform_subjects'; at: InstantInput }
  | { type: 'close'; at: InstantInput };

export function newBreachRecord(reportedAt: InstantInput): BreachRecord {
  return {
    status: 'reported', reportedAt: toUtcIso(reportedAt), awareAt: null, dismissal: null, reopenings: [],
    decision: null, notifications: [], subjectsInformedAt: null, closedAt: null,
  };
}

const blank = (text: string | null | undefined): boolean => !text || text.trim() === '';
const ms = (at: InstantInput): number => parseInstant(at).toMillis();

function targetOf(record: BreachRecord, action: BreachAction): BreachStatus {
  switch (action.type) {
    case 'start_assessment': return 'assessing';
    case 'confirm': return 'confirmed';
    case 'dismiss': return 'dismissed';
    case 'reopen': return 'assessing';
    case 'decide': return 'decided';
    case 'notify': return 'notified';
    case 'inform_subjects': return record.status;
    case 'close': return 'closed';
  }
}

function guardIssues(record: BreachRecord, action: BreachAction): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });
  switch (action.type) {
    case 'confirm':
      if (ms(action.awareAt) > ms(action.at)) add('awareAt', 'La prise de connaissance ne peut pas être dans le futur : corrigez la date et l’heure.');
      break;
    case 'dismiss':
      if (blank(action.reason)) add('reason', 'Expliquez pourquoi il ne s’agit pas d’une violation de données personnelles : ce motif reste au registre (art. 33(5)).');
      break;
    case 'reopen':
      if (blank(action.reason)) add('reason', 'Indiquez le fait nouveau qui justifie la réouverture.');
      break;
    case 'decide': {
      const recommended = action.recommendation ? DECISION_FOR[action.recommendation] : null;
      const exemption = action.art34Exemption ?? null;
      if (exemption) {
        if (action.kind !== 'notify_authority') add('art34Exemption', 'Une exemption de l’art. 34(3) ne vaut que si la CNIL est notifiée sans informer les personnes : retirez-la ou changez la décision.');
        if (blank(exemption.reason)) add('art34Exemption.reason', 'Expliquez en quoi la condition de l’art. 34(3) est remplie.');
        if (exemption.condition === 'c' && blank(exemption.publicCommunication)) add('art34Exemption.publicCommunication', 'Art. 34(3)(c) : décrivez la communication publique qui informe les personnes de manière aussi efficace.');
      }
      // Not informing people of a high-risk breach under a stated Art. 34(3) condition follows the law, not against it.
      const coveredByExemption = recommended === 'notify_authority_and_subjects' && action.kind === 'notify_authority' && exemption !== null;
      if (recommended && recommended !== action.kind && !coveredByExemption && blank(action.justification)) {
        add('justification', `La décision diffère de la recommandation (« ${BREACH_DECISION_LABELS[recommended].fr} ») : justifiez-la, la justification reste au registre (art. 33(5)).`);
      }
      break;
    }
    case 'notify':
      if (action.kind === 'initial') {
        if (record.status !== 'decided') add('kind', 'Une notification initiale a déjà été faite : enregistrez une notification complémentaire (art. 33(4)).');
        else if (record.decision?.kind === 'document_only') add('kind', 'La décision est de documenter seulement : révisez la décision avant de notifier la CNIL.');
        if (record.awareAt && requiresDelayReasons(action.at, record.awareAt) && blank(action.delayReasons)) {
          add('delayReasons', 'La notification intervient plus de 72 h après la prise de connaissance : indiquez les motifs du retard (art. 33(1)).');
        }
      } else if (record.status !== 'notified') {
        add('kind', 'Enregistrez d’abord la notification initiale à la CNIL.');
      }
      break;
    case 'inform_subjects':
      if (record.status !== 'decided' && record.status !== 'notified') add('type', 'Prenez d’abord la décision sur la notification.');
      break;
    case 'close': {
      const decision = record.decision;
      if (record.status === 'decided' && decision?.kind !== 'document_only') add('type', 'La décision prévoit une notification à la CNIL : enregistrez-la avant de clore (art. 33(1)).');
      if (decision?.kind === 'notify_authority_and_subjects' && !record.subjectsInformedAt) {
        add('type', 'Les personnes doivent être informées (art. 34(1)) : enregistrez cette information avant de clore.');
      }
      break;
    }
    case 'start_assessment':
      break;
  }
  if (record.awareAt && (action.type === 'notify' || action.type === 'inform_subjects') && ms(action.at) < ms(record.awareAt)) {
    add('at', 'Cette date précède la prise de connaissance de la violation : corrigez-la.');
  }
  return issues;
}

/** Applies one action: the new record, or a French error saying what to fix. */
export function applyBreachAction(record: BreachRecord, action: BreachAction): Result<BreachRecord> {
  const target = targetOf(record, action);
  const allowed = action.type === 'inform_subjects' || BREACH_TRANSITIONS[record.status].includes(target);
  if (!allowed) {
    return fail('INVALID_STATE', `Impossible de passer de « ${BREACH_STATUS_LABELS[record.status].fr} » à « ${BREACH_STATUS_LABELS[target].fr} ».`);
  }
  const issues = guardIssues(record, action);
  if (issues.length > 0) return fail('VALIDATION', issues.map((i) => i.message).join(' '), issues);
  const at = toUtcIso(action.at);
  const next: BreachRecord = { ...record, status: target };
  switch (action.type) {
    case 'confirm': next.awareAt = toUtcIso(action.awareAt); break;
    case 'dismiss': next.dismissal = { at, reason: action.reason.trim() }; break;
    case 'reopen': next.reopenings = [...record.reopenings, { at, reason: action.reason.trim() }]; break;
    case 'decide': {
      const ex = action.art34Exemption ?? null;
      next.decision = {
        kind: action.kind, decidedAt: at, recommendation: action.recommendation, justification: action.justification?.trim() || null,
        art34Exemption: ex ? { condition: ex.condition, reason: ex.reason.trim(), publicCommunication: ex.publicCommunication?.trim() || null } : null,
      };
      break;
    }
    case 'notify':
      next.notifications = [
        ...record.notifications,
        { kind: action.kind, at, reference: action.reference?.trim() || null, delayReasons: action.delayReasons?.trim() || null },
      ];
      break;
    case 'inform_subjects': next.subjectsInformedAt = at; break;
    case 'close': next.closedAt = at; break;
    case 'start_assessment': break;
  }
  return ok(next);
}

/**
 * The Art. 33(1) clock of a breach; null until awareness is recorded, for a dismissed breach, and
 * once the decision is « document only » (the breach is unlikely to result in a risk: no notification).
 */
export function breachClock(record: BreachRecord, now: InstantInput): ClockState | null {
  if (!record.awareAt || record.status === 'dismissed' || record.decision?.kind === 'document_only') return null;
  const initial = record.notifications.find((n) => n.kind === 'initial');
  return clockState(now, record.awareAt, initial?.at ?? null);
}
