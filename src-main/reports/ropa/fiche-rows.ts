/**
 * One processing as the rows of a CNIL « fiche de registre » (REGULATORY.md §5): label in column A,
 * values to its right, section by section. Mapping to Art. 30(1): (a) Acteurs, (b) Finalités,
 * (c) Catégories de personnes et de données, (d) Destinataires, (e) Transferts hors UE,
 * (f) Durée de conservation, (g) Mesures de sécurité. Read back by register-import.ts.
 */
import { ART9_CONDITIONS, FINAL_FATES, LEGAL_BASES, PROCESSING_ROLES, RECIPIENT_TYPES, SECURITY_MEASURE_TYPES, vocabularyLabel } from '../../core/ropa-vocabulary';
import { DPIA_OUTCOME_LABELS } from '../../core/dpia-screening';
import { parisDateOf } from '../../core/time';
import type { Organisation } from '../../shared/schemas/organisation';
import { DPIA_STATUS_LABELS, PROCESSING_STATUS_LABELS, type ProcessingDetail } from '../../shared/schemas/processing';
import { DATA_CATEGORIES, SENSITIVE_CATEGORIES } from '../../core/ropa-vocabulary';
import { criterionCell, EMPTY_MARK, entryCell, FICHE_MARK, LABELS, LIST_SEPARATOR, SECTION_HEADERS, SECTIONS, type SectionKey } from './fiche-layout';

/** A cell: text, a calendar date (YYYY-MM-DD, written as a real date), or nothing. */
export type FicheCell = string | { date: string } | null;
export interface FicheRow {
  style: 'title' | 'section' | 'header' | 'item';
  cells: FicheCell[];
}

/** Calendar dates as they are; instants as their Europe/Paris day. */
const date = (d: string | null | undefined): FicheCell => (d ? { date: /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : parisDateOf(d) } : null);
const orMark = (s: string): string => (s.trim() === '' ? EMPTY_MARK : s);
const byId = <E extends { id: string }>(list: readonly E[], id: string): E | undefined => list.find((e) => e.id === id);

export function ficheRows(p: ProcessingDetail, organisation: Organisation, updatedOn: string): FicheRow[] {
  const rows: FicheRow[] = [];
  const item = (...cells: FicheCell[]) => rows.push({ style: 'item', cells });
  const section = (key: SectionKey) => {
    rows.push({ style: 'section', cells: [SECTIONS[key]] });
    const headers = SECTION_HEADERS[key];
    if (headers) rows.push({ style: 'header', cells: [...headers] });
  };

  rows.push({ style: 'title', cells: [FICHE_MARK, `${p.reference} — ${p.name}`] });

  section('description');
  item(LABELS.name, p.name);
  item(LABELS.reference, p.reference);
  item(LABELS.createdOn, date(p.createdOn));
  item(LABELS.updatedOn, date(updatedOn));
  item(LABELS.role, vocabularyLabel(PROCESSING_ROLES, p.role));
  item(LABELS.status, PROCESSING_STATUS_LABELS[p.status].fr);
  item(LABELS.reviewDate, date(p.reviewDate));
  item(LABELS.description, p.description);

  // Art. 30(1)(a) / 30(2)(a): the organisation and its DPO come from the vault's identity.
  section('actors');
  const org = organisation;
  item(p.role === 'processor' ? LABELS.processorSelf : LABELS.controller, org.name, org.address.street, org.address.postalCode, org.address.city, org.address.country, '', '');
  item(LABELS.dpo, org.dpoName, '', '', '', '', org.dpoPhone, org.dpoEmail);
  for (const j of p.jointControllers) item(LABELS.jointController, j.name, j.address, j.postalCode, j.city, j.country, j.phone, j.email);
  for (const c of p.controllersServed) item(LABELS.controllerServed, c.name, c.address, c.postalCode, c.city, c.country, c.phone, c.email, c.categoriesOfProcessing);

  section('purposes');
  p.purposes.forEach((purpose, i) => {
    const bases = purpose.legalBases.map((id) => byId(LEGAL_BASES, id)).filter((e) => e !== undefined).map(entryCell);
    item(i === 0 ? LABELS.mainPurpose : `${LABELS.subPurpose} ${i}`, purpose.label, bases.join(LIST_SEPARATOR), purpose.justification);
  });

  section('security');
  for (const m of p.securityMeasures) item(vocabularyLabel(SECURITY_MEASURE_TYPES, m.type), orMark(m.details));

  const fate = (id: string | null) => (id ? vocabularyLabel(FINAL_FATES, id) : '');
  section('data');
  for (const c of p.dataCategories.filter((d) => !d.sensitive)) {
    item(vocabularyLabel(DATA_CATEGORIES, c.category), orMark(c.description), c.retention, fate(c.finalFate));
  }
  section('sensitive');
  for (const c of p.dataCategories.filter((d) => d.sensitive)) {
    item(vocabularyLabel(SENSITIVE_CATEGORIES, c.category), orMark(c.description), c.retention, fate(c.finalFate));
  }
  item(LABELS.art9, p.art9Conditions.map((id) => byId(ART9_CONDITIONS, id)).filter((e) => e !== undefined).map(entryCell).join(LIST_SEPARATOR));

  section('subjects');
  for (const s of p.subjectCategories) item(LABELS.subject, s.label, s.details);
  item(LABELS.volume, p.subjectVolume);
  item(LABELS.origin, p.dataOrigin);

  section('recipients');
  for (const r of p.recipients) item(vocabularyLabel(RECIPIENT_TYPES, r.type), orMark(r.details));

  section('processors');
  for (const s of p.processors) item(LABELS.processor, s.name, s.reference, s.country);

  // Art. 30(1)(e): derived from the processors above, shown for the reader, never read back.
  section('transfers');
  for (const t of p.transfers) item(LABELS.transfer, t.recipientName, t.countryNameFr, t.mechanismFr, t.mechanism.documentation, t.issueFr ?? '');

  section('dpia');
  const s = p.dpia.screening;
  const answers = s?.answers;
  const criteria = answers
    ? (['art35_3', 'cnil', 'wp248'] as const).flatMap((source) =>
        Object.entries(answers[source] ?? {})
          .filter(([, yes]) => yes === true)
          .map(([id]) => criterionCell(source, id)),
      )
    : [];
  item(LABELS.dpiaOutcome, s ? DPIA_OUTCOME_LABELS[s.outcome].fr : 'Test non réalisé');
  item(LABELS.dpiaDate, date(s?.screenedAt ?? null));
  item(LABELS.dpiaCriteria, criteria.join(LIST_SEPARATOR));
  item(LABELS.dpiaComment, s?.comment ?? '');
  const f = p.dpia.followUp;
  item(LABELS.dpiaStatus, DPIA_STATUS_LABELS[f.status].fr);
  item(LABELS.dpiaPlanned, date(f.plannedFor));
  item(LABELS.dpiaDone, date(f.doneOn));
  item(LABELS.dpiaNextReview, date(f.nextReview));
  item(LABELS.dpiaLink, f.documentLink);
  item(LABELS.dpiaNotes, f.notes);
  return rows;
}
