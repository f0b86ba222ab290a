/**
 * The register of processing activities as a workbook in the CNIL model layout (REGULATORY.md §5):
 * « Informations » (controller and DPO, Art. 30(1)(a)), « Registre » (the list of activities, with
 * the CNIL overview columns first), then one « fiche de registre » tab per activity. Streamed: each
 * fiche is zipped before the next one starts, so 5 000 fiches cost the memory of one.
 */
import type ExcelJS from 'exceljs';
import { parisDateOf } from '../../core/time';
import type { Organisation } from '../../shared/schemas/organisation';
import { DPIA_OUTCOME_LABELS } from '../../core/dpia-screening';
import { PROCESSING_ROLES, vocabularyLabel } from '../../core/ropa-vocabulary';
import { DPIA_STATUS_LABELS, PROCESSING_STATUS_LABELS, type ProcessingDetail } from '../../shared/schemas/processing';
import type { AuditHead } from '../pdf/page-frame';
import { calendarDateCell, cleanText, NUM_FMT, type CellInput } from '../xlsx/cells';
import { addInfoSheet } from '../xlsx/info-sheet';
import { addTableSheet, assertSheetName, commitSheet, renderWorkbook, type SheetColumn, type WorkbookWriter } from '../xlsx/workbook';
import { ficheSheetName, OVERVIEW_SHEET } from './fiche-layout';
import { ficheRows, type FicheRow } from './fiche-rows';

export type RegisterRecord = 'art30_1' | 'art30_2';

export interface RopaRegisterInput {
  organisation: Organisation;
  auditHead: AuditHead;
  generatedAt: string;
  record: RegisterRecord;
  processings: readonly ProcessingDetail[];
}

export const REGISTER_TITLES: Readonly<Record<RegisterRecord, string>> = {
  art30_1: 'Registre des activités de traitement (art. 30(1) RGPD)',
  art30_2: 'Registre des catégories d’activités de traitement effectuées en tant que sous-traitant (art. 30(2) RGPD)',
};

const OVERVIEW_COLUMNS: SheetColumn[] = [
  // The CNIL model's six columns first, in its order.
  { key: 'name', header: 'Nom du traitement', type: 'text', width: 40 },
  { key: 'reference', header: 'N° / RÉF', type: 'text', width: 16 },
  { key: 'createdOn', header: 'Date de création de la fiche', type: 'date', width: 14 },
  { key: 'updatedOn', header: 'Dernière mise à jour de la fiche', type: 'date', width: 14 },
  { key: 'purpose', header: 'Finalité du traitement', type: 'text', width: 50 },
  { key: 'sensitive', header: 'Données sensibles ? Oui/non', type: 'boolean', width: 12 },
  { key: 'role', header: 'Rôle de l’organisme', type: 'text', width: 22 },
  { key: 'status', header: 'Statut de la fiche', type: 'text', width: 12 },
  { key: 'completeness', header: 'Complétude art. 30 (%)', type: 'number', width: 12 },
  { key: 'dpia', header: 'AIPD', type: 'text', width: 28 },
  { key: 'processors', header: 'Sous-traitants', type: 'list', width: 40 },
  { key: 'transfers', header: 'Transferts hors UE', type: 'list', width: 40 },
  { key: 'sheet', header: 'Onglet de la fiche', type: 'text', width: 18 },
];

const TOP: Partial<ExcelJS.Alignment> = { vertical: 'top', wrapText: true };
/**
 * One style object per kind of cell, shared by every cell of that kind: exceljs recognises an object
 * it has seen (WeakMap) instead of serialising its style again — 5 000 fiches, ~250 000 cells.
 * Never mutated: a cell gets a whole object, never a property set on its own style.
 */
const STYLE = {
  title: { font: { bold: true, size: 13, color: { argb: 'FF1F3A5F' } }, alignment: TOP },
  section: { font: { bold: true, color: { argb: 'FFFFFFFF' } }, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F3A5F' } }, alignment: TOP },
  header: { font: { bold: true, color: { argb: 'FF1F3A5F' } }, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6EBF2' } }, alignment: TOP },
  label: { font: { bold: true }, alignment: TOP },
  text: { alignment: TOP },
  date: { alignment: TOP, numFmt: NUM_FMT.date ?? 'dd/mm/yyyy' },
} satisfies Record<string, Partial<ExcelJS.Style>>;

async function addFicheSheet(wb: WorkbookWriter, name: string, rows: readonly FicheRow[]): Promise<void> {
  assertSheetName(wb, name);
  const sheet = wb.addWorksheet(name);
  sheet.columns = [{ width: 38 }, { width: 42 }, { width: 34 }, { width: 26 }, { width: 30 }, { width: 18 }, { width: 18 }, { width: 28 }, { width: 36 }];
  for (const r of rows) {
    const values = r.cells.map((c) => (c === null ? null : typeof c === 'string' ? cleanText(c) : calendarDateCell(c.date)));
    const row = sheet.addRow(values);
    r.cells.forEach((c, i) => {
      const style = r.style !== 'item' ? STYLE[r.style] : i === 0 ? STYLE.label : c !== null && typeof c !== 'string' ? STYLE.date : STYLE.text;
      row.getCell(i + 1).style = style as Partial<ExcelJS.Style>;
    });
    row.commit();
  }
  // Each fiche is in the zip before the next starts: 5 000 fiches cost the memory of one.
  await commitSheet(wb, sheet);
}

export async function ropaRegisterXlsx(input: RopaRegisterInput): Promise<Buffer> {
  const taken = new Set<string>();
  const sheets = input.processings.map((p) => ficheSheetName(p.reference, taken));
  return renderWorkbook({ generatedAt: input.generatedAt }, async (wb) => {
    await addInfoSheet(wb, {
      organisation: input.organisation,
      title: REGISTER_TITLES[input.record],
      generatedAt: input.generatedAt,
      auditHead: input.auditHead,
      notes: [
        { label: 'Fiches', value: String(input.processings.length) },
        { label: 'Présentation', value: 'Modèle de registre de la CNIL : l’onglet « Registre » liste les activités, puis une fiche de registre par activité.' },
        { label: 'Transferts hors UE', value: 'Déduits des sous-traitants de chaque fiche (hébergement, établissement, sous-traitants ultérieurs) : ils ne sont pas relus à l’import.' },
      ],
    });
    await addTableSheet(wb, {
      name: OVERVIEW_SHEET,
      columns: OVERVIEW_COLUMNS,
      rows: (function* (): Generator<Record<string, CellInput>> {
        let i = 0;
        for (const p of input.processings) {
          const s = p.dpia.screening;
          yield {
            name: p.name,
            reference: p.reference,
            createdOn: p.createdOn,
            updatedOn: parisDateOf(p.updatedAt),
            purpose: p.purposes[0]?.label ?? '',
            sensitive: p.sensitive,
            role: vocabularyLabel(PROCESSING_ROLES, p.role),
            status: PROCESSING_STATUS_LABELS[p.status].fr,
            completeness: p.completeness.percent,
            dpia: s ? `${DPIA_OUTCOME_LABELS[s.outcome].fr} — ${DPIA_STATUS_LABELS[p.dpia.followUp.status].fr.toLowerCase()}` : 'Test non réalisé',
            processors: p.processors.map((x) => x.name),
            transfers: p.transfers.map((t) => `${t.recipientName} (${t.countryNameFr})`),
            sheet: sheets[i] ?? '',
          };
          i++;
        }
      })(),
    });
    let i = 0;
    for (const p of input.processings) {
      await addFicheSheet(wb, sheets[i] ?? p.reference, ficheRows(p, input.organisation, parisDateOf(p.updatedAt)));
      i++;
    }
  });
}
