/**
 * The first tab of every export, "Informations": who the controller and its DPO are (GDPR Art. 30(1)(a)),
 * what the file covers, when it was made and the audit-log head hash that ties it to the vault's state
 * (accountability, Art. 5(2)). Call it before any other sheet so it opens first.
 */
import type { Organisation } from '../../shared/schemas/organisation';
import type { AuditHead } from '../pdf/page-frame';
import { formatFrenchDate, formatParisDateTime, formatSiren } from '../format';
import { addTableSheet, type WorkbookWriter } from './workbook';
import type { CellInput } from './cells';

export const INFO_SHEET_NAME = 'Informations';

export interface InfoSheetInput {
  organisation: Organisation;
  /** What the file is, e.g. "Registre des demandes d'exercice des droits". */
  title: string;
  /** Calendar dates (YYYY-MM-DD) the export covers; omit for "everything". */
  period?: { from: string; to: string } | null;
  generatedAt: string;
  auditHead: AuditHead;
  /** Extra lines, e.g. the filters applied. */
  notes?: readonly { label: string; value: string }[];
}

interface InfoRow {
  [key: string]: CellInput;
  rubrique: string;
  valeur: CellInput;
}

export async function addInfoSheet(workbook: WorkbookWriter, input: InfoSheetInput): Promise<void> {
  const org = input.organisation;
  const orNone = (value: string): string => (value.trim() === '' ? 'Non renseigné' : value);
  const address = [org.address.street, `${org.address.postalCode} ${org.address.city}`.trim(), org.address.country]
    .filter((part) => part.trim() !== '')
    .join(', ');
  const rows: { label: string; value: CellInput }[] = [
    { label: 'Document', value: input.title },
    { label: 'Organisme', value: org.name },
    { label: 'SIREN', value: org.siren ? formatSiren(org.siren) : 'Non renseigné' },
    { label: 'Adresse', value: orNone(address) },
    { label: 'Délégué à la protection des données', value: orNone(org.dpoName) },
    { label: 'Contact du DPO', value: orNone([org.dpoEmail, org.dpoPhone].filter((p) => p !== '').join(' · ')) },
    {
      label: 'Période couverte',
      value: input.period ? `du ${formatFrenchDate(input.period.from)} au ${formatFrenchDate(input.period.to)}` : 'Toutes les données du coffre',
    },
    { label: 'Généré le', value: `${formatParisDateTime(input.generatedAt, 'Date de génération')} (heure de Paris)` },
    { label: "Empreinte du journal d'audit", value: input.auditHead.hash },
    { label: "Dernière entrée du journal d'audit (n°)", value: String(input.auditHead.seq) },
    ...(org.missing.length > 0 ? [{ label: "Identité de l'organisme incomplète", value: org.missing }] : []),
    ...(input.notes ?? []).map((n) => ({ label: n.label, value: n.value })),
  ];

  await addTableSheet<InfoRow>(workbook, {
    name: INFO_SHEET_NAME,
    columns: [
      { header: 'Rubrique', key: 'rubrique', type: 'text', width: 42 },
      { header: 'Valeur', key: 'valeur', type: 'text', width: 80 },
    ],
    rows: rows.map((r) => ({ rubrique: r.label, valeur: r.value })),
  });
}
