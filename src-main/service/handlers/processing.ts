/**
 * Handlers of the register of processing activities (issue 6, GDPR Art. 30) and of the DPIA
 * screening (Art. 35). Every change writes its audit row in the same transaction; exports and the
 * import live in processing-export.ts and processing-import.ts.
 */
import { screen } from '../../core/dpia-screening';
import { ART35_3_CASES, CNIL_AIPD_LIST, DPIA_OUTCOME_LABELS, WP248_CRITERIA } from '../../core/dpia-screening';
import {
  ART9_CONDITIONS,
  DATA_CATEGORIES,
  FINAL_FATES,
  LEGAL_BASES,
  PROCESSING_ROLES,
  RECIPIENT_TYPES,
  SECURITY_MEASURE_TYPES,
  SENSITIVE_CATEGORIES,
  sensitiveRegime,
} from '../../core/ropa-vocabulary';
import { deriveTransfers } from '../../core/transfers';
import { DomainError } from '../../shared/errors';
import {
  ALL_DATA_CATEGORY_IDS,
  DPIA_OUTCOMES,
  DPIA_STATUS_LABELS,
  DPIA_STATUSES,
  PROCESSING_STATUS_LABELS,
  PROCESSING_STATUSES,
  type DpiaScreening,
} from '../../shared/schemas/processing';
import { newId } from '../../store/ids';
import {
  deleteProcessing,
  findProcessing,
  insertProcessing,
  insertScreening,
  listProcessings,
  nextProcessingReference,
  referenceKey,
  replaceProcessing,
  screeningsOf,
  type ProcessingEntity,
} from '../../store/repos/processings';
import { listProcessors } from '../../store/repos/processors';
import type { Db } from '../../store/sqlite';
import type { HandlerContext, PartialHandlers } from '../context';
import { processingExportHandlers } from './processing-export';
import { processingImportHandlers } from './processing-import';
import { assertReferenceFree, checkProcessors, keepValidation, newEntity, registerContext, splitRecord, today } from './processing-record';
import { assertProcessingUnlinked, processingLinks } from './processing-links';
import { categoryLabelFr, processingDetail, processingRow } from './processing-view';
import { viewsOfDerived, transferSnapshot } from './processor-view';

function load(db: Db, id: string): ProcessingEntity {
  const e = findProcessing(db, id);
  if (!e) throw new DomainError('NOT_FOUND', `Aucun traitement ne porte l’identifiant « ${id} » : vérifiez-le dans le registre.`);
  return e;
}

function detail(ctx: HandlerContext, e: ProcessingEntity) {
  const db = ctx.session.vault().db;
  return processingDetail(e, registerContext(db, today(ctx), e), processingLinks(db, e.id));
}

const entry = (e: { id: string; fr: string; en: string; article?: string }) => ({ id: e.id, fr: e.fr, en: e.en, ...(e.article ? { article: e.article } : {}) });

export const processingHandlers: PartialHandlers<
  | 'processing.list'
  | 'processing.get'
  | 'processing.categories'
  | 'processing.transfers'
  | 'processing.create'
  | 'processing.update'
  | 'processing.delete'
  | 'processing.setStatus'
  | 'processing.screenDpia'
  | 'processing.screenings'
  | 'processing.updateDpia'
  | 'processing.exportRegister'
  | 'processing.importPreview'
  | 'processing.import'
  | 'processing.vocabulary'
> = {
  'processing.list': (input, ctx) => {
    const db = ctx.session.vault().db;
    const day = today(ctx);
    const rctx = registerContext(db, day);
    let rows = listProcessings(db, { search: input.search, roles: input.roles, status: input.status, dpiaOutcome: input.dpiaOutcome, processorId: input.processorId }).map((e) =>
      processingRow(e, rctx),
    );
    if (input.incompleteOnly) rows = rows.filter((r) => r.missingCount > 0);
    // Art. 35(1): the same `dpiaPending` the dashboard counts (processing-view `processingRow`).
    if (input.dpiaPending !== undefined) rows = rows.filter((r) => r.dpiaPending === input.dpiaPending);
    const dir = input.direction === 'asc' ? 1 : -1;
    const compare: Record<typeof input.sort, (a: (typeof rows)[number], b: (typeof rows)[number]) => number> = {
      reference: () => 0, // the store returns them by reference
      name: (a, b) => a.name.localeCompare(b.name, 'fr'),
      completeness: (a, b) => a.completeness - b.completeness,
      reviewDate: (a, b) => (a.reviewDate ?? '9999').localeCompare(b.reviewDate ?? '9999'),
      updatedAt: (a, b) => a.updatedAt.localeCompare(b.updatedAt),
    };
    if (input.sort === 'reference') {
      if (dir === -1) rows.reverse();
    } else {
      // Stable sort: equal keys keep the reference order.
      rows.sort((a, b) => dir * compare[input.sort](a, b));
    }
    return { rows: rows.slice(input.offset, input.offset + input.limit), total: rows.length, offset: input.offset, limit: input.limit, today: day };
  },

  'processing.get': (input, ctx) => detail(ctx, load(ctx.session.vault().db, input.id)),

  'processing.categories': (input, ctx) => {
    const db = ctx.session.vault().db;
    const byId = new Map(listProcessings(db, { ids: input.ids }).map((e) => [e.id, e]));
    const missing = input.ids.filter((id) => !byId.has(id));
    if (missing.length > 0) throw new DomainError('NOT_FOUND', `Traitement(s) introuvable(s) : ${missing.join(', ')}. Choisissez-les dans le registre.`);
    // In the order the caller gave, duplicates removed.
    const found = [...new Set(input.ids)].flatMap((id) => byId.get(id) ?? []);
    const category = (id: (typeof ALL_DATA_CATEGORY_IDS)[number]) => {
      const regime = sensitiveRegime(id);
      return { id, labelFr: categoryLabelFr(id), sensitive: regime !== null, regime: regime ?? ('ordinary' as const) };
    };
    const usedCategories = new Set(found.flatMap((e) => e.record.dataCategories.map((c) => c.category)));
    const subjects = [...new Set(found.flatMap((e) => e.record.subjectCategories.map((s) => s.label)))];
    return {
      processings: found.map((e) => ({
        id: e.id,
        reference: e.reference,
        name: e.record.name,
        dataCategories: e.record.dataCategories.map((c) => category(c.category)),
        subjectCategories: e.record.subjectCategories.map((s) => s.label),
      })),
      dataCategories: ALL_DATA_CATEGORY_IDS.filter((id) => usedCategories.has(id)).map(category),
      subjectCategories: subjects,
    };
  },

  'processing.transfers': (_input, ctx) => {
    const db = ctx.session.vault().db;
    const processors = new Map(listProcessors(db).map((p) => [p.id, p]));
    const links = listProcessings(db).map((e) => ({ id: e.id, processorIds: e.processorIds }));
    const transfers = viewsOfDerived(deriveTransfers(links, [...processors.values()].map(transferSnapshot)), processors);
    return { transfers, withIssue: transfers.filter((t) => t.issue !== null).length };
  },

  'processing.create': (input, ctx) => {
    const db = ctx.session.vault().db;
    checkProcessors(db, input.processorIds);
    const reference = input.reference || nextProcessingReference(db, Number(today(ctx).slice(0, 4)));
    assertReferenceFree(db, reference, null);
    const entity = newEntity(ctx, input, reference);
    insertProcessing(db, entity);
    ctx.audit('processing.create', 'processing', entity.id, null, entity);
    return detail(ctx, entity);
  },

  'processing.update': (input, ctx) => {
    const db = ctx.session.vault().db;
    const before = load(db, input.id);
    checkProcessors(db, input.processing.processorIds);
    const { reference, processorIds, record } = splitRecord(input.processing);
    const nextReference = reference || before.reference;
    if (referenceKey(nextReference) !== referenceKey(before.reference)) assertReferenceFree(db, nextReference, before.id);
    const changed: ProcessingEntity = { ...before, reference: nextReference, record, processorIds, updatedAt: ctx.now.toISOString() };
    const after = keepValidation(changed, registerContext(db, today(ctx), changed));
    replaceProcessing(db, after);
    ctx.audit('processing.update', 'processing', after.id, before, after);
    return detail(ctx, after);
  },

  'processing.delete': (input, ctx) => {
    const db = ctx.session.vault().db;
    const before = load(db, input.id);
    // Art. 33(5): a breach (or a request) still naming this processing keeps it in the register.
    assertProcessingUnlinked(db, before.id);
    const screenings = screeningsOf(db, before.id);
    deleteProcessing(db, before.id);
    ctx.audit('processing.delete', 'processing', before.id, { ...before, screenings }, null);
    return null;
  },

  'processing.setStatus': (input, ctx) => {
    const db = ctx.session.vault().db;
    const before = load(db, input.id);
    let after: ProcessingEntity;
    if (input.status === 'validated') {
      const view = detail(ctx, before);
      if (!view.completeness.complete) {
        throw new DomainError(
          'INVALID_STATE',
          `La fiche ${before.reference} ne peut pas être validée : ${view.completeness.missing.length} information(s) manquent au regard de l’article 30. Complétez-les puis validez.`,
          view.completeness.missing.map((m) => ({ path: m.id, message: m.messageFr })),
        );
      }
      after = { ...before, status: 'validated', validatedAt: ctx.now.toISOString(), validatedBy: ctx.session.user().username, updatedAt: ctx.now.toISOString() };
    } else {
      after = { ...before, status: 'draft', validatedAt: null, validatedBy: null, updatedAt: ctx.now.toISOString() };
    }
    replaceProcessing(db, after);
    ctx.audit('processing.setStatus', 'processing', after.id, { status: before.status }, { status: after.status });
    return detail(ctx, after);
  },

  'processing.screenDpia': (input, ctx) => {
    const db = ctx.session.vault().db;
    const processing = load(db, input.id);
    const result = screen(input.answers);
    const screening: DpiaScreening = {
      id: newId(ctx.now.getTime()),
      processingId: processing.id,
      screenedAt: ctx.now.toISOString(),
      screenedBy: ctx.session.user().username,
      answers: input.answers,
      outcome: result.outcome,
      reasons: result.reasons,
      wp248Count: result.wp248Count,
      summaryFr: result.summaryFr,
      comment: input.comment,
    };
    insertScreening(db, screening);
    ctx.audit('processing.screenDpia', 'processing', processing.id, null, screening);
    return screening;
  },

  'processing.screenings': (input, ctx) => {
    const db = ctx.session.vault().db;
    load(db, input.id);
    return screeningsOf(db, input.id);
  },

  'processing.updateDpia': (input, ctx) => {
    const db = ctx.session.vault().db;
    const before = load(db, input.id);
    const changed: ProcessingEntity = { ...before, dpia: input.dpia, updatedAt: ctx.now.toISOString() };
    const after = keepValidation(changed, registerContext(db, today(ctx), changed));
    replaceProcessing(db, after);
    ctx.audit('processing.updateDpia', 'processing', after.id, before.dpia, after.dpia);
    return detail(ctx, after);
  },

  ...processingExportHandlers,
  ...processingImportHandlers,

  'processing.vocabulary': () => ({
    roles: PROCESSING_ROLES.map(entry),
    legalBases: LEGAL_BASES.map(entry),
    art9Conditions: ART9_CONDITIONS.map(entry),
    dataCategories: DATA_CATEGORIES.map(entry),
    sensitiveCategories: SENSITIVE_CATEGORIES.map((c) => ({ ...entry(c), regime: c.regime })),
    securityMeasureTypes: SECURITY_MEASURE_TYPES.map(entry),
    recipientTypes: RECIPIENT_TYPES.map(entry),
    finalFates: FINAL_FATES.map(entry),
    statuses: PROCESSING_STATUSES.map((id) => ({ id, ...PROCESSING_STATUS_LABELS[id] })),
    dpia: {
      art35_3: ART35_3_CASES.map((c) => ({ id: c.id, fr: c.fr, en: c.en, article: c.citationFr })),
      cnil: CNIL_AIPD_LIST.map((c) => ({ id: c.id, fr: c.fr, en: c.en, article: c.citationFr })),
      wp248: WP248_CRITERIA.map((c) => ({ id: c.id, fr: c.fr, en: c.en, article: c.citationFr })),
      outcomes: DPIA_OUTCOMES.map((id) => ({ id, ...DPIA_OUTCOME_LABELS[id] })),
      statuses: DPIA_STATUSES.map((id) => ({ id, ...DPIA_STATUS_LABELS[id] })),
    },
  }),
};
