/**
 * Import of a register in the CNIL model layout (issue 6): `processing.importPreview` lists every
 * error fiche by fiche without writing; `processing.import` writes everything in one transaction, or
 * nothing when a single fiche is invalid. References must be unique in the file and, unless the
 * caller asks to replace existing fiches, new to the register.
 */
import { createHash } from 'node:crypto';
import { DPIA_OUTCOME_LABELS, screen } from '../../core/dpia-screening';
import { DomainError } from '../../shared/errors';
import { DpiaFollowUp, ProcessingInput, type DpiaScreening, type ImportIssue, type ImportPreview } from '../../shared/schemas/processing';
import { newId } from '../../store/ids';
import { findProcessing, insertProcessing, insertScreening, nextProcessingReference, referenceIndex, referenceKey, replaceProcessing, screeningsOf, type ProcessingEntity } from '../../store/repos/processings';
import { processorNames } from '../../store/repos/processors';
import { searchKey } from '../../store/repos/requests';
import type { Db } from '../../store/sqlite';
import type { HandlerContext, PartialHandlers } from '../context';
import { fold } from '../../reports/ropa/fiche-layout';
import type { ParsedFiche, ParsedRegister } from '../../reports/ropa/register-import';
import { newEntity, registerContext, splitRecord, today } from './processing-record';
import { processingDetail } from './processing-view';

const FIELD_LABELS: Readonly<Record<string, string>> = {
  reference: 'N° / REF',
  name: 'Nom / sigle',
  role: 'Rôle de l’organisme',
  description: 'Description',
  jointControllers: 'Responsable conjoint',
  controllersServed: 'Responsable pour le compte duquel nous agissons',
  purposes: 'Finalité',
  art9Conditions: 'Condition(s) de l’article 9(2)',
  dataCategories: 'Catégorie de données',
  subjectCategories: 'Catégorie de personnes',
  subjectVolume: 'Volume de personnes concernées',
  dataOrigin: 'Origine des données',
  recipients: 'Destinataires',
  securityMeasures: 'Mesures de sécurité',
  processorIds: 'Sous-traitants',
  reviewDate: 'Date de revue',
  dpia: 'Suivi de l’AIPD',
};

function rowFor(fiche: ParsedFiche, path: readonly PropertyKey[]): number | null {
  for (let n = path.length; n > 0; n--) {
    const row = fiche.rowOf.get(path.slice(0, n).map(String).join('.'));
    if (row !== undefined) return row;
  }
  return null;
}

/** One fiche ready to be written. */
interface Operation {
  fiche: ParsedFiche;
  input: ReturnType<typeof ProcessingInput.parse>;
  dpia: DpiaFollowUp;
  existingId: string | null;
  status: 'draft' | 'validated';
}

interface Plan {
  preview: ImportPreview;
  operations: Operation[];
}

async function parse(db: Db, base64: string): Promise<ParsedRegister> {
  const processors = processorNames(db);
  const byRef = new Map(processors.map((p) => [p.reference.toUpperCase(), p.id]));
  const byName = new Map(processors.map((p) => [p.nameKey, p.id]));
  const { readRopaWorkbook } = await import('../../reports/ropa/register-import');
  return readRopaWorkbook(Buffer.from(base64, 'base64'), (name, reference) => byRef.get(reference.trim().toUpperCase()) ?? byName.get(searchKey(name)) ?? null);
}

/** Checks every fiche against the contract's schemas, the file's other fiches and the register. */
function plan(db: Db, ctx: HandlerContext, parsed: ParsedRegister, replaceExisting: boolean): Plan {
  const existing = referenceIndex(db);
  const sheetsByRef = new Map<string, string[]>();
  for (const f of parsed.fiches) {
    const key = referenceKey(f.input.reference);
    if (key !== '') sheetsByRef.set(key, [...(sheetsByRef.get(key) ?? []), f.sheet]);
  }
  const rctx = registerContext(db, today(ctx));
  const rows: ImportPreview['rows'] = [];
  const operations: Operation[] = [];
  for (const fiche of parsed.fiches) {
    const errors: ImportIssue[] = [...fiche.errors];
    const warnings = [...fiche.warnings];
    const issue = (row: number | null, field: string, message: string) => errors.push({ sheet: fiche.sheet, row, field, message });
    const key = referenceKey(fiche.input.reference);
    const twins = (sheetsByRef.get(key) ?? []).filter((s) => s !== fiche.sheet);
    if (twins.length > 0) {
      issue(fiche.referenceRow, 'N° / REF', `La référence « ${fiche.input.reference} » figure aussi dans l’onglet « ${twins.join('», «')} » : chaque fiche doit avoir sa propre référence.`);
    }
    const current = key === '' ? undefined : existing.get(key);
    let action: 'create' | 'update' | 'refused' = current ? 'update' : 'create';
    if (current && !replaceExisting) {
      action = 'refused';
      issue(fiche.referenceRow, 'N° / REF', `La référence « ${fiche.input.reference} » est déjà celle du traitement « ${current.name} » dans le registre : changez la référence, ou importez en remplaçant les fiches existantes.`);
    }
    if (key === '') warnings.push('Pas de « N° / REF » : une référence sera attribuée à l’import.');

    const input = ProcessingInput.safeParse(fiche.input);
    if (!input.success) {
      for (const i of input.error.issues) {
        const field = FIELD_LABELS[String(i.path[0] ?? '')] ?? String(i.path[0] ?? 'fiche');
        const row = rowFor(fiche, i.path);
        issue(row, field, `${row ? `Ligne ${row}, ` : ''}« ${field} » : ${i.message}`);
      }
    }
    const dpia = DpiaFollowUp.safeParse(fiche.dpia);
    if (!dpia.success) {
      for (const i of dpia.error.issues) issue(fiche.rowOf.get('dpia') ?? null, 'Suivi de l’AIPD', `« Suivi de l’AIPD » : ${i.message}`);
    }
    let status = fiche.status;
    if (fiche.screening) {
      const computed = screen(fiche.screening.answers).outcome;
      const given = fiche.screening.outcomeLabel;
      if (given !== '' && fold(given) !== fold(DPIA_OUTCOME_LABELS[computed].fr)) {
        warnings.push(`Le résultat du test d’AIPD indiqué (« ${given} ») ne correspond pas aux critères retenus : il est recalculé (« ${DPIA_OUTCOME_LABELS[computed].fr} »).`);
      }
    }
    if (input.success && dpia.success && errors.length === 0) {
      if (status === 'validated') {
        const probe: ProcessingEntity = { ...newEntity(ctx, input.data, input.data.reference || 'IMPORT'), dpia: dpia.data };
        const screenings = new Map(rctx.screenings);
        if (fiche.screening) {
          const r = screen(fiche.screening.answers);
          screenings.set(probe.id, { id: '', processingId: probe.id, screenedAt: '', screenedBy: '', answers: fiche.screening.answers, outcome: r.outcome, reasons: r.reasons, wp248Count: r.wp248Count, summaryFr: r.summaryFr, comment: '' });
        }
        const c = processingDetail(probe, { ...rctx, screenings }).completeness;
        if (!c.complete) {
          status = 'draft';
          warnings.push(`Fiche marquée « Validée » mais incomplète (${c.missing.length} information(s) manquante(s) au regard de l’article 30) : elle est importée comme brouillon.`);
        }
      }
      operations.push({ fiche, input: input.data, dpia: dpia.data, existingId: current?.id ?? null, status });
    }
    rows.push({ sheet: fiche.sheet, reference: fiche.input.reference, name: fiche.input.name, action, errors, warnings });
  }
  const errorCount = rows.reduce((n, r) => n + r.errors.length, 0) + parsed.fileErrors.length;
  return {
    preview: {
      valid: errorCount === 0,
      fiches: parsed.fiches.length,
      toCreate: rows.filter((r) => r.action === 'create').length,
      toUpdate: rows.filter((r) => r.action === 'update').length,
      rows,
      fileErrors: parsed.fileErrors,
      errorCount,
    },
    operations,
  };
}

/** Noon UTC of a calendar day: the same day in Europe/Paris whatever the season. */
const noonOf = (date: string): string => `${date}T12:00:00.000Z`;

function screeningOf(op: Operation, processingId: string, ctx: HandlerContext, previous: DpiaScreening | undefined): DpiaScreening | null {
  const s = op.fiche.screening;
  if (!s) return null;
  const r = screen(s.answers);
  const screenedAt = s.date ? noonOf(s.date) : ctx.now.toISOString();
  // Re-importing the same register does not repeat a screening already in the history.
  if (previous && previous.outcome === r.outcome && previous.screenedAt.slice(0, 10) === screenedAt.slice(0, 10) && JSON.stringify(previous.answers) === JSON.stringify(s.answers)) return null;
  return {
    id: newId(ctx.now.getTime()),
    processingId,
    screenedAt,
    screenedBy: ctx.session.user().username,
    answers: s.answers,
    outcome: r.outcome,
    reasons: r.reasons,
    wp248Count: r.wp248Count,
    summaryFr: r.summaryFr,
    comment: s.comment,
  };
}

function write(db: Db, ctx: HandlerContext, op: Operation): ProcessingEntity {
  const at = ctx.now.toISOString();
  const before = op.existingId ? findProcessing(db, op.existingId) : null;
  const reference = op.input.reference || nextProcessingReference(db, Number(today(ctx).slice(0, 4)));
  let after: ProcessingEntity;
  if (before) {
    const { processorIds, record } = splitRecord(op.input);
    after = { ...before, reference, record, processorIds, dpia: op.dpia, createdOn: op.fiche.createdOn ?? before.createdOn, updatedAt: at };
  } else {
    after = { ...newEntity(ctx, op.input, reference, op.fiche.createdOn ?? undefined), dpia: op.dpia };
  }
  after = op.status === 'validated'
    ? { ...after, status: 'validated', validatedAt: before?.status === 'validated' ? before.validatedAt : at, validatedBy: before?.status === 'validated' ? before.validatedBy : ctx.session.user().username }
    : { ...after, status: 'draft', validatedAt: null, validatedBy: null };
  if (before) replaceProcessing(db, after);
  else insertProcessing(db, after);
  const screening = screeningOf(op, after.id, ctx, before ? screeningsOf(db, after.id)[0] : undefined);
  if (screening) {
    insertScreening(db, screening);
    after = { ...after, dpiaOutcome: screening.outcome };
  }
  ctx.audit('processing.import', 'processing', after.id, before, { ...after, screening });
  return after;
}

export const processingImportHandlers: PartialHandlers<'processing.importPreview' | 'processing.import'> = {
  'processing.importPreview': async (input, ctx) => {
    const vault = ctx.session.vault();
    const parsed = await parse(vault.db, input.base64);
    return vault.transaction(() => plan(vault.db, ctx, parsed, input.replaceExisting).preview);
  },

  'processing.import': async (input, ctx) => {
    const vault = ctx.session.vault();
    const parsed = await parse(vault.db, input.base64);
    return vault.transaction(() => {
      const { preview, operations } = plan(vault.db, ctx, parsed, input.replaceExisting);
      if (!preview.valid) {
        const issues = [
          ...preview.fileErrors.map((message) => ({ path: '(fichier)', message })),
          ...preview.rows.flatMap((r) => r.errors.map((e) => ({ path: `${e.sheet}${e.row ? `!A${e.row}` : ''}`, message: e.message }))),
        ];
        throw new DomainError(
          'VALIDATION',
          `Import refusé : ${preview.errorCount} erreur(s) dans le classeur. Rien n’a été écrit ; corrigez les lignes signalées (ou consultez l’aperçu) puis relancez l’import.`,
          issues.slice(0, 200),
        );
      }
      const written = operations.map((op) => write(vault.db, ctx, op));
      const sha256 = createHash('sha256').update(Buffer.from(input.base64, 'base64')).digest('hex');
      ctx.audit('processing.import', 'processing', 'register', null, { fiches: written.length, sha256 });
      return {
        created: operations.filter((o) => o.existingId === null).length,
        updated: operations.filter((o) => o.existingId !== null).length,
        references: written.map((e) => e.reference),
      };
    });
  },
};
