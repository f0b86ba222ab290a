/**
 * The « fiche de registre » layout of the CNIL model register (REGULATORY.md §5), shared by the
 * export and the import so that what one writes the other reads back: section titles, row labels
 * (column A), and how vocabulary entries are written and recognised in a cell.
 */
import { ART35_3_CASES, CNIL_AIPD_LIST, WP248_CRITERIA, type DpiaScreeningAnswers } from '../../core/dpia-screening';
import {
  ART9_CONDITIONS,
  DATA_CATEGORIES,
  FINAL_FATES,
  LEGAL_BASES,
  PROCESSING_ROLES,
  RECIPIENT_TYPES,
  SECURITY_MEASURE_TYPES,
  SENSITIVE_CATEGORIES,
  type VocabularyEntry,
} from '../../core/ropa-vocabulary';
import { DPIA_STATUS_LABELS, PROCESSING_STATUS_LABELS } from '../../shared/schemas/processing';

/** A1 of every fiche sheet: how the import tells a fiche from any other tab. */
export const FICHE_MARK = 'Fiche de registre';
export const OVERVIEW_SHEET = 'Registre';

export const SECTIONS = {
  description: 'Description du traitement',
  actors: 'Acteurs',
  purposes: 'Finalité(s) du traitement effectué',
  security: 'Mesures de sécurité',
  data: 'Catégories de données personnelles concernées',
  sensitive: 'Données sensibles',
  subjects: 'Catégories de personnes concernées',
  recipients: 'Destinataires',
  processors: 'Sous-traitants',
  transfers: 'Transferts hors UE',
  dpia: 'Analyse d’impact (AIPD)',
} as const;
export type SectionKey = keyof typeof SECTIONS;

/** Column headers printed under each section title (skipped by the import). */
export const SECTION_HEADERS: Readonly<Partial<Record<SectionKey, readonly string[]>>> = {
  actors: ['Acteur', 'Nom', 'Adresse', 'CP', 'Ville', 'Pays', 'Téléphone', 'Adresse de messagerie', 'Catégories de traitements'],
  purposes: ['Finalité', 'Description', 'Base(s) légale(s)', 'Justification'],
  security: ['Type de mesure', 'Précisions'],
  data: ['Catégorie', 'Description', 'Durée de conservation', 'Sort final'],
  sensitive: ['Catégorie', 'Description', 'Durée de conservation', 'Sort final'],
  subjects: ['Rubrique', 'Description', 'Précisions'],
  recipients: ['Type de destinataire', 'Précisions'],
  processors: ['Rubrique', 'Nom', 'Réf.', 'Pays'],
  transfers: ['Rubrique', 'Destinataire', 'Pays', 'Type de garanties', 'Lien vers la documentation', 'Point à traiter'],
};

export const LABELS = {
  name: 'Nom / sigle',
  reference: 'N° / REF',
  createdOn: 'Date de création',
  updatedOn: 'Mise à jour',
  role: 'Rôle de l’organisme',
  status: 'Statut de la fiche',
  reviewDate: 'Date de revue',
  description: 'Description',
  controller: 'Responsable du traitement',
  processorSelf: 'Sous-traitant (notre organisme)',
  dpo: 'Délégué à la protection des données',
  jointController: 'Responsable conjoint',
  controllerServed: 'Responsable pour le compte duquel nous agissons',
  mainPurpose: 'Finalité principale',
  subPurpose: 'Sous-finalité',
  art9: 'Condition(s) de l’article 9(2)',
  subject: 'Catégorie de personnes',
  volume: 'Volume de personnes concernées',
  origin: 'Origine des données',
  processor: 'Sous-traitant',
  transfer: 'Transfert',
  dpiaOutcome: 'Résultat du test de nécessité',
  dpiaDate: 'Date du test',
  dpiaCriteria: 'Critères retenus',
  dpiaComment: 'Commentaire du test',
  dpiaStatus: 'Suivi de l’AIPD',
  dpiaPlanned: 'Date prévue',
  dpiaDone: 'Date de réalisation',
  dpiaNextReview: 'Prochaine revue',
  dpiaLink: 'Lien vers l’AIPD',
  dpiaNotes: 'Notes de suivi',
} as const;

/** Written in place of an empty description so that the row (the category, the measure) is kept. */
export const EMPTY_MARK = '—';
/** Separator of several values in one cell (legal bases, Art. 9(2) conditions, DPIA criteria). */
export const LIST_SEPARATOR = '; ';

/** Lower case, no accents, apostrophes and punctuation as spaces: how cells are compared. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/…/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export const splitList = (text: string): string[] =>
  text
    .split(/[;\n]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** A legal basis or an Art. 9(2) condition as written in a cell: its article, then its French label. */
export const entryCell = (e: VocabularyEntry): string => (e.article ? `${e.article} ${e.fr}` : e.fr);

const withoutParentheses = (s: string): string => s.replace(/\s*\([^)]*\)\s*/g, ' ').trim();

/** Extra words people type for a legal basis (« Contrat », « Intérêt légitime »). */
const LEGAL_BASIS_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  a6_1a_consent: ['consentement'],
  a6_1b_contract: ['contrat', 'execution du contrat', 'execution d un contrat'],
  a6_1c_legal_obligation: ['obligation legale'],
  a6_1d_vital_interests: ['interets vitaux', 'interet vital'],
  a6_1e_public_task: ['mission d interet public', 'interet public'],
  a6_1f_legitimate_interests: ['interet legitime', 'interets legitimes'],
};

interface PreparedEntry<E> {
  entry: E;
  id: string;
  /** Folded article, when it names this entry alone (« Art. 9(1) » names eight categories). */
  article: string | null;
  keys: string[];
}

const prepared = new WeakMap<readonly VocabularyEntry[], PreparedEntry<VocabularyEntry>[]>();

function prepare<E extends VocabularyEntry>(list: readonly E[], synonyms: Readonly<Record<string, readonly string[]>>): PreparedEntry<E>[] {
  const cached = prepared.get(list);
  if (cached) return cached as PreparedEntry<E>[];
  const out = list.map((e) => ({
    entry: e,
    id: fold(e.id),
    article: e.article && list.filter((x) => x.article === e.article).length === 1 ? fold(e.article) : null,
    keys: [fold(e.fr), fold(withoutParentheses(e.fr)), fold(e.en), ...(synonyms[e.id] ?? [])].filter((k) => k !== ''),
  }));
  prepared.set(list, out);
  return out;
}

/**
 * Finds the entry a cell names: its id, its article (« Art. 6(1)(b) »), its French or English label
 * (with or without the words in brackets), or a known synonym. Null when nothing matches.
 */
export function matchEntry<E extends VocabularyEntry>(list: readonly E[], cell: string, synonyms: Readonly<Record<string, readonly string[]>> = {}): E | null {
  const text = fold(cell);
  if (text === '') return null;
  const entries = prepare(list, synonyms);
  for (const e of entries) if (e.id === text) return e.entry;
  for (const e of entries) {
    // « Art. 6(1)(b) Exécution… » or just « 6(1)(b) ».
    if (e.article && (text === e.article || text.startsWith(`${e.article} `) || text === e.article.replace(/^art /, ''))) return e.entry;
  }
  for (const e of entries) {
    // A cell may carry the label and more (« Contrat — adhésion »), or the label without its examples.
    if (e.keys.some((k) => text === k || (k.length >= 8 && text.startsWith(`${k} `)) || (text.length >= 8 && k.startsWith(`${text} `)))) return e.entry;
  }
  return null;
}

export const matchLegalBasis = (cell: string) => matchEntry(LEGAL_BASES, cell, LEGAL_BASIS_SYNONYMS);
export const matchArt9 = (cell: string) => matchEntry(ART9_CONDITIONS, cell);
export const matchDataCategory = (cell: string) => matchEntry(DATA_CATEGORIES, cell);
export const matchSensitiveCategory = (cell: string) => matchEntry(SENSITIVE_CATEGORIES, cell);
export const matchSecurityMeasure = (cell: string) => matchEntry(SECURITY_MEASURE_TYPES, cell);
export const matchRecipientType = (cell: string) => matchEntry(RECIPIENT_TYPES, cell);
export const matchFinalFate = (cell: string) => matchEntry(FINAL_FATES, cell);
export const matchRole = (cell: string) => matchEntry(PROCESSING_ROLES, cell);

const labelled = <Id extends string>(labels: Readonly<Record<Id, { fr: string; en: string }>>): VocabularyEntry<Id>[] =>
  (Object.keys(labels) as Id[]).map((id) => ({ id, fr: labels[id].fr, en: labels[id].en }));
const STATUS_ENTRIES = labelled(PROCESSING_STATUS_LABELS);
const DPIA_STATUS_ENTRIES = labelled(DPIA_STATUS_LABELS);
export const matchStatus = (cell: string) => matchEntry(STATUS_ENTRIES, cell);
export const matchDpiaStatus = (cell: string) => matchEntry(DPIA_STATUS_ENTRIES, cell);

/** A DPIA criterion as written in a cell: its citation, then its wording. */
export type CriterionRef = { source: keyof DpiaScreeningAnswers; id: string };

export function criterionCell(source: keyof DpiaScreeningAnswers, id: string): string {
  const list = source === 'art35_3' ? ART35_3_CASES : source === 'cnil' ? CNIL_AIPD_LIST : WP248_CRITERIA;
  const item = (list as readonly { id: string; fr: string; citationFr: string }[]).find((x) => x.id === id);
  return item ? `${item.citationFr} : ${item.fr}` : id;
}

/** Reads one criterion back: by id, or by its citation (« critère 4 … WP248 », « type n° 7 … CNIL », « article 35(3)(b) »). */
export function matchCriterion(cell: string): CriterionRef | null {
  const t = cell.trim();
  for (const [source, list] of [['art35_3', ART35_3_CASES], ['cnil', CNIL_AIPD_LIST], ['wp248', WP248_CRITERIA]] as const) {
    if ((list as readonly { id: string }[]).some((x) => x.id === t)) return { source, id: t };
  }
  const f = fold(t);
  const wp = /^critere (\d) des lignes directrices wp248/.exec(f);
  if (wp) {
    const item = WP248_CRITERIA[Number(wp[1]) - 1];
    return item ? { source: 'wp248', id: item.id } : null;
  }
  const cnil = /^type n (\d{1,2}) de la liste cnil/.exec(f);
  if (cnil) {
    const item = CNIL_AIPD_LIST[Number(cnil[1]) - 1];
    return item ? { source: 'cnil', id: item.id } : null;
  }
  const art = /^article 35 3 ([abc]) du rgpd/.exec(f);
  if (art) {
    const item = ART35_3_CASES.find((c) => c.id.startsWith(`a35_3${art[1]}_`));
    return item ? { source: 'art35_3', id: item.id } : null;
  }
  return null;
}

/** Tab name of a fiche: its reference, made acceptable to Excel (31 characters, no : \ / ? * [ ]). */
export function ficheSheetName(reference: string, taken: Set<string>): string {
  const base = (reference.replace(/[:\\/?*[\]]/g, '-').replace(/^'+|'+$/g, '').trim() || 'Fiche').slice(0, 31);
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()) || name.toLowerCase() === OVERVIEW_SHEET.toLowerCase() || name.toLowerCase() === 'informations'; n++) {
    const suffix = ` (${n})`;
    name = `${base.slice(0, 31 - suffix.length)}${suffix}`;
  }
  taken.add(name.toLowerCase());
  return name;
}
