/**
 * Alerts on one processor (GDPR Art. 28, 44-49; Code de la santé publique L1111-8).
 * Pure: the processor snapshot and `today` (YYYY-MM-DD, Europe/Paris) come in, alerts go out.
 */
import { DateTime } from 'luxon';
import { DomainError } from '../shared/errors';
import { ART28_BY_KEY, type Art28Checklist, evaluateChecklist } from './art28';
import { type Location, type ProcessorTransferSnapshot, processorTransfers } from './transfers';

/** Certification kinds the DPO records for a processor. */
export const CERTIFICATION_KINDS = ['hds', 'iso27001', 'iso27701', 'secnumcloud', 'other'] as const;
export type CertificationKind = (typeof CERTIFICATION_KINDS)[number];
export const CERTIFICATION_LABELS: Readonly<Record<CertificationKind, { fr: string; en: string }>> = {
  hds: { fr: 'Hébergeur de données de santé (HDS)', en: 'Health data host (HDS)' },
  iso27001: { fr: 'ISO/IEC 27001', en: 'ISO/IEC 27001' },
  iso27701: { fr: 'ISO/IEC 27701', en: 'ISO/IEC 27701' },
  secnumcloud: { fr: 'SecNumCloud (ANSSI)', en: 'SecNumCloud (ANSSI)' },
  other: { fr: 'Autre certification', en: 'Other certification' },
};

/** Days before a certification's end date from which it is « expiring ». */
export const CERTIFICATION_WARNING_DAYS = 30;

export interface ContractSnapshot {
  id: string;
  title: string;
  checklist: Art28Checklist;
  /** Next review date agreed with the processor (YYYY-MM-DD), if any. */
  reviewDate: string | null;
}

export interface CertificationSnapshot {
  id: string;
  kind: CertificationKind;
  label: string;
  /** Last day of validity (YYYY-MM-DD); null = no end date recorded. */
  validUntil: string | null;
}

export interface SubProcessorSnapshot {
  id: string;
  name: string;
  country: string;
  mechanism?: Location['mechanism'];
  dpfCertified?: boolean;
  /** Art. 28(2): authorised in writing by the controller (specifically or under a general authorisation). */
  authorised: boolean;
  /** Art. 28(4): the same data protection obligations are imposed on it by contract. */
  flowDown: boolean;
}

export interface ProcessorSnapshot {
  id: string;
  name: string;
  establishment: Location;
  contracts: ContractSnapshot[];
  certifications: CertificationSnapshot[];
  hostingLocations: Location[];
  /** Whether it hosts health data on our behalf (CSP L1111-8). */
  hostsHealthData: boolean;
  subProcessors: SubProcessorSnapshot[];
}

export const PROCESSOR_ALERT_CODES = [
  'no_contract',
  'mandatory_clause_missing',
  'review_overdue',
  'certification_expired',
  'certification_expiring',
  'transfer_without_mechanism',
  'health_data_without_hds',
  'subprocessor_not_authorised',
  'subprocessor_without_flowdown',
] as const;
export type ProcessorAlertCode = (typeof PROCESSOR_ALERT_CODES)[number];
export type AlertSeverity = 'low' | 'medium' | 'high' | 'critical';

export interface ProcessorAlert {
  /** Stable key: one alert per processor, code and object. */
  key: string;
  code: ProcessorAlertCode;
  severity: AlertSeverity;
  processorId: string;
  entity: { kind: 'processor' | 'contract' | 'certification' | 'subprocessor' | 'transfer'; id: string };
  article: string;
  messageFr: string;
}

function parseDate(value: string): DateTime {
  const d = DateTime.fromISO(value, { zone: 'utc' });
  if (!d.isValid || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw new DomainError('VALIDATION', `Date invalide « ${value} » : utilisez le format AAAA-MM-JJ.`);
  }
  return d;
}
const daysFrom = (today: string, date: string): number => Math.round(parseDate(date).diff(parseDate(today), 'days').days);
const frDate = (date: string): string => parseDate(date).setLocale('fr').toFormat('d MMMM yyyy');

const SEVERITY_ORDER: Record<AlertSeverity, number> = { critical: 0, high: 1, medium: 2, low: 3 };

/** All alerts for one processor on `today`, most severe first. */
export function processorAlerts(p: ProcessorSnapshot, today: string): ProcessorAlert[] {
  parseDate(today);
  const alerts: ProcessorAlert[] = [];
  const push = (a: Omit<ProcessorAlert, 'processorId' | 'key'>): void => {
    alerts.push({ ...a, processorId: p.id, key: `${p.id}:${a.code}:${a.entity.id}` });
  };

  // Art. 28(3) and (9): processing by a processor is governed by a written contract.
  if (p.contracts.length === 0) {
    push({
      code: 'no_contract', severity: 'critical', entity: { kind: 'processor', id: p.id }, article: 'Art. 28(3) et 28(9)',
      messageFr: `Aucun contrat de sous-traitance n'est enregistré pour ${p.name} : joignez le contrat ou l'acte juridique qui encadre le traitement (art. 28(3) RGPD).`,
    });
  }

  for (const c of p.contracts) {
    const ev = evaluateChecklist(c.checklist);
    const gaps = [...ev.missingMandatory, ...ev.partialMandatory];
    if (gaps.length > 0) {
      const list = gaps.map((k) => `${ART28_BY_KEY[k].article} ${ART28_BY_KEY[k].labelFr.toLowerCase()}`).join(' ; ');
      push({
        code: 'mandatory_clause_missing', severity: ev.missingMandatory.length > 0 ? 'high' : 'medium',
        entity: { kind: 'contract', id: c.id }, article: 'Art. 28',
        messageFr: `Le contrat « ${c.title} » de ${p.name} n'a pas toutes les clauses obligatoires (${ev.missingMandatory.length} absente(s) ou non vérifiée(s), ${ev.partialMandatory.length} partielle(s)) : ${list}. Complétez le contrat par avenant.`,
      });
    }
    if (c.reviewDate !== null && daysFrom(today, c.reviewDate) < 0) {
      push({
        code: 'review_overdue', severity: 'medium', entity: { kind: 'contract', id: c.id }, article: 'Art. 28(1) et 24(1)',
        messageFr: `La revue du contrat « ${c.title} » de ${p.name} était prévue le ${frDate(c.reviewDate)} : réexaminez les garanties du sous-traitant et fixez la prochaine date de revue.`,
      });
    }
  }

  for (const cert of p.certifications) {
    if (cert.validUntil === null) continue;
    const left = daysFrom(today, cert.validUntil);
    const critical = cert.kind === 'hds' && p.hostsHealthData;
    if (left < 0) {
      push({
        code: 'certification_expired', severity: critical ? 'critical' : 'medium',
        entity: { kind: 'certification', id: cert.id }, article: critical ? 'CSP L1111-8' : 'Art. 28(1) et 28(5)',
        messageFr: `La certification « ${cert.label} » de ${p.name} a expiré le ${frDate(cert.validUntil)} : demandez le certificat renouvelé.`,
      });
    } else if (left <= CERTIFICATION_WARNING_DAYS) {
      push({
        code: 'certification_expiring', severity: critical ? 'high' : 'low',
        entity: { kind: 'certification', id: cert.id }, article: critical ? 'CSP L1111-8' : 'Art. 28(1) et 28(5)',
        messageFr: `La certification « ${cert.label} » de ${p.name} expire le ${frDate(cert.validUntil)} (dans ${left} jour${left > 1 ? 's' : ''}) : demandez le certificat renouvelé avant cette date.`,
      });
    }
  }

  // Art. 44: every third-country destination needs a Chapter V mechanism.
  const snapshot: ProcessorTransferSnapshot = {
    id: p.id, name: p.name, establishment: p.establishment, hostingLocations: p.hostingLocations, subProcessors: p.subProcessors,
  };
  for (const t of processorTransfers(snapshot)) {
    if (t.issue === null || t.issueFr === null) continue;
    push({
      code: 'transfer_without_mechanism', severity: 'high', entity: { kind: 'transfer', id: t.key },
      article: t.issue === 'art49_undocumented' ? 'Art. 49(1) et 30(1)(e)' : 'Art. 44 à 46', messageFr: t.issueFr,
    });
  }

  // CSP L1111-8: hosting health data on behalf of others requires HDS certification, valid today.
  if (p.hostsHealthData) {
    const validHds = p.certifications.some((c) => c.kind === 'hds' && (c.validUntil === null || daysFrom(today, c.validUntil) >= 0));
    if (!validHds) {
      push({
        code: 'health_data_without_hds', severity: 'critical', entity: { kind: 'processor', id: p.id }, article: 'CSP L1111-8',
        messageFr: `${p.name} héberge des données de santé sans certification HDS valide (article L1111-8 du code de la santé publique) : obtenez son certificat HDS en cours de validité ou changez d'hébergeur.`,
      });
    }
  }

  for (const s of p.subProcessors) {
    if (!s.authorised) {
      push({
        code: 'subprocessor_not_authorised', severity: 'high', entity: { kind: 'subprocessor', id: s.id }, article: 'Art. 28(2)',
        messageFr: `Le sous-traitant ultérieur ${s.name} de ${p.name} n'a pas été autorisé par écrit (art. 28(2) RGPD) : donnez ou refusez l'autorisation, et consignez-la.`,
      });
    }
    if (!s.flowDown) {
      push({
        code: 'subprocessor_without_flowdown', severity: 'high', entity: { kind: 'subprocessor', id: s.id }, article: 'Art. 28(4)',
        messageFr: `Le contrat entre ${p.name} et son sous-traitant ${s.name} ne reprend pas les mêmes obligations de protection des données (art. 28(4) RGPD) : demandez la preuve de ces clauses.`,
      });
    }
  }

  return alerts.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.key.localeCompare(b.key));
}
