/**
 * The processor register as a PDF (GDPR Art. 28, 44-49): a summary table, then one section per
 * processor — identity, certifications, contracts with their Art. 28 clause matrix, sub-processor
 * chain, third-country transfers and the alerts of the day. Gaps are printed, never hidden.
 */
import { describeMechanism } from '../../core/transfers';
import type { ProcessorDetail } from '../../shared/schemas/processor';
import { renderPdf, type ReportDocument } from '../pdf/document';
import { formatFrenchDate } from '../format';
import {
  addressFr,
  AUTHORISATION_FR,
  certificationsFr,
  chainRows,
  CLAUSE_STATUS_FR,
  dateFr,
  personFr,
  PROCESSOR_REGISTER_TITLE,
  SEVERITY_FR,
  VIA_FR,
} from './labels';
import type { ProcessorRegisterInput } from './register-xlsx';

const yesNo = (b: boolean): string => (b ? 'Oui' : 'Non');

function processorSection(doc: ReportDocument, p: ProcessorDetail): void {
  doc.heading(`${p.reference} — ${p.name}`);
  doc.keyValues([
    { label: 'SIREN ou identifiant', value: p.siren || p.foreignIdentifier },
    { label: 'Adresse', value: addressFr(p) },
    { label: 'Prestation', value: p.service },
    { label: 'Héberge des données de santé', value: yesNo(p.hostsHealthData) },
    { label: 'Certifications', value: certificationsFr(p).join(' ; ') },
    { label: 'Lieux d’hébergement', value: p.hostingLocations.map((h) => [h.countryNameFr, h.description].filter((x) => x !== '').join(' — ')).join(' ; ') },
    { label: 'Contact métier', value: personFr(p.contacts.business) },
    { label: 'Contact juridique', value: personFr(p.contacts.legal) },
    { label: 'DPO du sous-traitant', value: personFr(p.contacts.dpo) },
    { label: 'Traitements concernés', value: p.processings.map((x) => `${x.reference} ${x.name}`).join(' ; ') },
  ]);

  if (p.contracts.length === 0) {
    doc.missingInformation(['Aucun contrat de sous-traitance enregistré (art. 28(3) et 28(9)).']);
  }
  for (const c of p.contracts) {
    doc.heading(`Contrat « ${c.title} » — complétude ${c.completeness} %`, 2);
    doc.keyValues([
      { label: 'Signé le', value: dateFr(c.signedOn) },
      { label: 'Durée', value: c.durationMonths === null ? 'Indéterminée' : `${c.durationMonths} mois${c.endsOn ? ` (fin le ${formatFrenchDate(c.endsOn)})` : ''}` },
      { label: 'Reconduction tacite', value: yesNo(c.tacitRenewal) },
      { label: 'Revue prévue', value: dateFr(c.effectiveReviewDate) },
      { label: 'Document', value: c.document ? `${c.document.filename} (SHA-256 ${c.document.sha256})` : 'Aucun document joint' },
    ]);
    doc.table({
      columns: [
        { header: 'Article', width: 16 },
        { header: 'Clause', width: 44 },
        { header: 'Statut', width: 14 },
        { header: 'Section', width: 10 },
        { header: 'Commentaire', width: 24 },
      ],
      rows: c.clauses.map((k) => [k.article, k.labelFr, CLAUSE_STATUS_FR[k.status] ?? k.status, k.section, k.comment]),
    });
  }

  const chain = chainRows(p);
  if (chain.length > 0) {
    doc.heading('Sous-traitants ultérieurs', 2);
    doc.table({
      columns: [
        { header: 'Sous-traitant ultérieur', width: 24 },
        { header: 'Recruté par', width: 18 },
        { header: 'Pays', width: 12 },
        { header: 'Autorisation (art. 28(2))', width: 22 },
        { header: 'Obligations répercutées', width: 12 },
        { header: 'Encadrement', width: 22 },
      ],
      rows: chain.map(({ parent, sub }) => [
        sub.name,
        parent,
        sub.countryNameFr,
        `${AUTHORISATION_FR(sub.authorisation.kind)}${sub.authorisation.objectionWindowDays ? `, opposition sous ${sub.authorisation.objectionWindowDays} j` : ''}`,
        yesNo(sub.flowDown),
        sub.mechanism ? describeMechanism(sub.mechanism) : '',
      ]),
    });
  }

  if (p.transfers.length > 0) {
    doc.heading('Transferts hors EEE', 2);
    doc.table({
      columns: [
        { header: 'Origine', width: 18 },
        { header: 'Destinataire', width: 22 },
        { header: 'Pays', width: 12 },
        { header: 'Encadrement', width: 30 },
        { header: 'Analyse d’impact', width: 18 },
      ],
      rows: p.transfers.map((t) => [VIA_FR[t.via], t.recipientName, t.countryNameFr, t.mechanismFr, dateFr(t.tiaDate)]),
    });
  }

  if (p.alerts.length > 0) {
    doc.heading('Alertes', 2);
    doc.bullets(p.alerts.map((a) => `[${SEVERITY_FR[a.severity] ?? a.severity}] ${a.messageFr} (${a.article})`));
  }
}

export async function processorRegisterPdf(input: ProcessorRegisterInput): Promise<Buffer> {
  return renderPdf(
    { organisation: input.organisation, auditHead: input.auditHead, generatedAt: input.generatedAt, title: PROCESSOR_REGISTER_TITLE, pagination: 'streamed' },
    async (doc) => {
      doc.title(PROCESSOR_REGISTER_TITLE, `Situation au ${formatFrenchDate(input.today)} — ${input.processors.length} sous-traitant(s)`);
      doc.heading('Synthèse');
      await doc.longTable({
        columns: [
          { header: 'Réf.', width: 14 },
          { header: 'Sous-traitant', width: 30 },
          { header: 'Pays', width: 14 },
          { header: 'Contrats', width: 10, align: 'right' },
          { header: 'Art. 28 (%)', width: 12, align: 'right' },
          { header: 'Alertes', width: 10, align: 'right' },
        ],
        rows: input.processors.map((p) => {
          const completeness = p.contracts.map((c) => c.completeness);
          return [
            p.reference,
            p.name,
            p.countryNameFr,
            String(p.contracts.length),
            completeness.length === 0 ? '—' : String(Math.min(...completeness)),
            String(p.alerts.length),
          ];
        }),
      });
      for (const p of input.processors) {
        processorSection(doc, p);
        await doc.breathe();
      }
    },
  );
}
