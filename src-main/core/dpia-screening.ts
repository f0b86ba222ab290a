/**
 * Does a processing need a DPIA? (GDPR Art. 35; REGULATORY.md §6)
 * - Art. 35(3)(a)-(c): cases where the GDPR itself requires one;
 * - CNIL list, délibération n° 2018-327 du 11 octobre 2018 (Art. 35(4)): 14 types always requiring one;
 * - WP248 rev.01 (endorsed by the EDPB): nine criteria; « a processing meeting two criteria would
 *   require a DPIA » — one criterion: recommended here, so that the DPO records why not.
 */
import { z } from 'zod';

export interface ScreeningItem<Id extends string> {
  id: Id;
  fr: string;
  en: string;
  /** How the reason cites it, e.g. « critère 4 des lignes directrices WP248 ». */
  citationFr: string;
}

export const ART35_3_CASES = [
  { id: 'a35_3a_systematic_evaluation', fr: 'Évaluation systématique et approfondie d’aspects personnels, fondée sur un traitement automatisé (y compris le profilage), sur laquelle se fondent des décisions produisant des effets juridiques ou affectant la personne de manière significative', en: 'Systematic and extensive automated evaluation with legal or similarly significant effects', citationFr: 'article 35(3)(a) du RGPD' },
  { id: 'a35_3b_large_scale_special_categories', fr: 'Traitement à grande échelle de catégories particulières de données (art. 9(1)) ou de données relatives aux condamnations et infractions (art. 10)', en: 'Large-scale processing of special categories (Art. 9(1)) or criminal data (Art. 10)', citationFr: 'article 35(3)(b) du RGPD' },
  { id: 'a35_3c_public_area_monitoring', fr: 'Surveillance systématique à grande échelle d’une zone accessible au public', en: 'Systematic monitoring of a publicly accessible area on a large scale', citationFr: 'article 35(3)(c) du RGPD' },
] as const satisfies readonly ScreeningItem<string>[];

const WP248_RAW = [
  { id: 'wp248_c1_evaluation_scoring', fr: 'Évaluation ou notation (y compris profilage et prédiction)', en: 'Evaluation or scoring, including profiling and predicting' },
  { id: 'wp248_c2_automated_decision_legal_effect', fr: 'Décision automatisée avec effet juridique ou effet similaire significatif', en: 'Automated decision-making with legal or similar significant effect' },
  { id: 'wp248_c3_systematic_monitoring', fr: 'Surveillance systématique', en: 'Systematic monitoring' },
  { id: 'wp248_c4_sensitive_or_highly_personal', fr: 'Données sensibles ou à caractère hautement personnel', en: 'Sensitive data or data of a highly personal nature' },
  { id: 'wp248_c5_large_scale', fr: 'Données traitées à grande échelle', en: 'Data processed on a large scale' },
  { id: 'wp248_c6_matching_combining', fr: 'Croisement ou combinaison d’ensembles de données', en: 'Matching or combining datasets' },
  { id: 'wp248_c7_vulnerable_subjects', fr: 'Données concernant des personnes vulnérables', en: 'Data concerning vulnerable data subjects' },
  { id: 'wp248_c8_innovative_technology', fr: 'Usage innovant ou application de nouvelles solutions technologiques ou organisationnelles', en: 'Innovative use or new technological or organisational solutions' },
  { id: 'wp248_c9_prevents_right_service_contract', fr: 'Traitement qui empêche les personnes d’exercer un droit ou de bénéficier d’un service ou d’un contrat', en: 'Processing that prevents data subjects from exercising a right or using a service or a contract' },
] as const;
export type Wp248Id = (typeof WP248_RAW)[number]['id'];
export const WP248_CRITERIA: readonly ScreeningItem<Wp248Id>[] = WP248_RAW.map((c, i) => ({
  ...c,
  citationFr: `critère ${i + 1} des lignes directrices WP248`,
}));

/** CNIL list (délib. 2018-327), wording [S] to verify against JORF 6 Nov 2018 (REGULATORY.md §8 item 8). */
const CNIL_LIST_FR = [
  'Traitements de données de santé mis en œuvre par les établissements de santé ou les établissements médico-sociaux pour la prise en charge des personnes',
  'Traitements portant sur des données génétiques de personnes dites « vulnérables » (patients, employés, enfants, etc.)',
  'Traitements établissant des profils de personnes physiques à des fins de gestion des ressources humaines',
  'Traitements ayant pour finalité de surveiller de manière constante l’activité des employés concernés',
  'Traitements ayant pour finalité la gestion des alertes et des signalements en matière sociale et sanitaire',
  'Traitements ayant pour finalité la gestion des alertes et des signalements en matière professionnelle',
  'Traitements des données de santé nécessaires à la constitution d’un entrepôt de données ou d’un registre',
  'Traitements impliquant le profilage des personnes pouvant aboutir à leur exclusion du bénéfice d’un contrat ou à la suspension voire à la rupture de celui-ci',
  'Traitements mutualisés de manquements contractuels constatés, susceptibles d’aboutir à une décision d’exclusion ou de suspension du bénéfice d’un contrat',
  'Traitements de profilage faisant appel à des données provenant de sources externes',
  'Traitements de données biométriques aux fins de reconnaissance des personnes parmi lesquelles figurent des personnes dites « vulnérables » (élèves, personnes âgées, patients, demandeurs d’asile…)',
  'Instruction des demandes et gestion des logements sociaux',
  'Traitements ayant pour finalité l’accompagnement social ou médico-social des personnes',
  'Traitements de données de localisation à large échelle',
] as const;
const CNIL_LIST_EN = [
  'Health data processed by health or medico-social establishments for patient care',
  'Genetic data of vulnerable persons',
  'Profiling of natural persons for human resources management',
  'Constant monitoring of employees’ activity',
  'Management of social and health alerts and reports',
  'Management of professional alerts and reports (whistleblowing)',
  'Health data needed to build a data warehouse or a registry',
  'Profiling that may lead to exclusion from, suspension or termination of a contract',
  'Pooled records of contractual breaches that may lead to exclusion or suspension of a contract',
  'Profiling using data from external sources',
  'Biometric recognition of persons including vulnerable persons',
  'Processing of applications for and management of social housing',
  'Social or medico-social support of persons',
  'Large-scale location data',
] as const;

export type CnilAipdId = `cnil_aipd_${'01' | '02' | '03' | '04' | '05' | '06' | '07' | '08' | '09' | '10' | '11' | '12' | '13' | '14'}`;
export const CNIL_AIPD_LIST: readonly ScreeningItem<CnilAipdId>[] = CNIL_LIST_FR.map((fr, i) => {
  const n = String(i + 1).padStart(2, '0');
  return { id: `cnil_aipd_${n}` as CnilAipdId, fr, en: CNIL_LIST_EN[i] ?? fr, citationFr: `type n° ${i + 1} de la liste CNIL (délibération n° 2018-327)` };
});

export type Art35CaseId = (typeof ART35_3_CASES)[number]['id'];

const yesNo = <Id extends string>(list: readonly { id: Id }[]) =>
  z.partialRecord(z.enum(list.map((x) => x.id) as [Id, ...Id[]]), z.boolean());

/** Answers of the screening questionnaire: unanswered = no. */
export const DpiaScreeningAnswers = z.object({
  art35_3: yesNo(ART35_3_CASES).default({}),
  cnil: yesNo(CNIL_AIPD_LIST).default({}),
  wp248: yesNo(WP248_CRITERIA).default({}),
});
export type DpiaScreeningAnswers = z.infer<typeof DpiaScreeningAnswers>;

export type DpiaOutcome = 'required' | 'recommended' | 'not_required';

export interface DpiaReason {
  source: 'art35_3' | 'cnil' | 'wp248';
  id: string;
  /** The case, entry or criterion, in French, followed by its citation. */
  fr: string;
  citationFr: string;
}

export interface DpiaScreeningResult {
  outcome: DpiaOutcome;
  reasons: DpiaReason[];
  wp248Count: number;
  /** One French paragraph, archived with the screening as its justification. */
  summaryFr: string;
}

export const DPIA_OUTCOME_LABELS: Readonly<Record<DpiaOutcome, { fr: string; en: string }>> = {
  required: { fr: 'AIPD obligatoire', en: 'DPIA required' },
  recommended: { fr: 'AIPD recommandée', en: 'DPIA recommended' },
  not_required: { fr: 'AIPD non requise', en: 'DPIA not required' },
};

/** Screens one processing: any Art. 35(3) case or CNIL entry, or ≥ 2 WP248 criteria → required. */
export function screen(answers: Partial<DpiaScreeningAnswers>): DpiaScreeningResult {
  const reasons: DpiaReason[] = [];
  const pick = <Id extends string>(source: DpiaReason['source'], list: readonly ScreeningItem<Id>[], given: Partial<Record<Id, boolean>> | undefined) => {
    for (const it of list) {
      if (given?.[it.id] === true) reasons.push({ source, id: it.id, fr: `${it.fr} (${it.citationFr}).`, citationFr: it.citationFr });
    }
  };
  pick('art35_3', ART35_3_CASES, answers.art35_3);
  pick('cnil', CNIL_AIPD_LIST, answers.cnil);
  pick('wp248', WP248_CRITERIA, answers.wp248);

  const wp248Count = reasons.filter((r) => r.source === 'wp248').length;
  const mandatory = reasons.some((r) => r.source !== 'wp248');
  const outcome: DpiaOutcome = mandatory || wp248Count >= 2 ? 'required' : wp248Count === 1 ? 'recommended' : 'not_required';

  let summaryFr: string;
  if (outcome === 'required' && mandatory) {
    const cited = reasons.filter((r) => r.source !== 'wp248').map((r) => r.citationFr).join(' ; ');
    summaryFr = `Une AIPD est obligatoire. Cas visé(s) : ${cited}.`
      + (wp248Count > 0 ? ` Le traitement remplit en outre ${wp248Count} critère(s) WP248.` : '');
  } else if (outcome === 'required') {
    summaryFr = `Une AIPD est obligatoire : le traitement remplit ${wp248Count} critères des lignes directrices WP248 (au moins deux).`;
  } else if (outcome === 'recommended') {
    summaryFr = "Une AIPD est recommandée : le traitement remplit un critère WP248. Si vous décidez de ne pas la réaliser, consignez-en les raisons.";
  } else {
    summaryFr = "Aucune AIPD n'est requise : le traitement ne relève ni de l'article 35(3), ni de la liste CNIL, ni d'aucun critère WP248. Réexaminez-le s'il change.";
  }
  return { outcome, reasons, wp248Count, summaryFr };
}
