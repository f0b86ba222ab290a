/**
 * The breach register (GDPR Art. 33(5)) as a spreadsheet: one row per breach with every field — real
 * dates, Oui/Non, numbers — frozen header and filters (reports/xlsx/workbook.ts), after the
 * « Informations » tab that names the controller, the DPO, the period and the audit-log head. A second
 * tab lists every notification to the CNIL with the SHA-256 of its frozen copy.
 */
import type { Writable } from 'node:stream';
import type { Organisation } from '../../shared/schemas/organisation';
import { NOTIFICATION_KIND_LABELS } from '../../shared/schemas/breach';
import type { AuditHead } from '../pdf/page-frame';
import type { CellInput } from '../xlsx/cells';
import { addInfoSheet } from '../xlsx/info-sheet';
import { addTableSheet, renderWorkbook, writeWorkbook, type BuildWorkbook, type SheetColumn } from '../xlsx/workbook';
import { REGISTER_COLUMNS, registerRow, type BreachRegisterEntry } from './register-entry';

export const REGISTER_TITLE = 'Registre des violations de données personnelles (art. 33(5) RGPD)';
export const REGISTER_SHEET = 'Violations';
export const NOTIFICATIONS_SHEET = 'Notifications CNIL';

export interface RegisterInput {
  organisation: Organisation;
  auditHead: AuditHead;
  generatedAt: string;
  /** Europe/Paris calendar days, both included: breaches discovered in that period. */
  period: { from: string; to: string };
  entries: readonly BreachRegisterEntry[];
}

interface NotificationRow {
  [key: string]: CellInput;
}

const NOTIFICATION_COLUMNS: SheetColumn[] = [
  { key: 'reference', header: 'Violation', type: 'text', width: 15 },
  { key: 'sequence', header: 'N° d’ordre', type: 'number', width: 10 },
  { key: 'kind', header: 'Type', type: 'text', width: 36 },
  { key: 'at', header: 'Notifiée le', type: 'datetime' },
  { key: 'cnil', header: 'N° CNIL', type: 'text', width: 18 },
  { key: 'late', header: 'Après 72 h', type: 'boolean' },
  { key: 'delayReasons', header: 'Motifs du retard', type: 'text', width: 50 },
  { key: 'sha256', header: 'SHA-256 de la copie figée', type: 'text', width: 70 },
  { key: 'recordedAt', header: 'Enregistrée le', type: 'datetime' },
  { key: 'recordedBy', header: 'Par', type: 'text', width: 14 },
];

function build(input: RegisterInput): BuildWorkbook {
  return async (workbook) => {
    await addInfoSheet(workbook, {
      organisation: input.organisation,
      title: REGISTER_TITLE,
      period: input.period,
      generatedAt: input.generatedAt,
      auditHead: input.auditHead,
      notes: [
        { label: 'Violations dans la période (découverte)', value: String(input.entries.length) },
        {
          label: 'Contenu',
          value: 'Toutes les violations découvertes dans la période, y compris les incidents écartés et les violations non notifiées, avec leur motivation (art. 33(5) ; CEPD 01/2021, § 15).',
        },
      ],
    });
    await addTableSheet(workbook, {
      name: REGISTER_SHEET,
      columns: REGISTER_COLUMNS.map((c) => ({ key: c.key, header: c.header, type: c.type, ...('width' in c ? { width: c.width } : {}) })),
      rows: (function* () {
        for (const e of input.entries) yield registerRow(e);
      })(),
    });
    await addTableSheet<NotificationRow>(workbook, {
      name: NOTIFICATIONS_SHEET,
      columns: NOTIFICATION_COLUMNS,
      rows: (function* () {
        for (const e of input.entries) {
          for (const n of e.notifications) {
            yield {
              reference: e.reference,
              sequence: n.sequence,
              kind: NOTIFICATION_KIND_LABELS[n.kind].fr,
              at: n.at,
              cnil: n.reference ?? '',
              late: n.kind === 'initial' ? n.late : null,
              delayReasons: n.delayReasons ?? '',
              sha256: n.snapshotSha256,
              recordedAt: n.recordedAt,
              recordedBy: n.recordedBy,
            };
          }
        }
      })(),
    });
  };
}

export function breachRegisterXlsx(input: RegisterInput): Promise<Buffer> {
  return renderWorkbook({ generatedAt: input.generatedAt }, build(input));
}

export function writeBreachRegisterXlsx(out: Writable, input: RegisterInput): Promise<void> {
  return writeWorkbook(out, { generatedAt: input.generatedAt }, build(input));
}
