/**
 * The register of rights requests over a period, as XLSX (streamed, one row per request, real dates)
 * or PDF (summary, then one table line per request). Same lines, same summary in both.
 */
import type { Organisation } from '../../shared/schemas/organisation';
import { formatFrenchDate } from '../format';
import { renderPdf } from '../pdf/document';
import type { AuditHead } from '../pdf/page-frame';
import { addInfoSheet } from '../xlsx/info-sheet';
import { addTableSheet, renderWorkbook } from '../xlsx/workbook';
import { registerSummary, summaryPairs, type RegisterLine } from './register-lines';

export const REGISTER_TITLE = 'Registre des demandes d’exercice des droits';

export interface RegisterInput {
  organisation: Organisation;
  auditHead: AuditHead;
  generatedAt: string;
  period: { from: string; to: string };
  lines: readonly RegisterLine[];
}

const periodText = (period: RegisterInput['period']): string => `Demandes reçues du ${formatFrenchDate(period.from)} au ${formatFrenchDate(period.to)}`;

export async function registerXlsx(input: RegisterInput): Promise<Buffer> {
  const summary = registerSummary(input.lines);
  return renderWorkbook({ generatedAt: input.generatedAt }, async (wb) => {
    await addInfoSheet(wb, {
      organisation: input.organisation,
      title: REGISTER_TITLE,
      period: input.period,
      generatedAt: input.generatedAt,
      auditHead: input.auditHead,
      notes: [
        ...summaryPairs(summary),
        { label: 'Règle de délai', value: 'RGPD, art. 12(3) ; règlement 1182/71 ; jours fériés nationaux (code du travail, art. L3133-1)' },
      ],
    });
    await addTableSheet(wb, {
      name: 'Demandes',
      columns: [
        { header: 'Référence', key: 'reference', type: 'text', width: 16 },
        // The Paris day of receipt is what the deadline counts from (Reg. 1182/71 art. 3(1)); the hour is in the file.
        { header: 'Reçue le', key: 'receivedDate', type: 'date', width: 12 },
        { header: 'Canal', key: 'channel', type: 'text', width: 18 },
        { header: 'Type', key: 'type', type: 'text', width: 34 },
        { header: 'Article', key: 'article', type: 'text', width: 18 },
        { header: 'Traitements concernés', key: 'processings', type: 'list', width: 40 },
        { header: 'Profil de délai', key: 'profile', type: 'text', width: 30 },
        { header: 'Échéance (un mois)', key: 'dueDate', type: 'date', width: 14 },
        { header: 'Prolongée', key: 'extended', type: 'boolean' },
        { header: 'Échéance prolongée', key: 'extendedDueDate', type: 'date', width: 14 },
        { header: 'Échéance en vigueur', key: 'effectiveDueDate', type: 'date', width: 14 },
        { header: 'Répondue le', key: 'answeredDate', type: 'date', width: 14 },
        { header: 'Respect du délai', key: 'timeliness', type: 'text', width: 26 },
        { header: 'Jours de retard', key: 'lateDays', type: 'number' },
        { header: 'Issue', key: 'outcome', type: 'text', width: 34 },
        { header: 'État', key: 'state', type: 'text', width: 26 },
      ],
      rows: (function* () {
        for (const l of input.lines) yield { ...l, timeliness: l.timelinessLabel };
      })(),
    });
  });
}

export async function registerPdf(input: RegisterInput): Promise<Buffer> {
  const summary = registerSummary(input.lines);
  return renderPdf(
    { organisation: input.organisation, auditHead: input.auditHead, generatedAt: input.generatedAt, title: REGISTER_TITLE, subject: periodText(input.period), pagination: 'streamed' },
    async (doc) => {
      doc.title(REGISTER_TITLE, periodText(input.period));
      doc.heading('Synthèse');
      doc.keyValues(summaryPairs(summary));
      doc.paragraph(
        'Échéance : un mois à compter de la réception (RGPD, art. 12(3)), calculée selon le règlement 1182/71 avec les jours fériés nationaux ; ' +
          'trois mois à compter de la réception lorsqu’une prolongation motivée a été notifiée dans le premier mois. Le retard se compte en jours calendaires après l’échéance en vigueur.',
        { muted: true },
      );
      doc.heading('Demandes');
      if (input.lines.length === 0) {
        doc.paragraph('Aucune demande reçue sur cette période.');
        return;
      }
      await doc.longTable({
        columns: [
          { header: 'Référence', width: 17 },
          { header: 'Reçue le', width: 13 },
          { header: 'Type', width: 16 },
          { header: 'Échéance', width: 17 },
          { header: 'Répondue le', width: 13 },
          { header: 'Délai', width: 12 },
          { header: 'Issue', width: 12 },
        ],
        rows: (function* () {
          for (const l of input.lines) {
            yield [
              l.reference,
              formatFrenchDate(l.receivedDate),
              l.processings.length > 0 ? `${l.type}\nTraitements concernés : ${l.processings.join(', ')}` : l.type,
              l.extendedDueDate ? `${formatFrenchDate(l.dueDate)}\nprolongée au ${formatFrenchDate(l.extendedDueDate)}` : formatFrenchDate(l.dueDate),
              l.answeredDate ? formatFrenchDate(l.answeredDate) : '—',
              l.timelinessLabel,
              l.outcome || l.state,
            ];
          }
        })(),
      });
    },
  );
}
