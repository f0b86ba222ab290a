/**
 * Personal-data breach handlers (GDPR Art. 33, 34, 33(5)). Writes run in the service's transaction
 * with their audit row; the workflow rules are core/breach-workflow's, the risk rules
 * core/breach-risk's. Documents are in breach-documents.ts.
 */
import { assessBreachRisk } from '../../core/breach-risk';
import { requiresDelayReasons } from '../../core/breach-clock';
import { newBreachRecord, type BreachRecord } from '../../core/breach-workflow';
import { instantMillis, parisDateOf, toUtcIso } from '../../core/time';
import { DomainError } from '../../shared/errors';
import { BreachFacts } from '../../shared/schemas/breach';
import { canonicalJson } from '../../store/canonical-json';
import { sha256Hex } from '../../store/crypto';
import { newId } from '../../store/ids';
import {
  findNotification,
  insertAssessment,
  insertBreach,
  insertCommunication,
  insertNotification,
  listAssessments,
  listBreaches,
  listCommunications,
  nextBreachNumber,
  updateBreach,
} from '../../store/repos/breaches';
import { processingsOfBreach, processorsOfBreach, setBreachProcessings, setBreachProcessors } from '../../store/repos/links';
import { readOrganisation } from '../../store/repos/organisation';
import type { Db } from '../../store/sqlite';
import type { HandlerContext, PartialHandlers } from '../context';
import { breachDocumentHandlers, parisDayBounds, readNotificationContent } from './breach-documents';
import { act, assertFacts, deriveRow, initialFacts, loadBreach, mergeFacts, normaliseFacts, type LoadedBreach } from './breach-record';
import { assessmentView, communicationView, detailOf, listRowOf, notificationContent, notificationView, userLabel } from './breach-view';
import { assertProcessingsExist, assertProcessorsExist } from './processing-links';

const detail = (ctx: HandlerContext, id: string) => {
  const db = ctx.session.vault().db;
  return detailOf(db, loadBreach(db, id), readOrganisation(db), ctx.now);
};

/** The processings and processors a breach names (ids in reference order), as the audit log records them. */
interface BreachLinkIds {
  processingIds: string[];
  processorIds: string[];
}
function linkIdsOf(db: Db, breachId: string): BreachLinkIds {
  return { processingIds: processingsOfBreach(db, breachId).map((p) => p.id), processorIds: processorsOfBreach(db, breachId).map((p) => p.id) };
}

/**
 * Rewrites a breach from new documents and records the change in the audit log; `links`, when the
 * change touches them, puts the lists before and after in the same audit row.
 */
function save(
  ctx: HandlerContext,
  action: string,
  before: LoadedBreach,
  facts: BreachFacts,
  workflow: BreachRecord,
  links?: { before: BreachLinkIds; after: BreachLinkIds },
): LoadedBreach {
  const db = ctx.session.vault().db;
  const { row } = before;
  const latest = row.recommendation && row.severity ? { recommendation: row.recommendation, severity: row.severity } : null;
  const next = deriveRow(row, facts, workflow, latest, ctx.now.toISOString());
  updateBreach(db, next);
  ctx.audit(action, 'breach', row.id, { facts: before.facts, workflow: before.workflow, ...links?.before }, { facts, workflow, ...links?.after });
  return { row: next, facts, workflow };
}

/** Runs one change on an existing breach: load, compute the new documents, save, return the detail. */
function change(
  ctx: HandlerContext,
  id: string,
  action: string,
  compute: (b: LoadedBreach, db: Db) => { facts?: BreachFacts; workflow?: BreachRecord },
) {
  const db = ctx.session.vault().db;
  const before = loadBreach(db, id);
  const out = compute(before, db);
  save(ctx, action, before, out.facts ?? before.facts, out.workflow ?? before.workflow);
  return detail(ctx, id);
}

/** Instants recorded for acts done outside the workbench (CNIL téléservice, letters) cannot be in the future. */
function assertPast(at: string, now: Date, what: string): void {
  if (instantMillis(at) > now.getTime()) throw new DomainError('VALIDATION', `${what} ne peut pas être dans le futur : corrigez la date et l’heure.`, [{ path: 'at', message: `${what} ne peut pas être dans le futur.` }]);
}

export const breachHandlers: PartialHandlers<
  | 'breach.create'
  | 'breach.update'
  | 'breach.startAssessment'
  | 'breach.confirm'
  | 'breach.reopen'
  | 'breach.assess'
  | 'breach.dismiss'
  | 'breach.decide'
  | 'breach.notify'
  | 'breach.communicate'
  | 'breach.close'
  | 'breach.get'
  | 'breach.list'
  | 'breach.notification'
  | 'breach.dossier'
  | 'breach.letter'
  | 'breach.register'
> = {
  'breach.create': (input, ctx) => {
    const db = ctx.session.vault().db;
    const nowIso = ctx.now.toISOString();
    const facts = normaliseFacts(initialFacts(input));
    assertFacts(facts, ctx.now, null);
    assertProcessingsExist(db, input.processingIds);
    // References follow the year the incident was logged, in Paris: VIO-2026-0001.
    const year = Number(parisDateOf(nowIso).slice(0, 4));
    const seq = nextBreachNumber(db, year);
    const workflow = newBreachRecord(nowIso);
    const base = {
      id: newId(ctx.now.getTime()),
      reference: `VIO-${year}-${String(seq).padStart(4, '0')}`,
      refYear: year,
      refSeq: seq,
      reportedAt: workflow.reportedAt,
      createdAt: nowIso,
      createdBy: ctx.session.user().username,
    };
    const row = deriveRow(base, facts, workflow, null, nowIso);
    insertBreach(db, row);
    setBreachProcessings(db, row.id, input.processingIds);
    ctx.audit('breach.create', 'breach', row.id, null, { facts, workflow, ...linkIdsOf(db, row.id) });
    return detail(ctx, row.id);
  },

  'breach.update': (input, ctx) => {
    const db = ctx.session.vault().db;
    const b = loadBreach(db, input.id);
    if (b.workflow.status === 'closed') throw new DomainError('INVALID_STATE', 'Cette violation est close : sa fiche ne peut plus être modifiée (elle reste au registre).');
    const facts = normaliseFacts(BreachFacts.parse(mergeFacts(b.facts, input)));
    assertFacts(facts, ctx.now, b.workflow.awareAt);
    // Checked before anything is written: an unknown id leaves the breach as it was.
    if (input.processingIds) assertProcessingsExist(db, input.processingIds);
    if (input.processorIds) assertProcessorsExist(db, input.processorIds);
    const linksBefore = linkIdsOf(db, b.row.id);
    if (input.processingIds) setBreachProcessings(db, b.row.id, input.processingIds);
    if (input.processorIds) setBreachProcessors(db, b.row.id, input.processorIds);
    save(ctx, 'breach.update', b, facts, b.workflow, { before: linksBefore, after: linkIdsOf(db, b.row.id) });
    return detail(ctx, b.row.id);
  },

  'breach.startAssessment': (input, ctx) =>
    change(ctx, input.id, 'breach.startAssessment', (b) => ({ workflow: act(b.workflow, { type: 'start_assessment', at: ctx.now }) })),

  'breach.confirm': (input, ctx) =>
    change(ctx, input.id, 'breach.confirm', (b) => {
      // EDPB 9/2022: awareness follows the discovery and the short investigation, never precedes it.
      if (instantMillis(input.awareAt) < instantMillis(b.facts.timeline.discoveredAt)) {
        const message = 'La prise de connaissance ne peut pas précéder la découverte de l’incident : corrigez l’une des deux dates.';
        throw new DomainError('VALIDATION', message, [{ path: 'awareAt', message }]);
      }
      return { workflow: act(b.workflow, { type: 'confirm', at: ctx.now, awareAt: toUtcIso(input.awareAt) }) };
    }),

  'breach.reopen': (input, ctx) =>
    change(ctx, input.id, 'breach.reopen', (b) => ({ workflow: act(b.workflow, { type: 'reopen', at: ctx.now, reason: input.reason }) })),

  'breach.dismiss': (input, ctx) =>
    change(ctx, input.id, 'breach.dismiss', (b) => ({ workflow: act(b.workflow, { type: 'dismiss', at: ctx.now, reason: input.reason }) })),

  'breach.assess': (input, ctx) => {
    const db = ctx.session.vault().db;
    const b = loadBreach(db, input.id);
    if (b.workflow.status === 'closed' || b.workflow.status === 'dismissed') {
      throw new DomainError('INVALID_STATE', 'Une violation close ou écartée ne se réévalue pas : rouvrez-la d’abord si un fait nouveau le justifie.');
    }
    const result = assessBreachRisk(input.answers);
    const assessment = {
      id: newId(ctx.now.getTime()),
      breachId: b.row.id,
      assessedAt: ctx.now.toISOString(),
      assessedBy: ctx.session.user().username,
      recommendation: result.recommendation,
      severity: result.enisa.band,
      answers: JSON.stringify(input.answers),
      result: JSON.stringify(result),
    };
    insertAssessment(db, assessment);
    const next = deriveRow(b.row, b.facts, b.workflow, assessment, assessment.assessedAt);
    updateBreach(db, next);
    ctx.audit('breach.assess', 'breach', b.row.id, null, { assessmentId: assessment.id, answers: input.answers, result });
    return detail(ctx, b.row.id);
  },

  'breach.decide': (input, ctx) =>
    change(ctx, input.id, 'breach.decide', (b, db) => {
      const latest = listAssessments(db, b.row.id)[0] ?? null;
      if (!latest && input.justification.trim() === '') {
        const message = 'Aucune analyse de risque n’est enregistrée : faites-la, ou justifiez la décision (la justification reste au registre, art. 33(5)).';
        throw new DomainError('VALIDATION', message, [{ path: 'justification', message }]);
      }
      const exemption = input.art34Exemption;
      return {
        workflow: act(b.workflow, {
          type: 'decide',
          at: ctx.now,
          kind: input.kind,
          recommendation: latest?.recommendation ?? null,
          justification: input.justification,
          art34Exemption: exemption ? { condition: exemption.condition, reason: exemption.reason, publicCommunication: exemption.publicCommunication } : null,
        }),
      };
    }),

  'breach.notify': (input, ctx) => {
    const db = ctx.session.vault().db;
    const organisation = readOrganisation(db);
    if (!organisation) throw new DomainError('NOT_FOUND', 'Renseignez d’abord l’organisme (écran « Organisme ») : il figure dans la notification.');
    assertPast(input.at, ctx.now, 'La date de la notification');
    const before = loadBreach(db, input.id);
    const given = input.delayReasons?.trim() ?? '';
    const delayReasons = given !== '' ? given : before.facts.timeline.delayReasons;
    const at = toUtcIso(input.at);
    const workflow = act(before.workflow, { type: 'notify', at, kind: input.kind, reference: input.reference, delayReasons });
    const facts = given !== '' ? { ...before.facts, timeline: { ...before.facts.timeline, delayReasons: given } } : before.facts;
    const saved = save(ctx, 'breach.notify', before, facts, workflow);
    const late = input.kind === 'initial' && workflow.awareAt !== null && requiresDelayReasons(at, workflow.awareAt);
    const sequence = workflow.notifications.length;
    const latest = listAssessments(db, before.row.id)[0];
    const content = notificationContent({
      loaded: saved,
      organisation,
      notification: { kind: input.kind, sequence, at, reference: input.reference.trim() || null, delayReasons: late || input.kind === 'complementary' ? delayReasons.trim() || null : null, late },
      assessment: latest ? assessmentView(latest) : null,
      communications: listCommunications(db, before.row.id).map(communicationView),
      draft: false,
      preparedAt: ctx.now.toISOString(),
      preparedBy: userLabel(ctx.session.user()),
    });
    // The frozen copy: canonical JSON (the same content always gives the same hash) and its SHA-256.
    const snapshot = canonicalJson(content);
    const notification = {
      id: newId(ctx.now.getTime()),
      breachId: before.row.id,
      sequence,
      kind: input.kind,
      notifiedAt: at,
      reference: content.notification.reference,
      delayReasons: content.notification.delayReasons,
      late,
      snapshot,
      snapshotSha256: sha256Hex(snapshot),
      recordedAt: ctx.now.toISOString(),
      recordedBy: ctx.session.user().username,
    };
    insertNotification(db, notification);
    ctx.audit('breach.notification', 'breach', before.row.id, null, { ...notificationView(notification) });
    return detail(ctx, before.row.id);
  },

  'breach.communicate': (input, ctx) => {
    assertPast(input.at, ctx.now, 'La date de l’information des personnes');
    if (!input.allInformed && input.notAllReason.trim() === '') {
      const message = 'Toutes les personnes n’ont pas été informées : indiquez pourquoi (champ 103).';
      throw new DomainError('VALIDATION', message, [{ path: 'notAllReason', message }]);
    }
    const db = ctx.session.vault().db;
    const at = toUtcIso(input.at);
    change(ctx, input.id, 'breach.communicate', (b) => ({ workflow: act(b.workflow, { type: 'inform_subjects', at }) }));
    const communication = {
      id: newId(ctx.now.getTime()),
      breachId: input.id,
      communicatedAt: at,
      channel: input.channel,
      numberInformed: input.numberInformed,
      allInformed: input.allInformed,
      notAllReason: input.notAllReason,
      content: input.content,
      recordedAt: ctx.now.toISOString(),
      recordedBy: ctx.session.user().username,
    };
    insertCommunication(db, communication);
    ctx.audit('breach.communication', 'breach', input.id, null, communication);
    return detail(ctx, input.id);
  },

  'breach.close': (input, ctx) => change(ctx, input.id, 'breach.close', (b) => ({ workflow: act(b.workflow, { type: 'close', at: ctx.now }) })),

  'breach.get': (input, ctx) => detail(ctx, input.id),

  'breach.list': (input, ctx) => {
    const db = ctx.session.vault().db;
    const { rows, total } = listBreaches(db, {
      filter: input.filter,
      statuses: input.statuses,
      severities: input.severities,
      notified: input.notified,
      discoveredFrom: input.discoveredFrom ? parisDayBounds(input.discoveredFrom).from : undefined,
      discoveredTo: input.discoveredTo ? parisDayBounds(input.discoveredTo).to : undefined,
      search: input.search,
      processingId: input.processingId,
      processorId: input.processorId,
      now: ctx.now.toISOString(),
      sort: input.sort,
      direction: input.direction,
      offset: input.offset,
      limit: input.limit,
    });
    return { rows: rows.map((r) => listRowOf(r, ctx.now)), total, now: ctx.now.toISOString() };
  },

  'breach.notification': (input, ctx) => {
    const db = ctx.session.vault().db;
    loadBreach(db, input.id);
    const row = findNotification(db, input.id, input.notificationId);
    if (!row) throw new DomainError('NOT_FOUND', 'Cette notification n’existe pas pour cette violation : vérifiez le lien.');
    const { content, verified } = readNotificationContent(row);
    return { notification: notificationView(row), content, verified };
  },

  ...breachDocumentHandlers,
};
