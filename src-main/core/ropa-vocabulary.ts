/**
 * Vocabulary of the register of processing activities (GDPR Art. 30, CNIL « modèle de registre »).
 * Stable ids (those of REGULATORY.md §5 where given), French and English labels, the article each
 * entry comes from. The register, its reports and its screens all read their lists from here.
 */
import { z } from 'zod';

export interface VocabularyEntry<Id extends string = string> {
  id: Id;
  fr: string;
  en: string;
  article?: string;
}

const entries = <const Id extends string>(list: readonly VocabularyEntry<Id>[]) => list;
const ids = <Id extends string>(list: readonly VocabularyEntry<Id>[]) => list.map((e) => e.id) as [Id, ...Id[]];

/** Art. 6(1)(a)-(f): lawfulness of processing. */
export const LEGAL_BASES = entries([
  { id: 'a6_1a_consent', fr: 'Consentement de la personne', en: 'Consent', article: 'Art. 6(1)(a)' },
  { id: 'a6_1b_contract', fr: "Exécution d'un contrat ou de mesures précontractuelles", en: 'Performance of a contract', article: 'Art. 6(1)(b)' },
  { id: 'a6_1c_legal_obligation', fr: 'Respect d’une obligation légale', en: 'Legal obligation', article: 'Art. 6(1)(c)' },
  { id: 'a6_1d_vital_interests', fr: 'Sauvegarde des intérêts vitaux', en: 'Vital interests', article: 'Art. 6(1)(d)' },
  { id: 'a6_1e_public_task', fr: "Mission d'intérêt public ou exercice de l'autorité publique", en: 'Public task or official authority', article: 'Art. 6(1)(e)' },
  { id: 'a6_1f_legitimate_interests', fr: 'Intérêts légitimes', en: 'Legitimate interests', article: 'Art. 6(1)(f)' },
]);
export type LegalBasisId = (typeof LEGAL_BASES)[number]['id'];
export const LegalBasisId = z.enum(ids(LEGAL_BASES));

/** Art. 9(2)(a)-(j): conditions lifting the ban on processing special categories. */
export const ART9_CONDITIONS = entries([
  { id: 'a9_2a_explicit_consent', fr: 'Consentement explicite', en: 'Explicit consent', article: 'Art. 9(2)(a)' },
  { id: 'a9_2b_employment_social_protection', fr: 'Obligations en matière de droit du travail, de sécurité sociale et de protection sociale', en: 'Employment, social security and social protection law', article: 'Art. 9(2)(b)' },
  { id: 'a9_2c_vital_interests', fr: 'Intérêts vitaux d’une personne hors d’état de consentir', en: 'Vital interests, subject incapable of consent', article: 'Art. 9(2)(c)' },
  { id: 'a9_2d_not_for_profit_body', fr: 'Fondation, association ou organisme à but non lucratif, pour ses membres', en: 'Not-for-profit body, for its members', article: 'Art. 9(2)(d)' },
  { id: 'a9_2e_made_public', fr: 'Données manifestement rendues publiques par la personne', en: 'Manifestly made public by the data subject', article: 'Art. 9(2)(e)' },
  { id: 'a9_2f_legal_claims', fr: 'Constatation, exercice ou défense de droits en justice', en: 'Legal claims', article: 'Art. 9(2)(f)' },
  { id: 'a9_2g_substantial_public_interest', fr: 'Motif d’intérêt public important', en: 'Substantial public interest', article: 'Art. 9(2)(g)' },
  { id: 'a9_2h_health_social_care', fr: 'Médecine préventive ou du travail, diagnostics, prise en charge sanitaire ou sociale, gestion des systèmes de santé ou de protection sociale', en: 'Preventive or occupational medicine, health or social care and their management', article: 'Art. 9(2)(h)' },
  { id: 'a9_2i_public_health', fr: 'Intérêt public dans le domaine de la santé publique', en: 'Public interest in public health', article: 'Art. 9(2)(i)' },
  { id: 'a9_2j_archiving_research_statistics', fr: 'Archivage dans l’intérêt public, recherche scientifique ou historique, statistiques', en: 'Archiving, scientific or historical research, statistics', article: 'Art. 9(2)(j)' },
]);
export type Art9ConditionId = (typeof ART9_CONDITIONS)[number]['id'];
export const Art9ConditionId = z.enum(ids(ART9_CONDITIONS));

/** Ordinary data categories of the CNIL fiche (REGULATORY.md §5; labels marked [U] there to verify). */
export const DATA_CATEGORIES = entries([
  { id: 'cnil_cat_etat_civil', fr: 'État-civil, identité, données d’identification, images', en: 'Civil status, identity, identification data, images' },
  { id: 'cnil_cat_vie_personnelle', fr: 'Vie personnelle (habitudes de vie, situation familiale…)', en: 'Personal life' },
  { id: 'cnil_cat_vie_professionnelle', fr: 'Vie professionnelle (CV, situation professionnelle, formation…)', en: 'Professional life' },
  { id: 'cnil_cat_eco_fin', fr: 'Informations d’ordre économique et financier', en: 'Economic and financial information' },
  { id: 'cnil_cat_connexion', fr: 'Données de connexion (adresse IP, journaux…)', en: 'Connection data' },
  { id: 'cnil_cat_localisation', fr: 'Données de localisation', en: 'Location data' },
  { id: 'cnil_cat_internet', fr: 'Internet (cookies, traceurs…)', en: 'Internet (cookies, trackers)' },
  { id: 'cnil_cat_autres', fr: 'Autres catégories de données', en: 'Other categories' },
]);
export type DataCategoryId = (typeof DATA_CATEGORIES)[number]['id'];
export const DataCategoryId = z.enum(ids(DATA_CATEGORIES));

/**
 * Sensitive categories of the CNIL fiche. `regime` says which rule applies:
 * art9 = special categories (Art. 9(1), need an Art. 9(2) condition); art10 = criminal convictions
 * and offences (Art. 10); nir = French social security number (loi 78-17 art. 30, décret n° 2019-341).
 */
export const SENSITIVE_CATEGORIES = [
  { id: 'cnil_sens_origine_raciale_ethnique', fr: 'Origine raciale ou ethnique', en: 'Racial or ethnic origin', article: 'Art. 9(1)', regime: 'art9' },
  { id: 'cnil_sens_opinions_politiques', fr: 'Opinions politiques', en: 'Political opinions', article: 'Art. 9(1)', regime: 'art9' },
  { id: 'cnil_sens_convictions_religieuses', fr: 'Convictions religieuses ou philosophiques', en: 'Religious or philosophical beliefs', article: 'Art. 9(1)', regime: 'art9' },
  { id: 'cnil_sens_appartenance_syndicale', fr: 'Appartenance syndicale', en: 'Trade union membership', article: 'Art. 9(1)', regime: 'art9' },
  { id: 'cnil_sens_genetiques', fr: 'Données génétiques', en: 'Genetic data', article: 'Art. 9(1)', regime: 'art9' },
  { id: 'cnil_sens_biometriques', fr: 'Données biométriques aux fins d’identifier une personne physique de manière unique', en: 'Biometric data for unique identification', article: 'Art. 9(1)', regime: 'art9' },
  { id: 'cnil_sens_sante', fr: 'Données concernant la santé', en: 'Data concerning health', article: 'Art. 9(1)', regime: 'art9' },
  { id: 'cnil_sens_vie_sexuelle', fr: 'Vie sexuelle ou orientation sexuelle', en: 'Sex life or sexual orientation', article: 'Art. 9(1)', regime: 'art9' },
  { id: 'cnil_sens_condamnations_infractions', fr: 'Condamnations pénales ou infractions', en: 'Criminal convictions and offences', article: 'Art. 10', regime: 'art10' },
  { id: 'cnil_sens_nir', fr: 'Numéro de sécurité sociale (NIR)', en: 'Social security number (NIR)', article: 'Loi 78-17, art. 30', regime: 'nir' },
] as const satisfies readonly (VocabularyEntry & { regime: 'art9' | 'art10' | 'nir' })[];
export type SensitiveCategoryId = (typeof SENSITIVE_CATEGORIES)[number]['id'];
export type SensitiveRegime = (typeof SENSITIVE_CATEGORIES)[number]['regime'];
export const SensitiveCategoryId = z.enum(ids(SENSITIVE_CATEGORIES));

/** Security measure types of the CNIL fiche (Art. 30(1)(g), Art. 32). */
export const SECURITY_MEASURE_TYPES = entries([
  { id: 'cnil_sec_controle_acces_utilisateurs', fr: 'Contrôle d’accès des utilisateurs', en: 'User access control' },
  { id: 'cnil_sec_protection_logiciels', fr: 'Mesures de protection des logiciels', en: 'Software protection' },
  { id: 'cnil_sec_sauvegarde', fr: 'Sauvegarde des données', en: 'Data backup' },
  { id: 'cnil_sec_chiffrement', fr: 'Chiffrement des données', en: 'Data encryption' },
  { id: 'cnil_sec_tracabilite', fr: 'Mesures de traçabilité', en: 'Traceability (logging)' },
  { id: 'cnil_sec_controle_sous_traitants', fr: 'Contrôle des sous-traitants', en: 'Processor oversight' },
  { id: 'cnil_sec_autres', fr: 'Autres mesures', en: 'Other measures' },
]);
export type SecurityMeasureTypeId = (typeof SECURITY_MEASURE_TYPES)[number]['id'];
export const SecurityMeasureTypeId = z.enum(ids(SECURITY_MEASURE_TYPES));

/** Recipient types (Art. 30(1)(d); CNIL fiche « Destinataires », labels [U] to verify). */
export const RECIPIENT_TYPES = entries([
  { id: 'cnil_dest_interne', fr: 'Service interne', en: 'Internal department' },
  { id: 'cnil_dest_sous_traitant', fr: 'Sous-traitant', en: 'Processor' },
  { id: 'cnil_dest_organisme_externe', fr: 'Organisme externe ou partenaire', en: 'External body or partner' },
  { id: 'cnil_dest_autorite', fr: 'Autorité publique ou tiers autorisé', en: 'Public authority or authorised third party' },
]);
export type RecipientTypeId = (typeof RECIPIENT_TYPES)[number]['id'];
export const RecipientTypeId = z.enum(ids(RECIPIENT_TYPES));

/** What happens to data at the end of the retention period (Art. 5(1)(e); Code du patrimoine for archives). */
export const FINAL_FATES = entries([
  { id: 'destruction', fr: 'Destruction', en: 'Destruction' },
  { id: 'anonymisation', fr: 'Anonymisation', en: 'Anonymisation' },
  { id: 'archiving_intermediate', fr: 'Archivage intermédiaire', en: 'Intermediate archiving' },
  { id: 'archiving_definitive', fr: 'Archivage définitif', en: 'Definitive archiving' },
]);
export type FinalFateId = (typeof FINAL_FATES)[number]['id'];
export const FinalFateId = z.enum(ids(FINAL_FATES));

/** Role of the organisation for a processing (Art. 4(7), 26, 4(8); Art. 30(1) vs 30(2) record). */
export const PROCESSING_ROLES = entries([
  { id: 'controller', fr: 'Responsable du traitement', en: 'Controller', article: 'Art. 4(7)' },
  { id: 'joint_controller', fr: 'Responsable conjoint', en: 'Joint controller', article: 'Art. 26' },
  { id: 'processor', fr: 'Sous-traitant', en: 'Processor', article: 'Art. 4(8)' },
]);
export type ProcessingRoleId = (typeof PROCESSING_ROLES)[number]['id'];
export const ProcessingRoleId = z.enum(ids(PROCESSING_ROLES));

/** French (default) or English label of any vocabulary id; the id itself when unknown. */
export function vocabularyLabel(list: readonly VocabularyEntry[], id: string, lang: 'fr' | 'en' = 'fr'): string {
  const e = list.find((x) => x.id === id);
  return e ? e[lang] : id;
}

export function sensitiveRegime(id: string): SensitiveRegime | null {
  return SENSITIVE_CATEGORIES.find((c) => c.id === id)?.regime ?? null;
}
