/**
 * What the service returns about a breach: the detail (with its clock, assessments, notifications,
 * gaps and allowed next steps), the list row, and the content of a notification to the CNIL.
 */
import { clockState } from '../../core/breach-clock';
import { RiskAnswersSchema, type RiskAnswersInput } from '../../core/breach-risk';
import type { CommunicationStatus } from '../../core/breach-vocabulary';
import { applyBreachAction, breachClock, type BreachRecord } from '../../core/breach-workflow';
import type { Organisation } from '../../shared/schemas/organisation';
import {
  BreachAssessment,
  BreachCommunicationView,
  type BreachActionName,
  type BreachDetail,
  type BreachFacts,
  type BreachListRow,
  type BreachNotificationView,
  type NotificationContent,
  type NotificationKind,
} from '../../shared/schemas/breach';
import {
  breachHistory,
  listAssessments,
  listCommunications,
  listNotifications,
  type AssessmentRow,
  type BreachSummary,
  type CommunicationRow,
  type NotificationRow,
} from '../../store/repos/breaches';
import { processingsOfBreach, processorsOfBreach } from '../../store/repos/links';
import type { Db } from '../../store/sqlite';
import { missingForNotification } from './breach-completeness';
import { flagsOf, type LoadedBreach } from './breach-record';

/** How a document names the user who prepared or recorded it: « Claire Martin (claire) ». */
export function userLabel(user: { username: string; displayName: string }): string {
  return user.displayName && user.displayName !== user.username ? `${user.displayName} (${user.username})` : user.username;
}

export function assessmentView(a: AssessmentRow): BreachAssessment {
  return BreachAssessment.parse({ id: a.id, at: a.assessedAt, by: a.assessedBy, answers: JSON.parse(a.answers), result: JSON.parse(a.result) });
}

export function communicationView(c: CommunicationRow): BreachCommunicationView {
  return BreachCommunicationView.parse({
    id: c.id,
    at: c.communicatedAt,
    channel: c.channel,
    numberInformed: c.numberInformed,
    allInformed: c.allInformed,
    notAllReason: c.notAllReason,
    content: c.content,
    recordedAt: c.recordedAt,
    recordedBy: c.recordedBy,
  });
}

export function notificationView(n: NotificationRow): BreachNotificationView {
  return {
    id: n.id,
    sequence: n.sequence,
    kind: n.kind,
    at: n.notifiedAt,
    reference: n.reference,
    delayReasons: n.delayReasons,
    late: n.late,
    snapshotSha256: n.snapshotSha256,
    recordedAt: n.recordedAt,
    recordedBy: n.recordedBy,
  };
}

/** Field 97 of the notification form: have the people been informed (Art. 34), and if not, why. */
export function communicationStatusOf(workflow: BreachRecord, communications: number): CommunicationStatus {
  if (communications > 0) return 'yes';
  const decision = workflow.decision;
  if (!decision) return workflow.status === 'dismissed' ? 'no_not_high_risk' : 'no_investigation_ongoing';
  if (decision.kind === 'notify_authority_and_subjects') return 'no_planned';
  if (decision.art34Exemption) return 'no_art34_3_condition';
  return 'no_not_high_risk';
}

/** Which workflow steps are possible now (roles are the contract's business). */
export function allowedActions(workflow: BreachRecord, now: Date): BreachActionName[] {
  const s = workflow.status;
  const out: BreachActionName[] = [];
  if (s !== 'closed') out.push('update');
  if (s === 'reported') out.push('startAssessment');
  if (s === 'assessing') out.push('confirm', 'dismiss');
  if (s === 'dismissed') out.push('reopen');
  if (s !== 'closed' && s !== 'dismissed') out.push('assess');
  if (s === 'confirmed' || s === 'decided') out.push('decide');
  if ((s === 'decided' && workflow.decision?.kind !== 'document_only') || s === 'notified') out.push('notify');
  if (s === 'decided' || s === 'notified') out.push('communicate');
  if (applyBreachAction(workflow, { type: 'close', at: now }).ok) out.push('close');
  return out;
}

/** Answers for a new risk assessment, pre-filled from what the record already says. */
export function suggestedAnswers(facts: BreachFacts): Partial<RiskAnswersInput> {
  const n = facts.nature;
  const has = (x: string) => (n.natures as readonly string[]).includes(x);
  const flags = flagsOf(facts);
  const out: Partial<RiskAnswersInput> = {
    specialCategories: flags.specialCategories,
    vulnerableSubjects: flags.vulnerableSubjects,
    subjectCount: facts.subjects.count,
  };
  if (facts.data.types.length > 0) out.dataTypes = facts.data.types;
  if (!has('confidentiality')) out.confidentiality = 'none';
  if (!has('integrity')) out.integrity = 'none';
  else if (n.integrityType) out.integrity = n.integrityType === 'misuse_irreversible' ? 'altered_irreversible' : 'altered_recoverable';
  if (!has('availability')) out.availability = 'none';
  else if (n.availabilityType === 'temporary' || n.availabilityType === 'permanent') out.availability = n.availabilityType;
  if (n.unintelligibility) out.dataUnintelligible = n.unintelligibility === 'protection_intact';
  if (n.cause === 'internal_malicious' || n.cause === 'external_malicious') out.maliciousIntent = true;
  if (n.cause === 'internal_non_malicious' || n.cause === 'external_non_malicious') out.maliciousIntent = false;
  if (n.confidentialityType === 'exfiltrated_or_disclosed') out.exfiltration = 'certain';
  if (n.confidentialityType === 'likely_exfiltrated') out.exfiltration = 'likely';
  if (n.confidentialityType === 'not_exfiltrated_evidence') out.exfiltration = 'excluded';
  return RiskAnswersSchema.partial().parse(out);
}

/** The next notification for a breach: initial until one is recorded, then complementary (Art. 33(4)). */
export function nextNotificationKind(workflow: BreachRecord): NotificationKind {
  return workflow.notifications.some((n) => n.kind === 'initial') ? 'complementary' : 'initial';
}

export function detailOf(db: Db, loaded: LoadedBreach, organisation: Organisation | null, now: Date): BreachDetail {
  const { row, facts, workflow } = loaded;
  const assessments = listAssessments(db, row.id).map(assessmentView);
  const communications = listCommunications(db, row.id).map(communicationView);
  return {
    id: row.id,
    reference: row.reference,
    status: workflow.status,
    facts,
    processings: processingsOfBreach(db, row.id),
    processors: processorsOfBreach(db, row.id),
    flags: flagsOf(facts),
    workflow: {
      reportedAt: workflow.reportedAt,
      awareAt: workflow.awareAt,
      dueAt: row.dueAt,
      dismissal: workflow.dismissal,
      reopenings: workflow.reopenings,
      decision: workflow.decision,
      subjectsInformedAt: workflow.subjectsInformedAt,
      closedAt: workflow.closedAt,
    },
    clock: breachClock(workflow, now),
    assessments,
    suggestedAnswers: suggestedAnswers(facts),
    notifications: listNotifications(db, row.id).map(notificationView),
    communications,
    communicationStatus: communicationStatusOf(workflow, communications.length),
    missing: missingForNotification({
      facts,
      workflow,
      organisationMissing: organisation?.missing ?? ['Raison sociale'],
      kind: nextNotificationKind(workflow),
      at: now.toISOString(),
      hasAssessment: assessments.length > 0,
    }),
    allowedActions: allowedActions(workflow, now),
    history: breachHistory(db, row.id),
    createdAt: row.createdAt,
    createdBy: row.createdBy,
    updatedAt: row.updatedAt,
  };
}

export function listRowOf(s: BreachSummary, now: Date): BreachListRow {
  return {
    id: s.id,
    reference: s.reference,
    title: s.title,
    status: s.status,
    discoveredAt: s.discoveredAt,
    awareAt: s.awareAt,
    dueAt: s.dueAt,
    clock: s.clockApplies && s.awareAt ? clockState(now, s.awareAt, s.notifiedAt) : null,
    severity: s.severity,
    recommendation: s.recommendation,
    decision: s.decision,
    notified: s.notificationCount > 0,
    notifiedAt: s.notifiedAt,
    notificationCount: s.notificationCount,
    subjectsInformedAt: s.subjectsInformedAt,
    natures: s.natures,
    specialCategories: s.specialCategories,
    subjectCount: s.subjectCount,
    updatedAt: s.updatedAt,
  };
}

export interface ContentInput {
  loaded: LoadedBreach;
  organisation: Organisation;
  notification: { kind: NotificationKind; sequence: number; at: string; reference: string | null; delayReasons: string | null; late: boolean };
  assessment: BreachAssessment | null;
  communications: BreachCommunicationView[];
  draft: boolean;
  preparedAt: string;
  preparedBy: string;
}

/** The content of a notification, in the order of the form: frozen when recorded, rendered as the dossier. */
export function notificationContent(input: ContentInput): NotificationContent {
  const { loaded, organisation: org } = input;
  const { facts, workflow, row } = loaded;
  const initial = workflow.notifications.find((n) => n.kind === 'initial');
  return {
    schemaVersion: 1,
    draft: input.draft,
    notification: { ...input.notification, initialReference: input.notification.kind === 'complementary' ? (initial?.reference ?? null) : null },
    organisation: {
      name: org.name,
      siren: org.siren,
      address: org.address,
      dpoName: org.dpoName,
      dpoEmail: org.dpoEmail,
      dpoPhone: org.dpoPhone,
    },
    breach: { id: row.id, reference: row.reference, status: workflow.status, facts },
    flags: flagsOf(facts),
    awareAt: workflow.awareAt,
    dueAt: row.dueAt,
    assessment: input.assessment,
    decision: workflow.decision,
    communicationStatus: communicationStatusOf(workflow, input.communications.length),
    communications: input.communications,
    missing: missingForNotification({
      facts,
      workflow,
      organisationMissing: org.missing,
      kind: input.notification.kind,
      at: input.notification.at,
      hasAssessment: input.assessment !== null,
    }),
    preparedAt: input.preparedAt,
    preparedBy: input.preparedBy,
  };
}
