/**
 * The register of processing activities as a PDF (GDPR Art. 30(1) or 30(2), Art. 30(3): in writing,
 * Art. 30(4): made available to the CNIL on request). A list of activities, then one fiche per
 * activity in the order of the CNIL model, with what each fiche still lacks printed in a box.
 */
import { DPIA_OUTCOME_LABELS } from '../../core/dpia-screening';
import {
  ART9_CONDITIONS,
  DATA_CATEGORIES,
  FINAL_FATES,
  LEGAL_BASES,
  PROCESSING_ROLES,
  RECIPIENT_TYPES,
  SECURITY_MEASURE_TYPES,
  SENSITIVE_CATEGORIES,
  vocabularyLabel,
} from '../../core/ropa-vocabulary';
import { DPIA_STATUS_LABELS, PROCESSING_STATUS_LABELS, type ProcessingDetail } from '../../shared/schemas/processing';
import { renderPdf, type ReportDocument } from '../pdf/document';
import { formatFrenchDate, formatParisDateTime } from '../format';
import { criterionCell, LABELS, SECTIONS } from './fiche-layout';
import { REGISTER_TITLES, type RopaRegisterInput } from './register-xlsx';

const dateFr = (d: string | null): string => (d ? formatFrenchDate(d) : '');
const label = (list: Parameters<typeof vocabularyLabel>[0], id: string): string => vocabularyLabel(list, id);
const actor = (a: { name: string; address: string; postalCode: string; city: string; country: string; phone: string; email: string }): string =>
  [a.name, a.address, `${a.postalCode} ${a.city}`.trim(), a.country, a.phone, a.email].filter((x) => x.trim() !== '').join(', ');

function fiche(doc: ReportDocument, p: ProcessingDetail, input: RopaRegisterInput): void {
  const org = input.organisation;
  doc.heading(`${p.reference} — ${p.name}`);
  if (p.completeness.missing.length > 0) {
    doc.missingInformation(
      p.completeness.missing.map((m) => `${m.messageFr} (${m.article})`),
      `Fiche complète à ${p.completeness.percent} % ; informations à compléter :`,
    );
  }
  doc.heading(SECTIONS.description, 2);
  doc.keyValues([
    { label: LABELS.name, value: p.name },
    { label: LABELS.reference, value: p.reference },
    { label: LABELS.createdOn, value: dateFr(p.createdOn) },
    { label: LABELS.updatedOn, value: formatParisDateTime(p.updatedAt) },
    { label: LABELS.role, value: label(PROCESSING_ROLES, p.role) },
    { label: LABELS.status, value: PROCESSING_STATUS_LABELS[p.status].fr + (p.validatedAt ? ` le ${formatParisDateTime(p.validatedAt)} par ${p.validatedBy ?? ''}` : '') },
    { label: LABELS.reviewDate, value: dateFr(p.reviewDate) + (p.reviewOverdue ? ' (dépassée)' : '') },
    { label: LABELS.description, value: p.description },
  ]);

  doc.heading(SECTIONS.actors, 2);
  doc.keyValues([
    { label: p.role === 'processor' ? LABELS.processorSelf : LABELS.controller, value: [org.name, org.address.street, `${org.address.postalCode} ${org.address.city}`.trim()].filter((x) => x.trim() !== '').join(', ') },
    { label: LABELS.dpo, value: [org.dpoName, org.dpoEmail, org.dpoPhone].filter((x) => x.trim() !== '').join(', ') },
    ...p.jointControllers.map((j) => ({ label: LABELS.jointController, value: actor(j) })),
    ...p.controllersServed.map((c) => ({ label: LABELS.controllerServed, value: `${actor(c)}${c.categoriesOfProcessing ? ` — ${c.categoriesOfProcessing}` : ''}` })),
  ]);

  if (p.purposes.length > 0) {
    doc.heading(SECTIONS.purposes, 2);
    doc.table({
      columns: [
        { header: 'Finalité', width: 40 },
        { header: 'Base(s) légale(s) (art. 6(1))', width: 35 },
        { header: 'Justification', width: 25 },
      ],
      rows: p.purposes.map((x) => [x.label, x.legalBases.map((b) => label(LEGAL_BASES, b)).join(' ; '), x.justification]),
    });
  }

  doc.heading('Catégories de données, durées de conservation et sort final', 2);
  if (p.dataCategories.length > 0) {
    doc.table({
      columns: [
        { header: 'Catégorie', width: 26 },
        { header: 'Description', width: 30 },
        { header: 'Durée de conservation', width: 24 },
        { header: 'Sort final', width: 20 },
      ],
      rows: p.dataCategories.map((c) => [
        label([...DATA_CATEGORIES, ...SENSITIVE_CATEGORIES], c.category) + (c.sensitive ? ' (sensible)' : ''),
        c.description,
        c.retention,
        c.finalFate ? label(FINAL_FATES, c.finalFate) : '',
      ]),
    });
  }
  if (p.sensitive || p.art9Conditions.length > 0) {
    doc.keyValues([{ label: LABELS.art9, value: p.art9Conditions.map((c) => label(ART9_CONDITIONS, c)).join(' ; ') }]);
  }

  doc.heading(SECTIONS.subjects, 2);
  doc.keyValues([
    ...p.subjectCategories.map((s) => ({ label: LABELS.subject, value: s.details ? `${s.label} — ${s.details}` : s.label })),
    { label: LABELS.volume, value: p.subjectVolume },
    { label: LABELS.origin, value: p.dataOrigin },
  ]);

  if (p.recipients.length > 0) {
    doc.heading(SECTIONS.recipients, 2);
    doc.table({ columns: [{ header: 'Type de destinataire', width: 35 }, { header: 'Précisions', width: 65 }], rows: p.recipients.map((r) => [label(RECIPIENT_TYPES, r.type), r.details]) });
  }

  doc.heading(`${SECTIONS.processors} et ${SECTIONS.transfers.toLowerCase()}`, 2);
  doc.keyValues([{ label: SECTIONS.processors, value: p.processors.map((x) => `${x.name} (${x.reference})`).join(' ; ') || 'Aucun' }]);
  if (p.transfers.length > 0) {
    doc.table({
      columns: [
        { header: 'Destinataire', width: 28 },
        { header: 'Pays', width: 16 },
        { header: 'Type de garanties', width: 34 },
        { header: 'Point à traiter', width: 22 },
      ],
      rows: p.transfers.map((t) => [t.recipientName, t.countryNameFr, t.mechanismFr, t.issueFr ?? '']),
    });
  } else {
    doc.paragraph('Aucun transfert hors de l’Espace économique européen d’après les sous-traitants de ce traitement.', { muted: true });
  }

  if (p.securityMeasures.length > 0) {
    doc.heading(SECTIONS.security, 2);
    doc.table({ columns: [{ header: 'Type de mesure', width: 35 }, { header: 'Précisions', width: 65 }], rows: p.securityMeasures.map((m) => [label(SECURITY_MEASURE_TYPES, m.type), m.details]) });
  }

  if (p.role !== 'processor') {
    doc.heading(SECTIONS.dpia, 2);
    const s = p.dpia.screening;
    const f = p.dpia.followUp;
    const criteria = s ? (['art35_3', 'cnil', 'wp248'] as const).flatMap((src) => Object.entries(s.answers[src] ?? {}).filter(([, v]) => v).map(([id]) => criterionCell(src, id))) : [];
    doc.keyValues([
      { label: LABELS.dpiaOutcome, value: s ? `${DPIA_OUTCOME_LABELS[s.outcome].fr} — ${s.summaryFr}` : 'Test non réalisé' },
      { label: LABELS.dpiaDate, value: s ? formatParisDateTime(s.screenedAt) : '' },
      { label: LABELS.dpiaCriteria, value: criteria.join(' ; ') },
      { label: LABELS.dpiaComment, value: s?.comment ?? '' },
      { label: LABELS.dpiaStatus, value: DPIA_STATUS_LABELS[f.status].fr },
      { label: LABELS.dpiaDone, value: dateFr(f.doneOn) },
      { label: LABELS.dpiaNextReview, value: dateFr(f.nextReview) },
      { label: LABELS.dpiaLink, value: f.documentLink },
    ]);
  }
}

export async function ropaRegisterPdf(input: RopaRegisterInput): Promise<Buffer> {
  const title = REGISTER_TITLES[input.record];
  return renderPdf({ organisation: input.organisation, auditHead: input.auditHead, generatedAt: input.generatedAt, title, pagination: 'streamed' }, async (doc) => {
    doc.title(title, `${input.processings.length} fiche(s) — présentation du modèle de registre de la CNIL`);
    doc.heading('Liste des activités');
    await doc.longTable({
      columns: [
        { header: 'N° / RÉF', width: 14 },
        { header: 'Nom du traitement', width: 26 },
        { header: 'Finalité principale', width: 27 },
        { header: 'Sensibles', width: 12 },
        { header: 'Complétude', width: 13, align: 'right' },
        { header: 'AIPD', width: 14 },
      ],
      rows: input.processings.map((p) => [
        p.reference,
        p.name,
        p.purposes[0]?.label ?? '',
        p.sensitive ? 'Oui' : 'Non',
        `${p.completeness.percent} %`,
        p.dpia.screening ? DPIA_OUTCOME_LABELS[p.dpia.screening.outcome].fr : 'Non testé',
      ]),
    });
    for (const p of input.processings) {
      fiche(doc, p, input);
      await doc.breathe();
    }
  });
}
