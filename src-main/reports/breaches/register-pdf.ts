/**
 * The breach register (GDPR Art. 33(5)) as a PDF: a summary of the period, then one row per breach —
 * facts, dates, effects, notification and information of the people, and the reasoning behind each
 * decision, dismissed and non-notified incidents included (EDPB 01/2021 para 15). Every field is in
 * the spreadsheet version; the PDF is the printable, signed-off view.
 */
import { clockState } from '../../core/breach-clock';
import { BREACH_NATURE_LABELS, COMMUNICATION_STATUS_LABELS, DATA_TYPE_LABELS, IMPACT_SEVERITY_LABELS } from '../../core/breach-vocabulary';
import { BREACH_STATUS_LABELS } from '../../core/breach-workflow';
import { formatFrenchDate } from '../format';
import { renderPdf, type ReportDocument } from '../pdf/document';
import { countWithPrecision, duration, paris } from './labels';
import { registerReasoning, type BreachRegisterEntry } from './register-entry';
import { REGISTER_TITLE, type RegisterInput } from './register-xlsx';

export const REGISTER_PDF_COLUMNS = ['Violation', 'Dates', 'Faits et effets', 'Notification et information', 'Motivation et mesures (art. 33(5))'] as const;

function summary(doc: ReportDocument, entries: readonly BreachRegisterEntry[]): void {
  const count = (p: (e: BreachRegisterEntry) => boolean) => String(entries.filter(p).length);
  doc.heading('Synthèse de la période');
  doc.keyValues([
    { label: 'Incidents enregistrés', value: String(entries.length) },
    { label: 'Écartés (pas une violation de données personnelles)', value: count((e) => e.workflow.status === 'dismissed') },
    { label: 'Documentés sans notification (risque peu probable)', value: count((e) => e.workflow.decision?.kind === 'document_only') },
    { label: 'Notifiés à la CNIL', value: count((e) => e.notifications.length > 0) },
    { label: 'dont notifiés après 72 h', value: count((e) => e.notifications.some((n) => n.kind === 'initial' && n.late)) },
    { label: 'Personnes informées (art. 34)', value: count((e) => e.communications.length > 0) },
    { label: 'En cours (ni closes ni écartées)', value: count((e) => e.workflow.status !== 'closed' && e.workflow.status !== 'dismissed') },
  ]);
}

function cells(e: BreachRegisterEntry): string[] {
  const f = e.facts;
  const w = e.workflow;
  const initial = e.notifications.find((n) => n.kind === 'initial') ?? null;
  const clock = w.awareAt && initial ? clockState(initial.at, w.awareAt, initial.at) : null;
  const violation = [e.reference, f.title, BREACH_STATUS_LABELS[w.status].fr].join('\n');
  const dates = [
    `Découverte : ${paris(f.timeline.discoveredAt)}`,
    w.awareAt ? `Connaissance : ${paris(w.awareAt)}` : 'Connaissance : —',
    e.dueAt ? `Échéance 72 h : ${paris(e.dueAt)}` : '',
    w.closedAt ? `Close : ${paris(w.closedAt)}` : '',
  ].filter((l) => l !== '');
  const facts = [
    f.nature.natures.length > 0 ? `Nature : ${f.nature.natures.map((n) => BREACH_NATURE_LABELS[n].fr.split(' (')[0]).join(', ')}` : 'Nature : à déterminer',
    e.processings && e.processings.length > 0 ? `Traitements concernés : ${e.processings.join(', ')}` : '',
    f.data.types.length > 0 ? `Données : ${f.data.types.map((d) => DATA_TYPE_LABELS[d].fr).join(', ')}` : '',
    `Personnes : ${countWithPrecision(f.subjects.precision, f.subjects.count) || 'non renseigné'}`,
    f.consequences.severity ? `Gravité de l’impact : ${IMPACT_SEVERITY_LABELS[f.consequences.severity].fr}` : '',
    f.description,
  ].filter((l) => l.trim() !== '');
  const notification = [
    initial
      ? `CNIL : notifiée le ${paris(initial.at)}${initial.reference ? ` (n° ${initial.reference})` : ''}${clock?.state === 'late' ? `, ${duration(clock.lateByMs)} après l’échéance` : ', dans les 72 h'}`
      : 'CNIL : non notifiée',
    ...e.notifications.filter((n) => n.kind === 'complementary').map((n) => `Complément le ${paris(n.at)}${n.reference ? ` (n° ${n.reference})` : ''}`),
    `Personnes : ${COMMUNICATION_STATUS_LABELS[e.communicationStatus].fr}${e.communications[0] ? ` (${paris(e.communications[0].at)})` : ''}`,
  ];
  const reasoning = [registerReasoning(e, true), f.remediation.taken ? `Mesures prises : ${f.remediation.taken}` : '', f.remediation.planned ? `Mesures envisagées : ${f.remediation.planned}` : ''].filter((l) => l.trim() !== '');
  return [violation, dates.join('\n'), facts.join('\n'), notification.join('\n'), reasoning.join('\n') || 'Qualification en cours.'];
}

export function breachRegisterPdf(input: RegisterInput): Promise<Buffer> {
  const period = `Violations découvertes du ${formatFrenchDate(input.period.from)} au ${formatFrenchDate(input.period.to)} (heure de Paris)`;
  return renderPdf({ organisation: input.organisation, auditHead: input.auditHead, generatedAt: input.generatedAt, title: REGISTER_TITLE, subject: period, pagination: 'streamed' }, async (doc) => {
    doc.title(REGISTER_TITLE, period);
    doc.paragraph(
      'Ce registre documente toute violation de données personnelles — y compris les incidents écartés et les violations non notifiées — avec les faits, leurs effets, les mesures prises et la motivation des décisions, pour permettre à la CNIL de vérifier le respect de l’article 33 (art. 33(5) RGPD). Le détail de chaque rubrique figure dans l’export XLSX.',
      { muted: true },
    );
    summary(doc, input.entries);
    doc.heading('Violations');
    if (input.entries.length === 0) {
      doc.paragraph('Aucune violation découverte dans la période.');
      return;
    }
    await doc.longTable({
      columns: [
        { header: REGISTER_PDF_COLUMNS[0], width: 17 },
        { header: REGISTER_PDF_COLUMNS[1], width: 18 },
        { header: REGISTER_PDF_COLUMNS[2], width: 23 },
        { header: REGISTER_PDF_COLUMNS[3], width: 18 },
        { header: REGISTER_PDF_COLUMNS[4], width: 24 },
      ],
      rows: (function* () {
        for (const e of input.entries) yield cells(e);
      })(),
    });
  });
}
