/**
 * Handlers of the processors module (issue 6, GDPR Art. 28 and 44-49): processors, their contracts
 * and Art. 28 checklists, contract documents, alerts, and the processor register export. Every change
 * writes its audit row in the same transaction (the service runs `write` handlers inside one).
 */
import { createHash } from 'node:crypto';
import { ART28_CHECKLIST, ART28_STATUS_LABELS, ART28_STATUSES } from '../../core/art28';
import { CERTIFICATION_KINDS, CERTIFICATION_LABELS } from '../../core/processor-alerts';
import { parisDateOf } from '../../core/time';
import {
  ADEQUACY_DECISIONS,
  ADEQUACY_LIST_AS_OF,
  ART49_POINT_LABELS,
  ART49_POINTS,
  EEA_COUNTRIES,
  SCC_MODULE_LABELS,
  SCC_MODULES,
  TRANSFER_MECHANISM_LABELS,
} from '../../core/transfers';
import { DomainError } from '../../shared/errors';
import { AUTHORISATION_KINDS, AUTHORISATION_LABELS, type ProcessorRecord, type SubProcessorRecord } from '../../shared/schemas/processor';
import { newId } from '../../store/ids';
import { processingCounts, processingsOfProcessor } from '../../store/repos/processings';
import {
  contractsByProcessor,
  contractsOf,
  deleteContract,
  deleteDocument,
  deleteProcessor,
  documentMeta,
  documentMetas,
  findContract,
  findProcessor,
  insertContract,
  insertProcessor,
  listProcessors,
  nextProcessorSeq,
  findProcessorByName,
  processorReference,
  putDocument,
  readDocument,
  updateContract,
  updateProcessor,
  type ContractEntity,
  type ProcessorEntity,
  type StoredProcessor,
  type StoredSubProcessor,
} from '../../store/repos/processors';
import type { Db } from '../../store/sqlite';
import type { HandlerContext, PartialHandlers } from '../context';
import { checkDocument } from './processor-document';
import { processorExportHandlers } from './processor-export';
import { assertProcessorUnlinked, processorLinks } from './processing-links';
import { alertsOf, contractView, processorDetail, processorRow, severityRank } from './processor-view';

const today = (ctx: HandlerContext): string => parisDateOf(ctx.now);

function load(db: Db, id: string): ProcessorEntity {
  const p = findProcessor(db, id);
  if (!p) throw new DomainError('NOT_FOUND', `Aucun sous-traitant ne porte l’identifiant « ${id} » : vérifiez-le dans la liste des sous-traitants.`);
  return p;
}

function loadContract(db: Db, id: string): ContractEntity {
  const c = findContract(db, id);
  if (!c) throw new DomainError('NOT_FOUND', `Aucun contrat ne porte l’identifiant « ${id} » : vérifiez-le sur la fiche du sous-traitant.`);
  return c;
}

function detail(ctx: HandlerContext, p: ProcessorEntity) {
  const db = ctx.session.vault().db;
  const contracts = contractsOf(db, p.id);
  const documents = new Map(contracts.flatMap((c) => {
    const meta = documentMeta(db, c.id);
    return meta ? [[c.id, meta] as const] : [];
  }));
  return processorDetail(p, { contracts, documents, today: today(ctx) }, processingsOfProcessor(db, p.id), processorLinks(db, p.id));
}

function subIds(list: readonly StoredSubProcessor[]): string[] {
  return list.flatMap((s) => [s.id, ...subIds(s.subProcessors)]);
}

/**
 * Gives every certification, location and sub-processor an id: the one it already had (so alerts
 * keep their keys across edits), or a new one.
 */
function withIds(input: ProcessorRecord, previous: StoredProcessor | null, now: number): StoredProcessor {
  const known = new Set(previous ? [...previous.certifications.map((c) => c.id), ...previous.hostingLocations.map((h) => h.id), ...subIds(previous.subProcessors)] : []);
  const used = new Set<string>();
  const keep = (id: string | undefined): string => {
    const next = id && known.has(id) && !used.has(id) ? id : newId(now);
    used.add(next);
    return next;
  };
  const subs = (list: readonly SubProcessorRecord[]): StoredSubProcessor[] =>
    list.map((s) => ({ ...s, id: keep(s.id), subProcessors: subs(s.subProcessors) }));
  return {
    ...input,
    certifications: input.certifications.map((c) => ({ ...c, id: keep(c.id) })),
    hostingLocations: input.hostingLocations.map((h) => ({ ...h, id: keep(h.id) })),
    subProcessors: subs(input.subProcessors),
  };
}

function assertUniqueName(db: Db, name: string, exceptId: string | null): void {
  const other = findProcessorByName(db, name);
  if (other && other.id !== exceptId) {
    throw new DomainError('CONFLICT', `Un sous-traitant nommé « ${other.name} » existe déjà (${other.reference}) : modifiez sa fiche ou donnez un autre nom.`, [
      { path: 'name', message: 'Nom déjà utilisé.' },
    ]);
  }
}

const EMPTY_COUNTS = { critical: 0, high: 0, medium: 0, low: 0 };

export const processorHandlers: PartialHandlers<
  | 'processor.list'
  | 'processor.get'
  | 'processor.create'
  | 'processor.update'
  | 'processor.delete'
  | 'processor.alerts'
  | 'processor.addContract'
  | 'processor.updateContract'
  | 'processor.removeContract'
  | 'processor.attachDocument'
  | 'processor.downloadDocument'
  | 'processor.removeDocument'
  | 'processor.exportRegister'
  | 'processor.vocabulary'
> = {
  'processor.list': (input, ctx) => {
    const db = ctx.session.vault().db;
    const day = today(ctx);
    const contracts = contractsByProcessor(db);
    const documents = documentMetas(db);
    const counts = processingCounts(db);
    let rows = listProcessors(db, { search: input.search, country: input.country, hostsHealthData: input.hostsHealthData }).map((p) =>
      processorRow(p, { contracts: contracts.get(p.id) ?? [], documents, today: day }, counts.get(p.id) ?? 0),
    );
    if (input.withAlerts) {
      const worst = input.withAlerts === 'any' ? 'low' : input.withAlerts;
      rows = rows.filter((r) => (Object.keys(r.alerts) as (keyof typeof r.alerts)[]).some((s) => r.alerts[s] > 0 && severityRank(s) <= severityRank(worst)));
    }
    if (input.outsideEea !== undefined) rows = rows.filter((r) => (r.transfersOutsideEea > 0) === input.outsideEea);
    const dir = input.direction === 'asc' ? 1 : -1;
    const alertWeight = (r: (typeof rows)[number]) => [r.alerts.critical, r.alerts.high, r.alerts.medium, r.alerts.low];
    const compare: Record<typeof input.sort, (a: (typeof rows)[number], b: (typeof rows)[number]) => number> = {
      name: (a, b) => a.name.localeCompare(b.name, 'fr'),
      reference: (a, b) => a.reference.localeCompare(b.reference),
      updatedAt: (a, b) => a.updatedAt.localeCompare(b.updatedAt),
      // Nulls last whatever the direction: no contract, no review date.
      completeness: (a, b) => (a.completeness ?? 101) - (b.completeness ?? 101),
      nextReview: (a, b) => (a.nextReview ?? '9999').localeCompare(b.nextReview ?? '9999'),
      alerts: (a, b) => {
        const wa = alertWeight(a);
        const wb = alertWeight(b);
        for (let i = 0; i < wa.length; i++) if ((wa[i] ?? 0) !== (wb[i] ?? 0)) return (wa[i] ?? 0) - (wb[i] ?? 0);
        return 0;
      },
    };
    rows.sort((a, b) => dir * compare[input.sort](a, b) || a.name.localeCompare(b.name, 'fr') || a.reference.localeCompare(b.reference));
    return { rows: rows.slice(input.offset, input.offset + input.limit), total: rows.length, offset: input.offset, limit: input.limit, today: day };
  },

  'processor.get': (input, ctx) => detail(ctx, load(ctx.session.vault().db, input.id)),

  'processor.create': (input, ctx) => {
    const db = ctx.session.vault().db;
    assertUniqueName(db, input.name, null);
    const year = Number(today(ctx).slice(0, 4));
    const seq = nextProcessorSeq(db, year);
    const at = ctx.now.toISOString();
    const entity: ProcessorEntity = { id: newId(ctx.now.getTime()), reference: processorReference(year, seq), record: withIds(input, null, ctx.now.getTime()), createdAt: at, updatedAt: at };
    insertProcessor(db, { ...entity, refYear: year, refSeq: seq });
    ctx.audit('processor.create', 'processor', entity.id, null, entity);
    return detail(ctx, entity);
  },

  'processor.update': (input, ctx) => {
    const db = ctx.session.vault().db;
    const before = load(db, input.id);
    assertUniqueName(db, input.processor.name, before.id);
    const after: ProcessorEntity = { ...before, record: withIds(input.processor, before.record, ctx.now.getTime()), updatedAt: ctx.now.toISOString() };
    updateProcessor(db, after.id, after.record, after.updatedAt);
    ctx.audit('processor.update', 'processor', after.id, before, after);
    return detail(ctx, after);
  },

  'processor.delete': (input, ctx) => {
    const db = ctx.session.vault().db;
    const before = load(db, input.id);
    const used = processingsOfProcessor(db, before.id);
    if (used.length > 0) {
      const names = used.slice(0, 5).map((p) => `${p.reference} « ${p.name} »`).join(', ');
      throw new DomainError('INVALID_STATE', `${before.record.name} est encore utilisé par ${used.length} traitement(s) (${names}${used.length > 5 ? '…' : ''}) : retirez-le de ces fiches avant de le supprimer.`);
    }
    // Art. 33(5): a breach still naming this processor keeps it.
    assertProcessorUnlinked(db, before.id);
    const contracts = contractsOf(db, before.id);
    deleteProcessor(db, before.id);
    ctx.audit('processor.delete', 'processor', before.id, { ...before, contracts: contracts.map((c) => c.id) }, null);
    return null;
  },

  'processor.alerts': (input, ctx) => {
    const db = ctx.session.vault().db;
    const day = today(ctx);
    const contracts = contractsByProcessor(db);
    const all = listProcessors(db).flatMap((p) => alertsOf(p, contracts.get(p.id) ?? [], day));
    const counts = { ...EMPTY_COUNTS };
    for (const a of all) counts[a.severity] += 1;
    const kept = input.severity ? all.filter((a) => severityRank(a.severity) <= severityRank(input.severity ?? 'low')) : all;
    kept.sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || a.processorName.localeCompare(b.processorName, 'fr') || a.key.localeCompare(b.key));
    return { today: day, total: all.length, counts, alerts: kept.slice(0, input.limit) };
  },

  'processor.addContract': (input, ctx) => {
    const db = ctx.session.vault().db;
    const processor = load(db, input.processorId);
    const at = ctx.now.toISOString();
    const c: ContractEntity = { id: newId(ctx.now.getTime()), processorId: processor.id, record: input.contract, createdAt: at, updatedAt: at };
    insertContract(db, c);
    ctx.audit('processor.addContract', 'processor_contract', c.id, null, c);
    return contractView(c, null);
  },

  'processor.updateContract': (input, ctx) => {
    const db = ctx.session.vault().db;
    const before = loadContract(db, input.id);
    const after: ContractEntity = { ...before, record: input.contract, updatedAt: ctx.now.toISOString() };
    updateContract(db, after.id, after.record, after.updatedAt);
    ctx.audit('processor.updateContract', 'processor_contract', after.id, before, after);
    return contractView(after, documentMeta(db, after.id));
  },

  'processor.removeContract': (input, ctx) => {
    const db = ctx.session.vault().db;
    const before = loadContract(db, input.id);
    const doc = documentMeta(db, before.id);
    deleteContract(db, before.id);
    ctx.audit('processor.removeContract', 'processor_contract', before.id, { ...before, document: doc }, null);
    return null;
  },

  'processor.attachDocument': (input, ctx) => {
    const db = ctx.session.vault().db;
    const contract = loadContract(db, input.contractId);
    const { bytes, mime } = checkDocument(input.filename, input.base64);
    const before = documentMeta(db, contract.id);
    const meta = {
      filename: input.filename,
      mime,
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      uploadedAt: ctx.now.toISOString(),
      uploadedBy: ctx.session.user().username,
    };
    putDocument(db, contract.id, meta, bytes);
    // The audit log keeps the document's SHA-256: the stored contract can be proved unaltered.
    ctx.audit('processor.attachDocument', 'processor_contract', contract.id, before, meta);
    return contractView(contract, meta);
  },

  'processor.downloadDocument': (input, ctx) => {
    const db = ctx.session.vault().db;
    loadContract(db, input.id);
    const doc = readDocument(db, input.id);
    if (!doc) throw new DomainError('NOT_FOUND', 'Aucun document n’est joint à ce contrat : joignez le contrat signé (PDF ou DOCX).');
    return { filename: doc.meta.filename, mime: doc.meta.mime, base64: doc.content.toString('base64'), sha256: doc.meta.sha256 };
  },

  'processor.removeDocument': (input, ctx) => {
    const db = ctx.session.vault().db;
    const contract = loadContract(db, input.id);
    const before = documentMeta(db, contract.id);
    if (!before) throw new DomainError('NOT_FOUND', 'Aucun document n’est joint à ce contrat.');
    deleteDocument(db, contract.id);
    ctx.audit('processor.removeDocument', 'processor_contract', contract.id, before, null);
    return contractView(contract, null);
  },

  ...processorExportHandlers,

  'processor.vocabulary': () => ({
    art28: ART28_CHECKLIST.map((i) => ({ ...i })),
    art28Statuses: ART28_STATUSES.map((id) => ({ id, ...ART28_STATUS_LABELS[id] })),
    certificationKinds: CERTIFICATION_KINDS.map((id) => ({ id, ...CERTIFICATION_LABELS[id] })),
    authorisationKinds: AUTHORISATION_KINDS.map((id) => ({ id, ...AUTHORISATION_LABELS[id] })),
    mechanisms: (Object.keys(TRANSFER_MECHANISM_LABELS) as (keyof typeof TRANSFER_MECHANISM_LABELS)[]).map((id) => ({ id, ...TRANSFER_MECHANISM_LABELS[id] })),
    sccModules: SCC_MODULES.map((id) => ({ id, ...SCC_MODULE_LABELS[id] })),
    art49Points: ART49_POINTS.map((id) => ({ id, ...ART49_POINT_LABELS[id] })),
    eeaCountries: EEA_COUNTRIES.map((c) => ({ ...c })),
    adequacy: { asOf: ADEQUACY_LIST_AS_OF, decisions: ADEQUACY_DECISIONS.map((d) => ({ ...d })) },
  }),
};
