/**
 * Breach vocabulary (REGULATORY.md §2b): the option lists of the EDPB draft common notification
 * template (June 2026, field numbers in comments), used as the best verifiable proxy for the CNIL
 * téléservice, whose exact labels could not be read [U]. Each list is an `as const` array of ids
 * (usable with `z.enum`) plus a label record with French and English text.
 */
import { z } from 'zod';

export interface Label {
  fr: string;
  en: string;
}

/** Field 55 — nature of the breach (GDPR Art. 4(12); EDPB: confidentiality, integrity, availability). */
export const BREACH_NATURES = ['confidentiality', 'integrity', 'availability'] as const;
export type BreachNature = (typeof BREACH_NATURES)[number];
export const BREACH_NATURE_LABELS: Record<BreachNature, Label> = {
  confidentiality: { fr: 'Confidentialité (divulgation ou accès non autorisés)', en: 'Confidentiality (unauthorised disclosure or access)' },
  integrity: { fr: 'Intégrité (altération non autorisée)', en: 'Integrity (unauthorised alteration)' },
  availability: { fr: 'Disponibilité (perte ou destruction)', en: 'Availability (loss or destruction)' },
};

/** Field 56 — type of confidentiality breach. */
export const CONFIDENTIALITY_TYPES = ['exfiltrated_or_disclosed', 'likely_exfiltrated', 'not_exfiltrated_evidence', 'not_assessable', 'to_be_determined'] as const;
export type ConfidentialityType = (typeof CONFIDENTIALITY_TYPES)[number];
export const CONFIDENTIALITY_TYPE_LABELS: Record<ConfidentialityType, Label> = {
  exfiltrated_or_disclosed: { fr: 'Données exfiltrées ou divulguées', en: 'Data exfiltrated or disclosed' },
  likely_exfiltrated: { fr: 'Exfiltration ou divulgation probable', en: 'Exfiltration or disclosure likely' },
  not_exfiltrated_evidence: { fr: 'Pas d’exfiltration (preuves à l’appui)', en: 'Not exfiltrated (evidence available)' },
  not_assessable: { fr: 'Impossible à déterminer', en: 'Cannot be assessed' },
  to_be_determined: { fr: 'À déterminer', en: 'To be determined' },
};

/** Field 57 — were the data unintelligible (e.g. state-of-the-art encryption, key not compromised)? */
export const UNINTELLIGIBILITY_STATES = ['protection_intact', 'protection_likely_subverted', 'not_protected', 'to_be_determined'] as const;
export type UnintelligibilityState = (typeof UNINTELLIGIBILITY_STATES)[number];
export const UNINTELLIGIBILITY_LABELS: Record<UnintelligibilityState, Label> = {
  protection_intact: { fr: 'Oui : protection intacte (chiffrement à l’état de l’art, clé non compromise)', en: 'Yes: protection intact (state-of-the-art encryption, key not compromised)' },
  protection_likely_subverted: { fr: 'Protection probablement contournée', en: 'Protection likely subverted' },
  not_protected: { fr: 'Non : données en clair', en: 'No: data in clear' },
  to_be_determined: { fr: 'À déterminer', en: 'To be determined' },
};

/** Field 58 — type of integrity breach. */
export const INTEGRITY_TYPES = ['altered_no_misuse', 'misuse_reversible', 'misuse_irreversible'] as const;
export type IntegrityType = (typeof INTEGRITY_TYPES)[number];
export const INTEGRITY_TYPE_LABELS: Record<IntegrityType, Label> = {
  altered_no_misuse: { fr: 'Données modifiées, sans usage illicite', en: 'Data altered, no misuse' },
  misuse_reversible: { fr: 'Usage illicite, réversible', en: 'Misuse, reversible' },
  misuse_irreversible: { fr: 'Usage illicite, irréversible', en: 'Misuse, irreversible' },
};

/** Field 59 — type of availability breach. */
export const AVAILABILITY_TYPES = ['temporary', 'permanent', 'not_determined'] as const;
export type AvailabilityType = (typeof AVAILABILITY_TYPES)[number];
export const AVAILABILITY_TYPE_LABELS: Record<AvailabilityType, Label> = {
  temporary: { fr: 'Temporaire', en: 'Temporary' },
  permanent: { fr: 'Définitive', en: 'Permanent' },
  not_determined: { fr: 'Non déterminée', en: 'Not determined' },
};

/** Field 60 — nature of the incident (25 options). */
export const INCIDENT_TYPES = [
  'abuse_of_privileges', 'ransomware', 'hacking_malware', 'phishing_social_engineering', 'exploited_vulnerability',
  'unauthorised_access', 'exfiltration', 'record_mix_up', 'device_lost_stolen', 'e_waste', 'paper_disposal',
  'mis_delivery', 'misconfiguration', 'wrong_permissions', 'paper_lost_stolen', 'deletion', 'shown_to_wrong_recipient',
  'sent_by_mistake', 'open_distribution_list', 'technical_malfunction', 'unauthorised_modification',
  'unintended_publication', 'verbal_disclosure', 'to_be_determined', 'other',
] as const;
export type IncidentType = (typeof INCIDENT_TYPES)[number];
export const INCIDENT_TYPE_LABELS: Record<IncidentType, Label> = {
  abuse_of_privileges: { fr: 'Abus de droits d’accès', en: 'Abuse of access privileges' },
  ransomware: { fr: 'Rançongiciel', en: 'Ransomware' },
  hacking_malware: { fr: 'Piratage ou logiciel malveillant', en: 'Hacking or malware' },
  phishing_social_engineering: { fr: 'Hameçonnage ou ingénierie sociale', en: 'Phishing or social engineering' },
  exploited_vulnerability: { fr: 'Exploitation d’une vulnérabilité', en: 'Exploited vulnerability' },
  unauthorised_access: { fr: 'Accès non autorisé', en: 'Unauthorised access' },
  exfiltration: { fr: 'Exfiltration de données', en: 'Data exfiltration' },
  record_mix_up: { fr: 'Confusion de dossiers', en: 'Record mix-up' },
  device_lost_stolen: { fr: 'Appareil perdu ou volé', en: 'Device lost or stolen' },
  e_waste: { fr: 'Matériel mis au rebut sans effacement', en: 'Improper e-waste disposal' },
  paper_disposal: { fr: 'Documents papier jetés sans destruction', en: 'Improper paper disposal' },
  mis_delivery: { fr: 'Envoi postal ou courriel à un mauvais destinataire', en: 'Mis-delivery (post or e-mail)' },
  misconfiguration: { fr: 'Erreur de configuration', en: 'Misconfiguration' },
  wrong_permissions: { fr: 'Droits d’accès mal attribués', en: 'Wrong access permissions' },
  paper_lost_stolen: { fr: 'Documents papier perdus ou volés', en: 'Paper documents lost or stolen' },
  deletion: { fr: 'Suppression de données', en: 'Data deletion' },
  shown_to_wrong_recipient: { fr: 'Données montrées à une mauvaise personne', en: 'Data shown to the wrong person' },
  sent_by_mistake: { fr: 'Données envoyées par erreur', en: 'Data sent by mistake' },
  open_distribution_list: { fr: 'Destinataires en copie visible (liste ouverte)', en: 'Open distribution list (visible recipients)' },
  technical_malfunction: { fr: 'Dysfonctionnement technique', en: 'Technical malfunction' },
  unauthorised_modification: { fr: 'Modification non autorisée', en: 'Unauthorised modification' },
  unintended_publication: { fr: 'Publication involontaire', en: 'Unintended publication' },
  verbal_disclosure: { fr: 'Divulgation orale', en: 'Verbal disclosure' },
  to_be_determined: { fr: 'À déterminer', en: 'To be determined' },
  other: { fr: 'Autre', en: 'Other' },
};

/** Field 61 — cause. */
export const BREACH_CAUSES = ['internal_non_malicious', 'internal_malicious', 'external_non_malicious', 'external_malicious', 'to_be_determined', 'unknown'] as const;
export type BreachCause = (typeof BREACH_CAUSES)[number];
export const BREACH_CAUSE_LABELS: Record<BreachCause, Label> = {
  internal_non_malicious: { fr: 'Acte interne non malveillant', en: 'Internal, non-malicious' },
  internal_malicious: { fr: 'Acte interne malveillant', en: 'Internal, malicious' },
  external_non_malicious: { fr: 'Acte externe non malveillant', en: 'External, non-malicious' },
  external_malicious: { fr: 'Acte externe malveillant', en: 'External, malicious' },
  to_be_determined: { fr: 'À déterminer', en: 'To be determined' },
  unknown: { fr: 'Inconnue', en: 'Unknown' },
};

/** Field 65 — categories of data subjects, plus the members and beneficiaries of a health mutual. */
export const SUBJECT_CATEGORIES = [
  'members', 'beneficiaries', 'customers', 'employees', 'military_law_enforcement', 'minors', 'patients', 'students',
  'subscribers', 'users', 'vulnerable', 'other', 'not_yet_known',
] as const;
export type SubjectCategory = (typeof SUBJECT_CATEGORIES)[number];
export const SUBJECT_CATEGORY_LABELS: Record<SubjectCategory, Label & { vulnerable?: true }> = {
  members: { fr: 'Adhérents / membres', en: 'Members' },
  beneficiaries: { fr: 'Ayants droit / bénéficiaires', en: 'Beneficiaries' },
  customers: { fr: 'Clients', en: 'Customers' },
  employees: { fr: 'Salariés', en: 'Employees' },
  military_law_enforcement: { fr: 'Militaires ou forces de l’ordre', en: 'Military or law-enforcement staff' },
  minors: { fr: 'Mineurs', en: 'Minors', vulnerable: true },
  patients: { fr: 'Patients', en: 'Patients', vulnerable: true },
  students: { fr: 'Élèves ou étudiants', en: 'Students' },
  subscribers: { fr: 'Abonnés', en: 'Subscribers' },
  users: { fr: 'Usagers / utilisateurs', en: 'Users' },
  vulnerable: { fr: 'Personnes vulnérables', en: 'Vulnerable people', vulnerable: true },
  other: { fr: 'Autres', en: 'Other' },
  not_yet_known: { fr: 'Pas encore connues', en: 'Not yet known' },
};

/** Field 70 — types of data. `special`: GDPR Art. 9; `criminal`: Art. 10; `nir`: French social-security number. */
export const DATA_TYPES = [
  'basic', 'contact', 'biometric', 'criminal', 'political', 'racial_ethnic', 'religious_philosophical', 'sex_life_orientation',
  'trade_union', 'genetic', 'health', 'economic_financial', 'employment_health', 'nir', 'location', 'official_documents',
  'payment_means', 'profile', 'credentials', 'not_yet_known', 'other',
] as const;
export type DataType = (typeof DATA_TYPES)[number];
export interface DataTypeLabel extends Label {
  special?: true;
  criminal?: true;
  nir?: true;
}
export const DATA_TYPE_LABELS: Record<DataType, DataTypeLabel> = {
  basic: { fr: 'Données d’identification de base (nom, date de naissance…)', en: 'Basic identity data (name, date of birth…)' },
  contact: { fr: 'Coordonnées', en: 'Contact details' },
  biometric: { fr: 'Données biométriques (art. 9)', en: 'Biometric data (Art. 9)', special: true },
  criminal: { fr: 'Condamnations et infractions (art. 10)', en: 'Criminal convictions and offences (Art. 10)', criminal: true },
  political: { fr: 'Opinions politiques (art. 9)', en: 'Political opinions (Art. 9)', special: true },
  racial_ethnic: { fr: 'Origine raciale ou ethnique (art. 9)', en: 'Racial or ethnic origin (Art. 9)', special: true },
  religious_philosophical: { fr: 'Convictions religieuses ou philosophiques (art. 9)', en: 'Religious or philosophical beliefs (Art. 9)', special: true },
  sex_life_orientation: { fr: 'Vie sexuelle ou orientation sexuelle (art. 9)', en: 'Sex life or sexual orientation (Art. 9)', special: true },
  trade_union: { fr: 'Appartenance syndicale (art. 9)', en: 'Trade-union membership (Art. 9)', special: true },
  genetic: { fr: 'Données génétiques (art. 9)', en: 'Genetic data (Art. 9)', special: true },
  health: { fr: 'Données de santé (art. 9)', en: 'Health data (Art. 9)', special: true },
  economic_financial: { fr: 'Données économiques et financières', en: 'Economic and financial data' },
  employment_health: { fr: 'Santé au travail (arrêts, aptitude) (art. 9)', en: 'Employment-related health data (Art. 9)', special: true },
  nir: { fr: 'Numéro de sécurité sociale (NIR)', en: 'Social-security number (NIR)', nir: true },
  location: { fr: 'Données de localisation', en: 'Location data' },
  official_documents: { fr: 'Copies de pièces officielles (identité, passeport…)', en: 'Official documents (ID card, passport…)' },
  payment_means: { fr: 'Moyens de paiement (IBAN, carte)', en: 'Means of payment (IBAN, card)' },
  profile: { fr: 'Données de profil ou de comportement', en: 'Profile or behavioural data' },
  credentials: { fr: 'Identifiants et mots de passe', en: 'Credentials and passwords' },
  not_yet_known: { fr: 'Pas encore connues', en: 'Not yet known' },
  other: { fr: 'Autres', en: 'Other' },
};

/** True when the list holds GDPR Art. 9 special-category data. */
export const hasSpecialCategories = (types: readonly DataType[]): boolean => types.some((t) => DATA_TYPE_LABELS[t].special === true);

/** Field 75 — measures in place before the breach (Art. 32). */
export const MEASURES_IN_PLACE = [
  'pseudonymisation', 'backup', 'encryption', 'policies', 'training', 'incident_log', 'access_levels', 'mfa', 'audits',
  'physical_access', 'up_to_date_it', 'other',
] as const;
export type MeasureInPlace = (typeof MEASURES_IN_PLACE)[number];
export const MEASURE_IN_PLACE_LABELS: Record<MeasureInPlace, Label> = {
  pseudonymisation: { fr: 'Pseudonymisation', en: 'Pseudonymisation' },
  backup: { fr: 'Sauvegardes', en: 'Backups' },
  encryption: { fr: 'Chiffrement', en: 'Encryption' },
  policies: { fr: 'Politiques et procédures', en: 'Policies and procedures' },
  training: { fr: 'Sensibilisation et formation', en: 'Awareness and training' },
  incident_log: { fr: 'Journalisation des incidents', en: 'Incident logging' },
  access_levels: { fr: 'Gestion des habilitations', en: 'Access levels' },
  mfa: { fr: 'Authentification multifacteur', en: 'Multi-factor authentication' },
  audits: { fr: 'Audits de sécurité', en: 'Security audits' },
  physical_access: { fr: 'Contrôle d’accès physique', en: 'Physical access control' },
  up_to_date_it: { fr: 'Systèmes à jour', en: 'Up-to-date IT systems' },
  other: { fr: 'Autres', en: 'Other' },
};

/** Field 79 — consequences of a confidentiality breach. */
export const CONFIDENTIALITY_CONSEQUENCES = ['disclosed_beyond_scope', 'linkable', 'misusable', 'other', 'under_assessment'] as const;
export type ConfidentialityConsequence = (typeof CONFIDENTIALITY_CONSEQUENCES)[number];
export const CONFIDENTIALITY_CONSEQUENCE_LABELS: Record<ConfidentialityConsequence, Label> = {
  disclosed_beyond_scope: { fr: 'Diffusion au-delà du nécessaire', en: 'Disclosed beyond what is necessary' },
  linkable: { fr: 'Recoupement possible avec d’autres informations', en: 'Can be linked with other information' },
  misusable: { fr: 'Réutilisation à d’autres fins ou de façon illicite', en: 'Usable for other purposes or unlawfully' },
  other: { fr: 'Autre', en: 'Other' },
  under_assessment: { fr: 'En cours d’évaluation', en: 'Under assessment' },
};

/** Field 81 — consequences of an integrity breach [U: option labels not in the transcription]. */
export const INTEGRITY_CONSEQUENCES = ['wrong_decisions', 'used_for_other_purposes', 'other', 'under_assessment'] as const;
export type IntegrityConsequence = (typeof INTEGRITY_CONSEQUENCES)[number];
export const INTEGRITY_CONSEQUENCE_LABELS: Record<IntegrityConsequence, Label> = {
  wrong_decisions: { fr: 'Décisions prises sur des données erronées', en: 'Decisions taken on wrong data' },
  used_for_other_purposes: { fr: 'Données modifiées utilisées à d’autres fins', en: 'Altered data used for other purposes' },
  other: { fr: 'Autre', en: 'Other' },
  under_assessment: { fr: 'En cours d’évaluation', en: 'Under assessment' },
};

/** Field 83 — consequences of an availability breach. */
export const AVAILABILITY_CONSEQUENCES = ['no_access_to_services', 'service_disruption', 'other', 'under_assessment'] as const;
export type AvailabilityConsequence = (typeof AVAILABILITY_CONSEQUENCES)[number];
export const AVAILABILITY_CONSEQUENCE_LABELS: Record<AvailabilityConsequence, Label> = {
  no_access_to_services: { fr: 'Impossibilité d’accéder à des services (remboursements, soins…)', en: 'Inability to access services' },
  service_disruption: { fr: 'Perturbation du service', en: 'Service disruption' },
  other: { fr: 'Autre', en: 'Other' },
  under_assessment: { fr: 'En cours d’évaluation', en: 'Under assessment' },
};

/** Field 85 — nature of the potential impact on people. */
export const IMPACT_TYPES = [
  'loss_of_control', 'limitation_of_rights', 'discrimination', 'identity_theft', 'fraud', 'financial_loss',
  'pseudonymisation_reversal', 'reputation', 'professional_secrecy', 'disclosure_to_third_parties', 'economic_social_disadvantage',
  'physical_mental_harm', 'material_damage', 'other', 'to_be_determined',
] as const;
export type ImpactType = (typeof IMPACT_TYPES)[number];
export const IMPACT_TYPE_LABELS: Record<ImpactType, Label> = {
  loss_of_control: { fr: 'Perte de maîtrise de ses données', en: 'Loss of control over personal data' },
  limitation_of_rights: { fr: 'Limitation des droits', en: 'Limitation of rights' },
  discrimination: { fr: 'Discrimination', en: 'Discrimination' },
  identity_theft: { fr: 'Usurpation d’identité', en: 'Identity theft' },
  fraud: { fr: 'Fraude', en: 'Fraud' },
  financial_loss: { fr: 'Perte financière', en: 'Financial loss' },
  pseudonymisation_reversal: { fr: 'Levée de la pseudonymisation', en: 'Reversal of pseudonymisation' },
  reputation: { fr: 'Atteinte à la réputation', en: 'Damage to reputation' },
  professional_secrecy: { fr: 'Atteinte au secret professionnel (secret médical)', en: 'Loss of professional-secrecy confidentiality' },
  disclosure_to_third_parties: { fr: 'Divulgation à des tiers', en: 'Disclosure to third parties' },
  economic_social_disadvantage: { fr: 'Préjudice économique ou social important', en: 'Significant economic or social disadvantage' },
  physical_mental_harm: { fr: 'Atteinte physique ou psychologique', en: 'Physical or mental harm' },
  material_damage: { fr: 'Dommage matériel', en: 'Material damage' },
  other: { fr: 'Autre', en: 'Other' },
  to_be_determined: { fr: 'À déterminer', en: 'To be determined' },
};

/** Field 87 — severity of the impact. */
export const IMPACT_SEVERITIES = ['minor', 'moderate', 'severe', 'to_be_determined'] as const;
export type ImpactSeverity = (typeof IMPACT_SEVERITIES)[number];
export const IMPACT_SEVERITY_LABELS: Record<ImpactSeverity, Label> = {
  minor: { fr: 'Mineure', en: 'Minor' },
  moderate: { fr: 'Modérée', en: 'Moderate' },
  severe: { fr: 'Grave', en: 'Severe' },
  to_be_determined: { fr: 'À déterminer', en: 'To be determined' },
};

/** Field 50 — how the breach was discovered. */
export const DISCOVERY_SOURCES = ['controller', 'processor', 'data_subject', 'external_party', 'press', 'other'] as const;
export type DiscoverySource = (typeof DISCOVERY_SOURCES)[number];
export const DISCOVERY_SOURCE_LABELS: Record<DiscoverySource, Label> = {
  controller: { fr: 'Par nos propres services', en: 'By the controller' },
  processor: { fr: 'Alerte d’un sous-traitant (art. 33(2))', en: 'Processor alert (Art. 33(2))' },
  data_subject: { fr: 'Signalement d’une personne concernée', en: 'Reported by a data subject' },
  external_party: { fr: 'Signalement d’un tiers', en: 'Reported by an external party' },
  press: { fr: 'Presse ou réseaux sociaux', en: 'Press or social media' },
  other: { fr: 'Autre', en: 'Other' },
};

/** Fields 67 / 72 — precision of a number of people or records (Art. 33(3)(a): « approximate »). */
export const NUMBER_PRECISIONS = ['exact', 'approximate', 'unknown'] as const;
export type NumberPrecision = (typeof NUMBER_PRECISIONS)[number];
export const NUMBER_PRECISION_LABELS: Record<NumberPrecision, Label> = {
  exact: { fr: 'Exact', en: 'Exact' },
  approximate: { fr: 'Approximatif', en: 'Approximate' },
  unknown: { fr: 'Inconnu', en: 'Unknown' },
};

/** Field 97 — have the data subjects been informed (Art. 34)? */
export const COMMUNICATION_STATUSES = ['yes', 'no_planned', 'no_to_be_decided', 'no_investigation_ongoing', 'no_not_high_risk', 'no_art34_3_condition'] as const;
export type CommunicationStatus = (typeof COMMUNICATION_STATUSES)[number];
export const COMMUNICATION_STATUS_LABELS: Record<CommunicationStatus, Label> = {
  yes: { fr: 'Oui, les personnes ont été informées', en: 'Yes, data subjects informed' },
  no_planned: { fr: 'Non, information prévue à une date fixée', en: 'No, planned on a set date' },
  no_to_be_decided: { fr: 'Non, à décider', en: 'No, to be decided' },
  no_investigation_ongoing: { fr: 'Non, enquête en cours', en: 'No, investigation ongoing' },
  no_not_high_risk: { fr: 'Non, pas de risque élevé', en: 'No, not a high risk' },
  no_art34_3_condition: { fr: 'Non, une condition de l’art. 34(3) est remplie', en: 'No, an Art. 34(3) condition is met' },
};

/** zod schemas of the lists, for the contract and the service. */
export const DataTypeSchema = z.enum(DATA_TYPES);
export const SubjectCategorySchema = z.enum(SUBJECT_CATEGORIES);
export const IncidentTypeSchema = z.enum(INCIDENT_TYPES);
export const BreachNatureSchema = z.enum(BREACH_NATURES);
export const NumberPrecisionSchema = z.enum(NUMBER_PRECISIONS);
export const CommunicationStatusSchema = z.enum(COMMUNICATION_STATUSES);
