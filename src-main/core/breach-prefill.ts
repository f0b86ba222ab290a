/**
 * Pre-filling a breach from the processings it touched (issue 6). GDPR Art. 33(3)(a): the
 * notification describes « the categories and approximate number of data subjects concerned and the
 * categories … of personal data records concerned ». The register of processing activities already
 * lists both for each processing (Art. 30(1)(c)); this maps its CNIL vocabulary onto the boxes of the
 * breach notification form (core/breach-vocabulary). The user confirms every box: a processing holds
 * more than a given breach exposed. Pure: no I/O, importable by the renderer.
 */
import { DATA_TYPES, SUBJECT_CATEGORIES, type DataType, type SubjectCategory } from './breach-vocabulary';
import type { DataCategoryId, SensitiveCategoryId } from './ropa-vocabulary';

export type RegisterRegime = 'ordinary' | 'art9' | 'art10' | 'nir';

/**
 * Every CNIL data category of the register → the breach data types it implies. Exhaustive: a new
 * category in core/ropa-vocabulary fails type-checking here until it is mapped.
 */
export const DATA_TYPES_OF_CATEGORY: Readonly<Record<DataCategoryId | SensitiveCategoryId, readonly DataType[]>> = {
  // « État-civil, identité, données d'identification, images »: name, birth, address, phone.
  cnil_cat_etat_civil: ['basic', 'contact'],
  // « Vie personnelle (habitudes de vie, situation familiale…) »: what a profile of the person says.
  cnil_cat_vie_personnelle: ['profile'],
  cnil_cat_vie_professionnelle: ['basic'],
  cnil_cat_eco_fin: ['economic_financial'],
  // « Données de connexion »: login identifiers, IP addresses and logs.
  cnil_cat_connexion: ['credentials', 'profile'],
  cnil_cat_localisation: ['location'],
  // « Internet (cookies, traceurs…) »: browsing behaviour.
  cnil_cat_internet: ['profile'],
  cnil_cat_autres: ['other'],
  // Art. 9(1) special categories, one for one.
  cnil_sens_origine_raciale_ethnique: ['racial_ethnic'],
  cnil_sens_opinions_politiques: ['political'],
  cnil_sens_convictions_religieuses: ['religious_philosophical'],
  cnil_sens_appartenance_syndicale: ['trade_union'],
  cnil_sens_genetiques: ['genetic'],
  cnil_sens_biometriques: ['biometric'],
  cnil_sens_sante: ['health'],
  cnil_sens_vie_sexuelle: ['sex_life_orientation'],
  // Art. 10.
  cnil_sens_condamnations_infractions: ['criminal'],
  // Loi 78-17 art. 30: the NIR.
  cnil_sens_nir: ['nir'],
};

/** A category id the vocabulary does not know (an older export): judged by its regime alone. */
const FALLBACK_OF_REGIME: Readonly<Record<RegisterRegime, readonly DataType[]>> = {
  ordinary: ['other'],
  art9: ['other'],
  art10: ['criminal'],
  nir: ['nir'],
};

/**
 * Free-text subject labels of the register → the people boxes of the form, by keywords (accents and
 * case ignored, word starts only: « employeur » is not « employé »).
 */
const SUBJECT_KEYWORDS: readonly (readonly [SubjectCategory, RegExp])[] = [
  // Mutual insurers call their members « adhérents », « souscripteurs » or « assurés ».
  ['members', /\b(adherent|membre|souscripteur|societaire|assure(e)?s?\b)/],
  // Beneficiaries of a member's cover: « ayants droit », spouse, « bénéficiaires ».
  ['beneficiaries', /\b(ayants?[ -]droits?|beneficiaire|conjoint)/],
  ['employees', /\b(salarie(e)?s?\b|agents?\b|collaborat(eur|rice)|personnels?\b|employe(e)?s?\b)/],
  ['patients', /\b(patient|malade|hospitalise)/],
  ['minors', /\b(mineur|enfant)/],
  ['customers', /\b(client|prospect)/],
  ['students', /\b(eleve|etudiant)/],
  ['subscribers', /\babonne/],
  ['users', /\b(usager|utilisateur|visiteur)/],
  // EDPB 9/2022: vulnerable people raise the risk; guardianship and curatorship protect adults.
  ['vulnerable', /(\bpersonnes? vulnerables?|\bmajeurs? proteges?|\btutelle|\bcuratelle|\bvulnerable)/],
];

/** Lower case, accents removed, typographic apostrophes straightened, spaces collapsed. */
export function subjectKey(label: string): string {
  return label
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** The people boxes a register label ticks (empty when nothing matches). */
export function subjectCategoriesOfLabel(label: string): SubjectCategory[] {
  const key = subjectKey(label);
  return SUBJECT_KEYWORDS.filter(([, pattern]) => pattern.test(key)).map(([category]) => category);
}

const isKnownCategory = (id: string): id is keyof typeof DATA_TYPES_OF_CATEGORY => Object.hasOwn(DATA_TYPES_OF_CATEGORY, id);

/** Keeps the vocabulary's order and drops duplicates. */
const inOrder = <T extends string>(vocabulary: readonly T[], picked: ReadonlySet<T>): T[] => vocabulary.filter((v) => picked.has(v));

export interface BreachCategoryProposal {
  dataTypes: DataType[];
  subjectCategories: SubjectCategory[];
  /** Register labels that tick no box (described by hand under « Autres »). */
  unmatchedSubjects: string[];
}

/**
 * Art. 33(3)(a): the categories of data and of people a breach of these processings may concern,
 * from their register fiches (union over the processings given).
 */
export function breachCategoriesFromProcessings(input: {
  dataCategories: readonly { id: string; regime: RegisterRegime }[];
  subjectCategories: readonly string[];
}): BreachCategoryProposal {
  const dataTypes = new Set<DataType>();
  for (const category of input.dataCategories) {
    const types = isKnownCategory(category.id) ? DATA_TYPES_OF_CATEGORY[category.id] : FALLBACK_OF_REGIME[category.regime];
    for (const t of types) dataTypes.add(t);
  }
  const subjects = new Set<SubjectCategory>();
  const unmatched: string[] = [];
  for (const raw of input.subjectCategories) {
    const label = raw.trim();
    if (label === '') continue;
    const found = subjectCategoriesOfLabel(label);
    if (found.length === 0) {
      if (!unmatched.includes(label)) unmatched.push(label);
    } else {
      for (const c of found) subjects.add(c);
    }
  }
  if (unmatched.length > 0) subjects.add('other');
  return { dataTypes: inOrder(DATA_TYPES, dataTypes), subjectCategories: inOrder(SUBJECT_CATEGORIES, subjects), unmatchedSubjects: unmatched };
}

/**
 * What the proposal adds to the boxes already ticked: only the new ones, never « pas encore
 * connues » (the register knows them), in vocabulary order. The user confirms, then the union is saved.
 */
export function prefillAdditions(
  current: { dataTypes: readonly DataType[]; subjectCategories: readonly SubjectCategory[] },
  proposed: Pick<BreachCategoryProposal, 'dataTypes' | 'subjectCategories'>,
): { dataTypes: DataType[]; subjectCategories: SubjectCategory[] } {
  const newData = new Set(proposed.dataTypes.filter((t) => t !== 'not_yet_known' && !current.dataTypes.includes(t)));
  const newSubjects = new Set(proposed.subjectCategories.filter((c) => c !== 'not_yet_known' && !current.subjectCategories.includes(c)));
  return { dataTypes: inOrder(DATA_TYPES, newData), subjectCategories: inOrder(SUBJECT_CATEGORIES, newSubjects) };
}
