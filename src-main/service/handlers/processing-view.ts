/**
 * What the register screens and documents show for a fiche, computed when read: the Art. 30
 * completeness (core/ropa-completeness.ts), the transfers derived from the linked processors
 * (core/transfers.ts, Art. 30(1)(e)) and the DPIA state. The controller and DPO contacts are the
 * organisation's (Art. 30(1)(a)), never retyped in each fiche.
 */
import { ropaCompleteness, type Contact, type ProcessingSnapshot } from '../../core/ropa-completeness';
import { sensitiveRegime, vocabularyLabel, DATA_CATEGORIES, SENSITIVE_CATEGORIES } from '../../core/ropa-vocabulary';
import { deriveTransfers } from '../../core/transfers';
import type { Organisation } from '../../shared/schemas/organisation';
import type { DpiaScreening, ProcessingDetail, ProcessingRow } from '../../shared/schemas/processing';
import type { TransferView } from '../../shared/schemas/processor';
import type { ProcessingEntity } from '../../store/repos/processings';
import type { ProcessorEntity } from '../../store/repos/processors';
import { transferSnapshot, viewsOfDerived } from './processor-view';

const joinFilled = (parts: readonly string[], sep = ', '): string => parts.map((p) => p.trim()).filter((p) => p !== '').join(sep);

/** Art. 30(1)(a): the organisation (controller, or processor for an Art. 30(2) activity) and its DPO. */
export function organisationContacts(org: Organisation | null): { controller: Contact | null; dpo: Contact | null } {
  if (!org) return { controller: null, dpo: null };
  return {
    controller: { name: org.name, contact: joinFilled([org.address.street, joinFilled([org.address.postalCode, org.address.city], ' '), org.address.country]) },
    dpo: { name: org.dpoName, contact: joinFilled([org.dpoEmail, org.dpoPhone]) },
  };
}

const actorContact = (a: { name: string; address: string; postalCode: string; city: string; country: string; phone: string; email: string }): Contact => ({
  name: a.name,
  contact: joinFilled([a.address, joinFilled([a.postalCode, a.city], ' '), a.country, a.phone, a.email]),
});

export interface RegisterContext {
  organisation: Organisation | null;
  processors: ReadonlyMap<string, ProcessorEntity>;
  screenings: ReadonlyMap<string, DpiaScreening>;
  today: string;
}

/** Art. 30(1)(e): destinations of the processing's data, from its processors (never retyped). */
export function processingTransfers(e: ProcessingEntity, processors: ReadonlyMap<string, ProcessorEntity>): TransferView[] {
  const linked = e.processorIds.map((id) => processors.get(id)).filter((p): p is ProcessorEntity => p !== undefined);
  return viewsOfDerived(deriveTransfers([{ id: e.id, processorIds: e.processorIds }], linked.map(transferSnapshot)), processors);
}

export function isSensitive(e: ProcessingEntity): boolean {
  return e.record.dataCategories.some((c) => sensitiveRegime(c.category) !== null);
}

export function snapshotOf(e: ProcessingEntity, ctx: RegisterContext, transfers: readonly TransferView[]): ProcessingSnapshot {
  const r = e.record;
  const contacts = organisationContacts(ctx.organisation);
  return {
    id: e.id,
    name: r.name,
    reference: e.reference,
    role: r.role,
    controller: contacts.controller,
    dpo: contacts.dpo,
    jointControllers: r.jointControllers.map(actorContact),
    purposes: r.purposes.map((p) => ({ label: p.label, legalBases: p.legalBases })),
    subjectCategories: r.subjectCategories.map((s) => s.label),
    dataCategories: r.dataCategories.map((c) => ({ id: c.category, description: c.description, retention: c.retention, finalFate: c.finalFate })),
    art9Conditions: r.art9Conditions,
    recipients: r.recipients,
    transfers: transfers.map((t) => ({ key: t.key, recipientName: t.recipientName, countryNameFr: t.countryNameFr, issue: t.issue })),
    securityMeasures: r.securityMeasures,
    controllersServed: r.controllersServed.map((c) => ({ ...actorContact(c), categoriesOfProcessing: c.categoriesOfProcessing })),
    dpia: { screening: ctx.screenings.get(e.id)?.outcome ?? null, done: e.dpia.status === 'done' },
  };
}

/** Breaches and requests naming a fiche (issue 6); documents that do not show them pass NO_PROCESSING_LINKS. */
export type ProcessingLinks = Pick<ProcessingDetail, 'linkedBreaches' | 'linkedBreachCount' | 'linkedRequests' | 'linkedRequestCount'>;
export const NO_PROCESSING_LINKS: ProcessingLinks = { linkedBreaches: [], linkedBreachCount: 0, linkedRequests: [], linkedRequestCount: 0 };

export function processingDetail(e: ProcessingEntity, ctx: RegisterContext, links: ProcessingLinks = NO_PROCESSING_LINKS): ProcessingDetail {
  const r = e.record;
  const transfers = processingTransfers(e, ctx.processors);
  const c = ropaCompleteness(snapshotOf(e, ctx, transfers));
  return {
    id: e.id,
    reference: e.reference,
    name: r.name,
    role: r.role,
    status: e.status,
    description: r.description,
    jointControllers: r.jointControllers,
    controllersServed: r.controllersServed,
    purposes: r.purposes,
    art9Conditions: r.art9Conditions,
    dataCategories: r.dataCategories.map((d) => ({ ...d, sensitive: sensitiveRegime(d.category) !== null })),
    subjectCategories: r.subjectCategories,
    subjectVolume: r.subjectVolume,
    dataOrigin: r.dataOrigin,
    recipients: r.recipients,
    securityMeasures: r.securityMeasures,
    processorIds: e.processorIds,
    processors: e.processorIds.flatMap((id) => {
      const p = ctx.processors.get(id);
      return p ? [{ id: p.id, reference: p.reference, name: p.record.name, country: p.record.country }] : [];
    }),
    transfers,
    reviewDate: r.reviewDate,
    reviewOverdue: r.reviewDate !== null && r.reviewDate < ctx.today,
    sensitive: isSensitive(e),
    completeness: { record: c.record, percent: c.percent, complete: c.complete, missing: c.missing },
    dpia: { screening: ctx.screenings.get(e.id) ?? null, followUp: e.dpia },
    createdOn: e.createdOn,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
    validatedAt: e.validatedAt,
    validatedBy: e.validatedBy,
    ...links,
  };
}

export function processingRow(e: ProcessingEntity, ctx: RegisterContext): ProcessingRow {
  const transfers = processingTransfers(e, ctx.processors);
  const c = ropaCompleteness(snapshotOf(e, ctx, transfers));
  const outcome = ctx.screenings.get(e.id)?.outcome ?? null;
  return {
    id: e.id,
    reference: e.reference,
    name: e.record.name,
    role: e.record.role,
    status: e.status,
    purpose: e.record.purposes[0]?.label ?? '',
    sensitive: isSensitive(e),
    completeness: c.percent,
    missingCount: c.missing.length,
    dpiaOutcome: outcome,
    dpiaStatus: e.dpia.status,
    dpiaPending: outcome === 'required' && e.dpia.status !== 'done',
    processorCount: e.processorIds.length,
    transferCount: transfers.length,
    transferIssues: transfers.filter((t) => t.issue !== null).length,
    reviewDate: e.record.reviewDate,
    reviewOverdue: e.record.reviewDate !== null && e.record.reviewDate < ctx.today,
    updatedAt: e.updatedAt,
  };
}

/** French label of any data category id (ordinary or sensitive). */
export function categoryLabelFr(id: string): string {
  return vocabularyLabel([...DATA_CATEGORIES, ...SENSITIVE_CATEGORIES], id);
}
