/**
 * Reads a register in the CNIL model layout (the one register-xlsx.ts writes, or one typed by hand
 * on the same fiche layout) back into fiche candidates, with a French error per offending row.
 * Reads one tab at a time (xlsx-reader.ts): 5 000 fiches never sit in memory as cell objects.
 * Nothing here knows the vault: processors are resolved through the callback the caller gives.
 */
import type { DpiaScreeningAnswers } from '../../core/dpia-screening';
import { sensitiveRegime } from '../../core/ropa-vocabulary';
import type { ImportIssue } from '../../shared/schemas/processing';
import {
  FICHE_MARK,
  fold,
  LABELS,
  matchArt9,
  matchCriterion,
  matchDataCategory,
  matchDpiaStatus,
  matchFinalFate,
  matchLegalBasis,
  matchRecipientType,
  matchRole,
  matchSecurityMeasure,
  matchSensitiveCategory,
  matchStatus,
  EMPTY_MARK,
  SECTION_HEADERS,
  SECTIONS,
  splitList,
  type SectionKey,
} from './fiche-layout';
import { readXlsxSheets, type XlsxValue } from './xlsx-reader';

/** What the import makes of one fiche: a ProcessingInput candidate (validated by the caller) and its DPIA. */
export interface ParsedFiche {
  sheet: string;
  /** Row of the « N° / REF » line, for messages. */
  referenceRow: number | null;
  input: {
    reference: string;
    name: string;
    role: string;
    description: string;
    jointControllers: Record<string, string>[];
    controllersServed: Record<string, string>[];
    purposes: { label: string; legalBases: string[]; justification: string }[];
    art9Conditions: string[];
    dataCategories: { category: string; description: string; retention: string; finalFate: string | null }[];
    subjectCategories: { label: string; details: string }[];
    subjectVolume: string;
    dataOrigin: string;
    recipients: { type: string; details: string }[];
    securityMeasures: { type: string; details: string }[];
    processorIds: string[];
    reviewDate: string | null;
  };
  status: 'draft' | 'validated';
  createdOn: string | null;
  screening: { date: string | null; answers: DpiaScreeningAnswers; comment: string; outcomeLabel: string } | null;
  dpia: { status: string; plannedFor: string | null; doneOn: string | null; nextReview: string | null; documentLink: string; notes: string };
  /** Spreadsheet row of each part of the fiche (`purposes.1`, `dataCategories.0`…), to place validation errors. */
  rowOf: Map<string, number>;
  errors: ImportIssue[];
  warnings: string[];
}

export interface ParsedRegister {
  fiches: ParsedFiche[];
  fileErrors: string[];
}

export type ProcessorResolver = (name: string, reference: string) => string | null;

type Cell = XlsxValue;

const text = (c: Cell): string => (c === null ? '' : String(c).trim());

/** Excel stores days since 1899-12-30 (the 1900 leap-year bug included). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const validDate = (y: number, m: number, d: number): string | null => {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d && y >= 1900 && y <= 2200 ? `${pad(y, 4)}-${pad(m)}-${pad(d)}` : null;
};

/** A date cell: an Excel serial number (a real date), « AAAA-MM-JJ » or « JJ/MM/AAAA ». Undefined = invalid. */
export function readDate(c: Cell): string | null | undefined {
  if (c === null || (typeof c === 'string' && c.trim() === '')) return null;
  if (typeof c === 'boolean') return undefined;
  if (typeof c === 'number') {
    const d = new Date(EXCEL_EPOCH + Math.floor(c) * 86_400_000);
    return validDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()) ?? undefined;
  }
  const s = String(c).trim();
  // ISO dates, with a time part when the cell is typed « d » (ECMA-376 § 18.17.4).
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+Z?)?$/.exec(s);
  if (m) return validDate(Number(m[1]), Number(m[2]), Number(m[3])) ?? undefined;
  m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(s);
  if (m) return validDate(Number(m[3]), Number(m[2]), Number(m[1])) ?? undefined;
  return undefined;
}

const SECTION_BY_TITLE = new Map<string, SectionKey>(Object.entries(SECTIONS).map(([k, v]) => [fold(v), k as SectionKey]));
const HEADER_FIRST = new Set(Object.values(SECTION_HEADERS).map((h) => fold(h?.[0] ?? '')));
const L = Object.fromEntries(Object.entries(LABELS).map(([k, v]) => [k, fold(v)])) as Record<keyof typeof LABELS, string>;

function emptyFiche(sheet: string): ParsedFiche {
  return {
    sheet,
    referenceRow: null,
    input: {
      reference: '',
      name: '',
      role: 'controller',
      description: '',
      jointControllers: [],
      controllersServed: [],
      purposes: [],
      art9Conditions: [],
      dataCategories: [],
      subjectCategories: [],
      subjectVolume: '',
      dataOrigin: '',
      recipients: [],
      securityMeasures: [],
      processorIds: [],
      reviewDate: null,
    },
    status: 'draft',
    createdOn: null,
    screening: null,
    dpia: { status: 'none', plannedFor: null, doneOn: null, nextReview: null, documentLink: '', notes: '' },
    rowOf: new Map(),
    errors: [],
    warnings: [],
  };
}

/** Parses one fiche tab, row by row; `cells` are 1-based like the sheet (A = 1). */
class FicheParser {
  readonly fiche: ParsedFiche;
  private section: SectionKey | null = null;
  private screening: { date: string | null; criteria: string; comment: string; outcomeLabel: string; row: number } = { date: null, criteria: '', comment: '', outcomeLabel: '', row: 0 };

  constructor(sheet: string, private readonly resolve: ProcessorResolver) {
    this.fiche = emptyFiche(sheet);
  }

  private error(row: number, field: string, message: string): void {
    this.fiche.errors.push({ sheet: this.fiche.sheet, row, field, message });
  }

  private date(row: number, field: string, c: Cell): string | null {
    const d = readDate(c);
    if (d === undefined) {
      this.error(row, field, `Date invalide « ${text(c)} » (ligne ${row}, « ${field} ») : utilisez le format JJ/MM/AAAA avec une date qui existe.`);
      return null;
    }
    return d;
  }

  row(n: number, cells: Cell[]): void {
    const a = text(cells[1] ?? null);
    const rest = cells.slice(2).map((c) => text(c ?? null));
    if (a === '' && rest.every((x) => x === '')) return;
    const key = fold(a);
    const section = SECTION_BY_TITLE.get(key);
    if (section && rest.every((x) => x === '')) {
      this.section = section;
      return;
    }
    if (HEADER_FIRST.has(key) && this.section !== null && key === fold(SECTION_HEADERS[this.section]?.[0] ?? '\u0000')) return;
    const b = rest[0] ?? '';
    const f = this.fiche;
    const i = f.input;
    switch (this.section) {
      case 'description':
        return this.description(n, key, a, cells, b);
      case 'actors': {
        const contact = { name: b, address: rest[1] ?? '', postalCode: rest[2] ?? '', city: rest[3] ?? '', country: rest[4] ?? '', phone: rest[5] ?? '', email: rest[6] ?? '' };
        if (key === L.jointController) {
          f.rowOf.set(`jointControllers.${i.jointControllers.length}`, n);
          i.jointControllers.push(contact);
        } else if (key === L.controllerServed) {
          f.rowOf.set(`controllersServed.${i.controllersServed.length}`, n);
          i.controllersServed.push({ ...contact, categoriesOfProcessing: rest[7] ?? '' });
        }
        // The organisation, its DPO and representative come from the vault's identity (Art. 30(1)(a)).
        return;
      }
      case 'purposes': {
        if (key !== L.mainPurpose && !key.startsWith(L.subPurpose)) {
          this.error(n, a, `Ligne ${n} : « ${a} » n’est pas une ligne de finalité ; utilisez « ${LABELS.mainPurpose} » ou « ${LABELS.subPurpose} 1 », « ${LABELS.subPurpose} 2 »…`);
          return;
        }
        const legalBases: string[] = [];
        for (const item of splitList(rest[1] ?? '')) {
          const e = matchLegalBasis(item);
          if (e) legalBases.push(e.id);
          else {
            this.error(n, 'Base(s) légale(s)', `Base légale inconnue « ${item} » (ligne ${n}) : indiquez l’une des bases de l’article 6(1) — consentement, contrat, obligation légale, intérêts vitaux, mission d’intérêt public, intérêts légitimes.`);
          }
        }
        f.rowOf.set(`purposes.${i.purposes.length}`, n);
        i.purposes.push({ label: b, legalBases, justification: rest[2] ?? '' });
        return;
      }
      case 'security': {
        const e = matchSecurityMeasure(a);
        if (!e) return this.error(n, a, `Type de mesure de sécurité inconnu « ${a} » (ligne ${n}) : reprenez l’un des types du modèle CNIL (contrôle d’accès des utilisateurs, sauvegarde, chiffrement…).`);
        if (b === '') return; // a type of the model left blank: not in place
        f.rowOf.set(`securityMeasures.${i.securityMeasures.length}`, n);
        i.securityMeasures.push({ type: e.id, details: b === EMPTY_MARK ? '' : b });
        return;
      }
      case 'data':
      case 'sensitive': {
        if (key === L.art9) {
          f.rowOf.set('art9Conditions', n);
          for (const item of splitList(b)) {
            const e = matchArt9(item);
            if (e) i.art9Conditions.push(e.id);
            else this.error(n, LABELS.art9, `Condition de l’article 9(2) inconnue « ${item} » (ligne ${n}) : indiquez-la sous la forme « Art. 9(2)(h) ».`);
          }
          return;
        }
        const e = matchDataCategory(a) ?? matchSensitiveCategory(a);
        if (!e) return this.error(n, a, `Catégorie de données inconnue « ${a} » (ligne ${n}) : reprenez l’une des catégories du modèle CNIL.`);
        if (rest.slice(0, 3).every((x) => x === '')) return; // a category of the model left blank
        let finalFate: string | null = null;
        if ((rest[2] ?? '') !== '') {
          const fate = matchFinalFate(rest[2] ?? '');
          if (fate) finalFate = fate.id;
          else this.error(n, 'Sort final', `Sort final inconnu « ${rest[2] ?? ''} » (ligne ${n}) : indiquez destruction, anonymisation, archivage intermédiaire ou archivage définitif.`);
        }
        if (this.section === 'data' && sensitiveRegime(e.id) !== null) {
          this.fiche.warnings.push(`Ligne ${n} : « ${a} » est une donnée sensible ; elle est classée parmi les données sensibles.`);
        }
        f.rowOf.set(`dataCategories.${i.dataCategories.length}`, n);
        i.dataCategories.push({ category: e.id, description: b === EMPTY_MARK ? '' : b, retention: rest[1] ?? '', finalFate });
        return;
      }
      case 'subjects':
        if (key === L.volume) i.subjectVolume = b;
        else if (key === L.origin) i.dataOrigin = b;
        else if (key === L.subject) {
          f.rowOf.set(`subjectCategories.${i.subjectCategories.length}`, n);
          i.subjectCategories.push({ label: b, details: rest[1] ?? '' });
        } else this.error(n, a, `Ligne ${n} : « ${a} » n’est pas une rubrique des personnes concernées (« ${LABELS.subject} », « ${LABELS.volume} », « ${LABELS.origin} »).`);
        return;
      case 'recipients': {
        const e = matchRecipientType(a);
        if (!e) return this.error(n, a, `Type de destinataire inconnu « ${a} » (ligne ${n}) : indiquez service interne, sous-traitant, organisme externe ou autorité publique.`);
        f.rowOf.set(`recipients.${i.recipients.length}`, n);
        i.recipients.push({ type: e.id, details: b === EMPTY_MARK ? '' : b });
        return;
      }
      case 'processors': {
        if (b === '' && (rest[1] ?? '') === '') return;
        const id = this.resolve(b, rest[1] ?? '');
        if (!id) {
          return this.error(n, 'Sous-traitant', `Sous-traitant inconnu « ${b || rest[1]} » (ligne ${n}) : créez-le d’abord dans « Sous-traitants » (même nom ou même référence), ou retirez la ligne.`);
        }
        f.rowOf.set('processorIds', n);
        if (!i.processorIds.includes(id)) i.processorIds.push(id);
        return;
      }
      case 'transfers':
        return; // derived from the processors: shown, never read back
      case 'dpia':
        return this.dpia(n, key, a, cells, b);
      case null:
        return; // title line and anything before the first section
    }
  }

  private description(n: number, key: string, a: string, cells: Cell[], b: string): void {
    const f = this.fiche;
    const raw = cells[2] ?? null;
    if (key === L.name) {
      f.input.name = b;
      f.rowOf.set('name', n);
    } else if (key === L.reference) {
      f.input.reference = b;
      f.referenceRow = n;
      f.rowOf.set('reference', n);
    } else if (key === L.createdOn) f.createdOn = this.date(n, LABELS.createdOn, raw);
    else if (key === L.updatedOn) this.date(n, LABELS.updatedOn, raw);
    else if (key === L.reviewDate) {
      f.input.reviewDate = this.date(n, LABELS.reviewDate, raw);
      f.rowOf.set('reviewDate', n);
    } else if (key === L.description) f.input.description = b;
    else if (key === L.role) {
      if (b === '') return;
      const e = matchRole(b);
      if (e) f.input.role = e.id;
      else this.error(n, LABELS.role, `Rôle inconnu « ${b} » (ligne ${n}) : indiquez « Responsable du traitement », « Responsable conjoint » ou « Sous-traitant ».`);
    } else if (key === L.status) {
      if (b === '') return;
      const e = matchStatus(b);
      if (e) f.status = e.id;
      else this.error(n, LABELS.status, `Statut inconnu « ${b} » (ligne ${n}) : indiquez « Brouillon » ou « Validée ».`);
    } else {
      this.error(n, a, `Ligne ${n} : rubrique inconnue « ${a} » dans « ${SECTIONS.description} ».`);
    }
  }

  private dpia(n: number, key: string, _a: string, cells: Cell[], b: string): void {
    const f = this.fiche;
    const raw = cells[2] ?? null;
    if (key === L.dpiaOutcome) {
      this.screening.outcomeLabel = b;
      this.screening.row = n;
    } else if (key === L.dpiaDate) this.screening.date = this.date(n, LABELS.dpiaDate, raw);
    else if (key === L.dpiaCriteria) this.screening.criteria = b;
    else if (key === L.dpiaComment) this.screening.comment = b;
    else if (key === L.dpiaStatus) {
      if (b === '') return;
      const e = matchDpiaStatus(b);
      if (e) f.dpia.status = e.id;
      else this.error(n, LABELS.dpiaStatus, `Suivi d’AIPD inconnu « ${b} » (ligne ${n}) : indiquez « Non engagée », « Planifiée », « En cours » ou « Réalisée ».`);
      f.rowOf.set('dpia', n);
    } else if (key === L.dpiaPlanned) f.dpia.plannedFor = this.date(n, LABELS.dpiaPlanned, raw);
    else if (key === L.dpiaDone) f.dpia.doneOn = this.date(n, LABELS.dpiaDone, raw);
    else if (key === L.dpiaNextReview) f.dpia.nextReview = this.date(n, LABELS.dpiaNextReview, raw);
    else if (key === L.dpiaLink) f.dpia.documentLink = b;
    else if (key === L.dpiaNotes) f.dpia.notes = b;
  }

  finish(): ParsedFiche {
    const s = this.screening;
    const criteria = splitList(s.criteria);
    const done = fold(s.outcomeLabel) === '' || fold(s.outcomeLabel) === fold('Test non réalisé');
    if (!done || criteria.length > 0 || s.date !== null) {
      const answers: DpiaScreeningAnswers = { art35_3: {}, cnil: {}, wp248: {} };
      for (const c of criteria) {
        const ref = matchCriterion(c);
        if (ref) (answers[ref.source] as Record<string, boolean>)[ref.id] = true;
        else this.error(s.row || 0, LABELS.dpiaCriteria, `Critère d’AIPD inconnu « ${c} » : indiquez « critère N des lignes directrices WP248 », « type n° N de la liste CNIL » ou « article 35(3)(a) du RGPD ».`);
      }
      this.fiche.screening = { date: s.date, answers, comment: s.comment, outcomeLabel: s.outcomeLabel };
    }
    return this.fiche;
  }
}

/**
 * Reads every fiche of a workbook. A tab is a fiche when its A1 reads « Fiche de registre »; other
 * tabs (« Informations », « Registre ») are skipped.
 */
export async function readRopaWorkbook(content: Buffer, resolve: ProcessorResolver): Promise<ParsedRegister> {
  const fiches: ParsedFiche[] = [];
  const fileErrors: string[] = [];
  try {
    for await (const sheet of readXlsxSheets(content)) {
      const [first, ...rest] = sheet.rows;
      if (!first || first.number !== 1 || fold(text(first.values[1] ?? null)) !== fold(FICHE_MARK)) continue;
      const parser = new FicheParser(sheet.name, resolve);
      for (const row of rest) parser.row(row.number, row.values);
      fiches.push(parser.finish());
    }
  } catch {
    fileErrors.push('Le fichier n’est pas un classeur XLSX lisible : enregistrez le registre au format Excel (.xlsx) puis réessayez.');
    return { fiches: [], fileErrors };
  }
  if (fiches.length === 0) {
    fileErrors.push(`Aucune fiche de registre trouvée : chaque fiche doit être un onglet dont la cellule A1 contient « ${FICHE_MARK} » (modèle exporté par DPO Workbench).`);
  }
  return { fiches, fileErrors };
}
