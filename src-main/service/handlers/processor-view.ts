/**
 * What the processor screens and documents show, computed from the stored records and today's date:
 * the Art. 28 evaluation of each contract, the alerts (core/processor-alerts.ts) and the third-country
 * destinations (core/transfers.ts). Nothing here is stored: alerts change with the date.
 */
import { ART28_CHECKLIST, evaluateChecklist, type Art28Key } from '../../core/art28';
import { CERTIFICATION_WARNING_DAYS, processorAlerts, type ProcessorSnapshot, type SubProcessorSnapshot } from '../../core/processor-alerts';
import { addCalendarMonths, daysBetween } from '../../core/time';
import { countryNameFr, describeMechanism, processorTransfers, type DerivedTransfer, type Location, type ProcessorTransferSnapshot } from '../../core/transfers';
import type { AlertView, ContractView, DocumentMeta, ProcessorDetail, ProcessorRow, SubProcessorView, TransferView } from '../../shared/schemas/processor';
import type { ContractEntity, ProcessorEntity, StoredProcessor, StoredSubProcessor } from '../../store/repos/processors';

export type ContractRecordLike = ContractEntity['record'];

/** Art. 28 contracts end `durationMonths` after signature (same day of the month, Reg. 1182/71 art. 3(2)(c)). */
export function contractEndsOn(c: ContractRecordLike): string | null {
  if (!c.signedOn || c.durationMonths === null) return null;
  return addCalendarMonths(c.signedOn, c.durationMonths).date;
}

/** The review date, else — for a contract that does not renew itself — its end date. */
export function effectiveReviewDate(c: ContractRecordLike): string | null {
  if (c.reviewDate) return c.reviewDate;
  return c.tacitRenewal ? null : contractEndsOn(c);
}

interface FlatSub {
  sub: StoredSubProcessor;
  /** Name shown in alerts: deeper links name their parent (« Datacenter X (sous-traitant de Y) »). */
  displayName: string;
}

export function flattenChain(list: readonly StoredSubProcessor[], parent: string | null = null): FlatSub[] {
  return list.flatMap((sub) => [
    { sub, displayName: parent ? `${sub.name} (sous-traitant de ${parent})` : sub.name },
    ...flattenChain(sub.subProcessors, sub.name),
  ]);
}

const location = (x: { country: string; mechanism: Location['mechanism']; dpfCertified: boolean }, description = ''): Location => ({
  country: x.country,
  mechanism: x.mechanism,
  dpfCertified: x.dpfCertified,
  description,
});

/** Input of core/transfers.ts: establishment, hosting locations and every link of the chain. */
export function transferSnapshot(p: ProcessorEntity): ProcessorTransferSnapshot & { subProcessors: SubProcessorSnapshot[] } {
  const r = p.record;
  return {
    id: p.id,
    name: r.name,
    establishment: location({ country: r.country, ...r.establishment }),
    hostingLocations: r.hostingLocations.map((h) => location(h, h.description)),
    subProcessors: flattenChain(r.subProcessors).map(({ sub, displayName }) => ({
      id: sub.id,
      name: displayName,
      country: sub.country,
      mechanism: sub.mechanism,
      dpfCertified: sub.dpfCertified,
      authorised: sub.authorisation.kind !== 'none',
      flowDown: sub.flowDown,
    })),
  };
}

/** Input of core/processor-alerts.ts. */
export function alertSnapshot(p: ProcessorEntity, contracts: readonly ContractEntity[]): ProcessorSnapshot {
  const t = transferSnapshot(p);
  return {
    ...t,
    contracts: contracts.map((c) => ({ id: c.id, title: c.record.title, checklist: c.record.checklist, reviewDate: effectiveReviewDate(c.record) })),
    certifications: p.record.certifications.map((c) => ({ id: c.id, kind: c.kind, label: c.label || c.kind.toUpperCase(), validUntil: c.validUntil })),
    hostsHealthData: p.record.hostsHealthData,
  };
}

export function alertsOf(p: ProcessorEntity, contracts: readonly ContractEntity[], today: string): AlertView[] {
  return processorAlerts(alertSnapshot(p, contracts), today).map((a) => ({ ...a, processorName: p.record.name }));
}

/** Transfer impact assessment dates, by the same key core/transfers.ts gives each destination. */
function tiaDates(p: ProcessorEntity, derived: readonly DerivedTransfer[]): Map<string, string | null> {
  const r = p.record;
  const out = new Map<string, string | null>();
  const flat = flattenChain(r.subProcessors);
  for (const t of derived) {
    let tia: string | null = null;
    if (t.via === 'establishment') tia = r.establishment.tiaDate;
    else if (t.via === 'hosting') tia = r.hostingLocations.find((h) => h.country === t.country && h.tiaDate)?.tiaDate ?? null;
    else tia = flat.find((f) => f.displayName === t.recipientName && f.sub.country === t.country)?.sub.tiaDate ?? null;
    out.set(t.key, tia);
  }
  return out;
}

export function toTransferView(t: DerivedTransfer, tiaDate: string | null): TransferView {
  return {
    key: t.key,
    processorId: t.processorId,
    processorName: t.processorName,
    via: t.via,
    recipientName: t.recipientName,
    country: t.country,
    countryNameFr: t.countryNameFr,
    mechanism: t.mechanism,
    mechanismFr: describeMechanism(t.mechanism),
    mechanismSource: t.mechanismSource,
    issue: t.issue,
    issueFr: t.issueFr,
    tiaDate,
    processingIds: [...t.processingIds],
  };
}

/** Third-country destinations of one processor, with their TIA dates. */
export function transfersOf(p: ProcessorEntity, processingIds: readonly string[] = []): TransferView[] {
  const derived = processorTransfers(transferSnapshot(p));
  const tia = tiaDates(p, derived);
  return derived.map((t) => ({ ...toTransferView(t, tia.get(t.key) ?? null), processingIds: [...processingIds] }));
}

/** Same derivation for derived rows coming from core's deriveTransfers (processing side). */
export function viewsOfDerived(derived: readonly DerivedTransfer[], processorsById: ReadonlyMap<string, ProcessorEntity>): TransferView[] {
  const cache = new Map<string, Map<string, string | null>>();
  return derived.map((t) => {
    let tia = cache.get(t.processorId);
    const p = processorsById.get(t.processorId);
    if (!tia && p) {
      tia = tiaDates(p, processorTransfers(transferSnapshot(p)));
      cache.set(t.processorId, tia);
    }
    return toTransferView(t, tia?.get(t.key) ?? null);
  });
}

export function contractView(c: ContractEntity, document: DocumentMeta | null): ContractView {
  const ev = evaluateChecklist(c.record.checklist);
  const answers = c.record.checklist as Partial<Record<Art28Key, { status: string; section: string; comment: string }>>;
  return {
    id: c.id,
    processorId: c.processorId,
    title: c.record.title,
    signedOn: c.record.signedOn,
    durationMonths: c.record.durationMonths,
    tacitRenewal: c.record.tacitRenewal,
    endsOn: contractEndsOn(c.record),
    reviewDate: c.record.reviewDate,
    effectiveReviewDate: effectiveReviewDate(c.record),
    notes: c.record.notes,
    checklist: c.record.checklist,
    clauses: ART28_CHECKLIST.map((item) => {
      const res = ev.perKey[item.key];
      return {
        key: item.key,
        article: item.article,
        labelFr: item.labelFr,
        kind: item.kind,
        status: res.status,
        section: answers[item.key]?.section ?? '',
        comment: answers[item.key]?.comment ?? '',
        gap: res.gap,
        noteFr: res.noteFr,
      };
    }),
    completeness: Math.floor(ev.completeness * 100),
    compliant: ev.compliant,
    missingMandatory: ev.missingMandatory,
    partialMandatory: ev.partialMandatory,
    riskFlags: ev.riskFlags,
    document,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}

export function certificationState(validUntil: string | null, today: string): 'valid' | 'expiring' | 'expired' | 'no_end_date' {
  if (validUntil === null) return 'no_end_date';
  const left = daysBetween(today, validUntil);
  if (left < 0) return 'expired';
  return left <= CERTIFICATION_WARNING_DAYS ? 'expiring' : 'valid';
}

function subView(s: StoredSubProcessor): SubProcessorView {
  return {
    id: s.id,
    name: s.name,
    country: s.country,
    countryNameFr: countryNameFr(s.country),
    service: s.service,
    authorisation: s.authorisation,
    flowDown: s.flowDown,
    mechanism: s.mechanism,
    dpfCertified: s.dpfCertified,
    tiaDate: s.tiaDate,
    subProcessors: s.subProcessors.map(subView),
  };
}

export interface ProcessorContext {
  contracts: readonly ContractEntity[];
  documents: ReadonlyMap<string, DocumentMeta>;
  today: string;
}

export function processorDetail(
  p: ProcessorEntity,
  ctx: ProcessorContext,
  processings: { id: string; reference: string; name: string }[],
  /** Breaches naming this processor (issue 6); empty for documents that do not show them. */
  links: Pick<ProcessorDetail, 'linkedBreaches' | 'linkedBreachCount'> = { linkedBreaches: [], linkedBreachCount: 0 },
): ProcessorDetail {
  const r: StoredProcessor = p.record;
  return {
    id: p.id,
    reference: p.reference,
    name: r.name,
    siren: r.siren,
    foreignIdentifier: r.foreignIdentifier,
    address: r.address,
    country: r.country,
    countryNameFr: countryNameFr(r.country),
    establishment: r.establishment,
    service: r.service,
    contacts: r.contacts,
    hostsHealthData: r.hostsHealthData,
    certifications: r.certifications.map((c) => ({ ...c, state: certificationState(c.validUntil, ctx.today) })),
    hostingLocations: r.hostingLocations.map((h) => ({ ...h, countryNameFr: countryNameFr(h.country) })),
    subProcessors: r.subProcessors.map(subView),
    notes: r.notes,
    contracts: ctx.contracts.map((c) => contractView(c, ctx.documents.get(c.id) ?? null)),
    alerts: alertsOf(p, ctx.contracts, ctx.today),
    transfers: transfersOf(p, processings.map((x) => x.id)),
    processings,
    ...links,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
}

const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;

export function processorRow(p: ProcessorEntity, ctx: ProcessorContext, processingCount: number): ProcessorRow {
  const alerts = alertsOf(p, ctx.contracts, ctx.today);
  const counts = { critical: 0, high: 0, medium: 0, low: 0 };
  for (const a of alerts) counts[a.severity] += 1;
  const completeness = ctx.contracts.map((c) => Math.floor(evaluateChecklist(c.record.checklist).completeness * 100));
  const reviews = ctx.contracts.map((c) => effectiveReviewDate(c.record)).filter((d): d is string => d !== null).sort();
  const transfers = processorTransfers(transferSnapshot(p));
  return {
    id: p.id,
    reference: p.reference,
    name: p.record.name,
    country: p.record.country,
    countryNameFr: countryNameFr(p.record.country),
    hostsHealthData: p.record.hostsHealthData,
    hdsValid: p.record.certifications.some((c) => c.kind === 'hds' && certificationState(c.validUntil, ctx.today) !== 'expired'),
    contractCount: ctx.contracts.length,
    completeness: completeness.length === 0 ? null : Math.min(...completeness),
    documentsAttached: ctx.contracts.filter((c) => ctx.documents.has(c.id)).length,
    alertCount: alerts.length,
    alerts: counts,
    topAlert: alerts[0]?.messageFr ?? null,
    alertCodes: [...new Set(alerts.map((a) => a.code))],
    nextReview: reviews[0] ?? null,
    transfersOutsideEea: transfers.length,
    subProcessorCount: flattenChain(p.record.subProcessors).length,
    processingCount,
    updatedAt: p.updatedAt,
  };
}

/** Severity rank for sorting and filtering: critical = 0. */
export const severityRank = (s: (typeof SEVERITIES)[number]): number => SEVERITIES.indexOf(s);
