/**
 * The processor register as a spreadsheet (GDPR Art. 28, 44-49): after the « Informations » tab,
 * one tab per view a DPO or an auditor works from — processors, contracts, the Art. 28 clause matrix
 * (one column per checklist key of REGULATORY.md §4), the clause-by-clause evidence, the
 * sub-processor chain, the third-country transfers and the alerts of the day.
 */
import { ART28_CHECKLIST } from '../../core/art28';
import { describeMechanism } from '../../core/transfers';
import type { Organisation } from '../../shared/schemas/organisation';
import type { ProcessorDetail } from '../../shared/schemas/processor';
import type { AuditHead } from '../pdf/page-frame';
import type { CellInput } from '../xlsx/cells';
import { addInfoSheet } from '../xlsx/info-sheet';
import { addTableSheet, renderWorkbook, type SheetColumn } from '../xlsx/workbook';
import {
  addressFr,
  AUTHORISATION_FR,
  certificationsFr,
  chainRows,
  CLAUSE_STATUS_FR,
  MECHANISM_SOURCE_FR,
  personFr,
  PROCESSOR_REGISTER_TITLE,
  SEVERITY_FR,
  VIA_FR,
} from './labels';

export interface ProcessorRegisterInput {
  organisation: Organisation;
  auditHead: AuditHead;
  generatedAt: string;
  /** Europe/Paris day the alerts were computed for. */
  today: string;
  processors: readonly ProcessorDetail[];
}

type Row = Record<string, CellInput>;

export const PROCESSOR_SHEETS = {
  processors: 'Sous-traitants',
  contracts: 'Contrats',
  matrix: 'Matrice art. 28',
  clauses: 'Clauses détaillées',
  chain: 'Sous-traitants ultérieurs',
  transfers: 'Transferts hors EEE',
  alerts: 'Alertes',
} as const;

const PROCESSOR_COLUMNS: SheetColumn[] = [
  { key: 'reference', header: 'Réf.', type: 'text', width: 15 },
  { key: 'name', header: 'Sous-traitant', type: 'text', width: 30 },
  { key: 'identifier', header: 'SIREN ou identifiant', type: 'text', width: 18 },
  { key: 'address', header: 'Adresse', type: 'text', width: 40 },
  { key: 'country', header: 'Pays', type: 'text', width: 16 },
  { key: 'service', header: 'Prestation', type: 'text', width: 40 },
  { key: 'health', header: 'Héberge des données de santé', type: 'boolean', width: 14 },
  { key: 'certifications', header: 'Certifications', type: 'list', width: 45 },
  { key: 'hosting', header: 'Lieux d’hébergement', type: 'list', width: 35 },
  { key: 'business', header: 'Contact métier', type: 'text', width: 30 },
  { key: 'legal', header: 'Contact juridique', type: 'text', width: 30 },
  { key: 'dpo', header: 'DPO du sous-traitant', type: 'text', width: 30 },
  { key: 'contracts', header: 'Contrats', type: 'number', width: 10 },
  { key: 'completeness', header: 'Complétude art. 28 (%)', type: 'number', width: 12 },
  { key: 'alerts', header: 'Alertes', type: 'number', width: 9 },
  { key: 'processings', header: 'Traitements concernés', type: 'list', width: 40 },
];

const CONTRACT_COLUMNS: SheetColumn[] = [
  { key: 'processorRef', header: 'Réf. sous-traitant', type: 'text', width: 15 },
  { key: 'processor', header: 'Sous-traitant', type: 'text', width: 28 },
  { key: 'title', header: 'Contrat', type: 'text', width: 35 },
  { key: 'signedOn', header: 'Signé le', type: 'date' },
  { key: 'duration', header: 'Durée (mois)', type: 'number', width: 10 },
  { key: 'endsOn', header: 'Fin', type: 'date' },
  { key: 'tacit', header: 'Reconduction tacite', type: 'boolean', width: 12 },
  { key: 'reviewDate', header: 'Revue prévue', type: 'date' },
  { key: 'completeness', header: 'Complétude art. 28 (%)', type: 'number', width: 12 },
  { key: 'missing', header: 'Clauses obligatoires absentes ou non vérifiées', type: 'list', width: 50 },
  { key: 'partial', header: 'Clauses partielles', type: 'list', width: 40 },
  { key: 'document', header: 'Document joint', type: 'text', width: 30 },
  { key: 'sha256', header: 'SHA-256 du document', type: 'text', width: 66 },
];

/** One column per Art. 28 checklist key, headed by its article and its French label. */
const MATRIX_COLUMNS: SheetColumn[] = [
  { key: 'processor', header: 'Sous-traitant', type: 'text', width: 28 },
  { key: 'contract', header: 'Contrat', type: 'text', width: 30 },
  ...ART28_CHECKLIST.map((item) => ({ key: item.key, header: `${item.article} — ${item.labelFr}`, type: 'text' as const, width: 16 })),
];

const CLAUSE_COLUMNS: SheetColumn[] = [
  { key: 'processor', header: 'Sous-traitant', type: 'text', width: 28 },
  { key: 'contract', header: 'Contrat', type: 'text', width: 30 },
  { key: 'article', header: 'Article', type: 'text', width: 18 },
  { key: 'clause', header: 'Clause', type: 'text', width: 60 },
  { key: 'kind', header: 'Nature', type: 'text', width: 14 },
  { key: 'status', header: 'Statut', type: 'text', width: 14 },
  { key: 'section', header: 'Section du contrat', type: 'text', width: 18 },
  { key: 'comment', header: 'Commentaire', type: 'text', width: 50 },
];

const CHAIN_COLUMNS: SheetColumn[] = [
  { key: 'processor', header: 'Sous-traitant', type: 'text', width: 28 },
  { key: 'level', header: 'Rang', type: 'number', width: 7 },
  { key: 'parent', header: 'Recruté par', type: 'text', width: 28 },
  { key: 'name', header: 'Sous-traitant ultérieur', type: 'text', width: 28 },
  { key: 'country', header: 'Pays', type: 'text', width: 16 },
  { key: 'service', header: 'Prestation', type: 'text', width: 35 },
  { key: 'authorisation', header: 'Autorisation (art. 28(2))', type: 'text', width: 30 },
  { key: 'authorisedOn', header: 'Autorisé le', type: 'date' },
  { key: 'objection', header: 'Délai d’opposition (jours)', type: 'number', width: 12 },
  { key: 'flowDown', header: 'Obligations répercutées (art. 28(4))', type: 'boolean', width: 14 },
  { key: 'mechanism', header: 'Encadrement du transfert', type: 'text', width: 40 },
];

const TRANSFER_COLUMNS: SheetColumn[] = [
  { key: 'processor', header: 'Sous-traitant', type: 'text', width: 28 },
  { key: 'via', header: 'Origine', type: 'text', width: 26 },
  { key: 'recipient', header: 'Destinataire', type: 'text', width: 30 },
  { key: 'country', header: 'Pays', type: 'text', width: 16 },
  { key: 'mechanism', header: 'Encadrement', type: 'text', width: 45 },
  { key: 'source', header: 'Source de l’encadrement', type: 'text', width: 26 },
  { key: 'documentation', header: 'Documentation', type: 'text', width: 35 },
  { key: 'tia', header: 'Analyse d’impact du transfert', type: 'date' },
  { key: 'issue', header: 'Point à traiter', type: 'text', width: 60 },
];

const ALERT_COLUMNS: SheetColumn[] = [
  { key: 'severity', header: 'Gravité', type: 'text', width: 10 },
  { key: 'processor', header: 'Sous-traitant', type: 'text', width: 28 },
  { key: 'article', header: 'Fondement', type: 'text', width: 20 },
  { key: 'message', header: 'Alerte', type: 'text', width: 100 },
];

const KIND_FR: Record<string, string> = { mandatory: 'Obligatoire', optional_evidence: 'Facultative', recommended: 'Recommandée', risk_flag: 'Point de vigilance' };

function* processorRows(list: readonly ProcessorDetail[]): Generator<Row> {
  for (const p of list) {
    const completeness = p.contracts.map((c) => c.completeness);
    yield {
      reference: p.reference,
      name: p.name,
      identifier: p.siren || p.foreignIdentifier,
      address: addressFr(p),
      country: p.countryNameFr,
      service: p.service,
      health: p.hostsHealthData,
      certifications: certificationsFr(p),
      hosting: p.hostingLocations.map((h) => [h.countryNameFr, h.description].filter((x) => x !== '').join(' — ')),
      business: personFr(p.contacts.business),
      legal: personFr(p.contacts.legal),
      dpo: personFr(p.contacts.dpo),
      contracts: p.contracts.length,
      completeness: completeness.length === 0 ? null : Math.min(...completeness),
      alerts: p.alerts.length,
      processings: p.processings.map((x) => `${x.reference} ${x.name}`),
    };
  }
}

const clauseName = (key: string): string => {
  const item = ART28_CHECKLIST.find((i) => i.key === key);
  return item ? `${item.article} ${item.labelFr}` : key;
};

export async function processorRegisterXlsx(input: ProcessorRegisterInput): Promise<Buffer> {
  const list = input.processors;
  return renderWorkbook({ generatedAt: input.generatedAt }, async (wb) => {
    await addInfoSheet(wb, {
      organisation: input.organisation,
      title: PROCESSOR_REGISTER_TITLE,
      generatedAt: input.generatedAt,
      auditHead: input.auditHead,
      notes: [
        { label: 'Sous-traitants', value: String(list.length) },
        { label: 'Contrats', value: String(list.reduce((n, p) => n + p.contracts.length, 0)) },
        { label: 'Alertes au jour de l’export', value: String(list.reduce((n, p) => n + p.alerts.length, 0)) },
        { label: 'Lecture de la matrice', value: 'Une ligne par contrat, une colonne par exigence de l’article 28 : Présente, Partielle, Absente, Non applicable ou Non vérifiée.' },
      ],
    });
    await addTableSheet(wb, { name: PROCESSOR_SHEETS.processors, columns: PROCESSOR_COLUMNS, rows: processorRows(list) });
    await addTableSheet(wb, {
      name: PROCESSOR_SHEETS.contracts,
      columns: CONTRACT_COLUMNS,
      rows: (function* (): Generator<Row> {
        for (const p of list) {
          for (const c of p.contracts) {
            yield {
              processorRef: p.reference,
              processor: p.name,
              title: c.title,
              signedOn: c.signedOn,
              duration: c.durationMonths,
              endsOn: c.endsOn,
              tacit: c.tacitRenewal,
              reviewDate: c.effectiveReviewDate,
              completeness: c.completeness,
              missing: c.missingMandatory.map(clauseName),
              partial: c.partialMandatory.map(clauseName),
              document: c.document?.filename ?? 'Aucun',
              sha256: c.document?.sha256 ?? '',
            };
          }
        }
      })(),
    });
    await addTableSheet(wb, {
      name: PROCESSOR_SHEETS.matrix,
      columns: MATRIX_COLUMNS,
      rows: (function* (): Generator<Row> {
        for (const p of list) {
          for (const c of p.contracts) {
            const row: Row = { processor: p.name, contract: c.title };
            for (const clause of c.clauses) row[clause.key] = CLAUSE_STATUS_FR[clause.status] ?? clause.status;
            yield row;
          }
        }
      })(),
    });
    await addTableSheet(wb, {
      name: PROCESSOR_SHEETS.clauses,
      columns: CLAUSE_COLUMNS,
      rows: (function* (): Generator<Row> {
        for (const p of list) {
          for (const c of p.contracts) {
            for (const clause of c.clauses) {
              yield {
                processor: p.name,
                contract: c.title,
                article: clause.article,
                clause: clause.labelFr,
                kind: KIND_FR[clause.kind] ?? clause.kind,
                status: CLAUSE_STATUS_FR[clause.status] ?? clause.status,
                section: clause.section,
                comment: clause.comment || (clause.noteFr ?? ''),
              };
            }
          }
        }
      })(),
    });
    await addTableSheet(wb, {
      name: PROCESSOR_SHEETS.chain,
      columns: CHAIN_COLUMNS,
      rows: (function* (): Generator<Row> {
        for (const p of list) {
          for (const { level, parent, sub } of chainRows(p)) {
            yield {
              processor: p.name,
              level,
              parent,
              name: sub.name,
              country: sub.countryNameFr,
              service: sub.service,
              authorisation: AUTHORISATION_FR(sub.authorisation.kind),
              authorisedOn: sub.authorisation.date,
              objection: sub.authorisation.objectionWindowDays,
              flowDown: sub.flowDown,
              mechanism: sub.mechanism ? describeMechanism(sub.mechanism) : '',
            };
          }
        }
      })(),
    });
    await addTableSheet(wb, {
      name: PROCESSOR_SHEETS.transfers,
      columns: TRANSFER_COLUMNS,
      rows: (function* (): Generator<Row> {
        for (const p of list) {
          for (const t of p.transfers) {
            yield {
              processor: p.name,
              via: VIA_FR[t.via],
              recipient: t.recipientName,
              country: t.countryNameFr,
              mechanism: t.mechanismFr,
              source: MECHANISM_SOURCE_FR[t.mechanismSource],
              documentation: t.mechanism.documentation,
              tia: t.tiaDate,
              issue: t.issueFr ?? '',
            };
          }
        }
      })(),
    });
    await addTableSheet(wb, {
      name: PROCESSOR_SHEETS.alerts,
      columns: ALERT_COLUMNS,
      rows: (function* (): Generator<Row> {
        for (const p of list) {
          for (const a of p.alerts) yield { severity: SEVERITY_FR[a.severity] ?? a.severity, processor: p.name, article: a.article, message: a.messageFr };
        }
      })(),
    });
  });
}
