/**
 * Shared steps of the register's writes (create, update, import): loading the context the views need,
 * checking links and references, and the rule that a validated fiche must stay complete (Art. 30).
 */
import { parisDateOf } from '../../core/time';
import { DomainError } from '../../shared/errors';
import { EMPTY_DPIA, type DpiaScreening, type ProcessingRecord } from '../../shared/schemas/processing';
import { newId } from '../../store/ids';
import { readOrganisation } from '../../store/repos/organisation';
import { findByReference, latestScreenings, screeningsOf, type ProcessingEntity } from '../../store/repos/processings';
import { findProcessor, listProcessors, type ProcessorEntity } from '../../store/repos/processors';
import type { Db } from '../../store/sqlite';
import type { HandlerContext } from '../context';
import { processingDetail, type RegisterContext } from './processing-view';

export const today = (ctx: HandlerContext): string => parisDateOf(ctx.now);

/** Everything the views need: the whole register's processors and screenings, or a fiche's own. */
export function registerContext(db: Db, day: string, only?: ProcessingEntity): RegisterContext {
  const processors = new Map<string, ProcessorEntity>();
  if (only) {
    for (const id of only.processorIds) {
      const p = findProcessor(db, id);
      if (p) processors.set(id, p);
    }
  } else {
    for (const p of listProcessors(db)) processors.set(p.id, p);
  }
  const screenings = new Map<string, DpiaScreening>();
  if (only) {
    const latest = screeningsOf(db, only.id)[0];
    if (latest) screenings.set(only.id, latest);
  } else {
    for (const [k, v] of latestScreenings(db)) screenings.set(k, v);
  }
  return { organisation: readOrganisation(db), processors, screenings, today: day };
}

/** Linked processors must exist: a fiche never points at nothing (its transfers are derived from them). */
export function checkProcessors(db: Db, ids: readonly string[]): void {
  const unknown = ids.filter((id) => !findProcessor(db, id));
  if (unknown.length > 0) {
    throw new DomainError('VALIDATION', `Sous-traitant(s) introuvable(s) : ${unknown.join(', ')}. Choisissez-les dans la liste des sous-traitants.`, [
      { path: 'processorIds', message: 'Sous-traitant inconnu.' },
    ]);
  }
}

export function assertReferenceFree(db: Db, reference: string, exceptId: string | null): void {
  const other = findByReference(db, reference);
  if (other && other.id !== exceptId) {
    throw new DomainError('CONFLICT', `La référence « ${reference} » est déjà celle du traitement « ${other.name} » : choisissez-en une autre.`, [
      { path: 'reference', message: 'Référence déjà utilisée.' },
    ]);
  }
}

/** Splits a validated fiche into the stored record, its reference and its processors. */
export function splitRecord(input: ProcessingRecord): { reference: string; processorIds: string[]; record: ProcessingEntity['record'] } {
  const { reference, processorIds, ...record } = input;
  return { reference, processorIds, record };
}

/** A validated fiche stays validated only while complete (Art. 30): otherwise it returns to draft. */
export function keepValidation(e: ProcessingEntity, ctx: RegisterContext): ProcessingEntity {
  if (e.status !== 'validated' || processingDetail(e, ctx).completeness.complete) return e;
  return { ...e, status: 'draft', validatedAt: null, validatedBy: null };
}

/** A new fiche (create and import): draft, CNIL « Date de création » today unless given. */
export function newEntity(ctx: HandlerContext, input: ProcessingRecord, reference: string, createdOn?: string): ProcessingEntity {
  const { processorIds, record } = splitRecord(input);
  const at = ctx.now.toISOString();
  return {
    id: newId(ctx.now.getTime()),
    reference,
    status: 'draft',
    record,
    dpia: EMPTY_DPIA,
    dpiaOutcome: null,
    processorIds,
    createdOn: createdOn ?? today(ctx),
    validatedAt: null,
    validatedBy: null,
    createdAt: at,
    updatedAt: at,
  };
}

