/**
 * GDPR Art. 28 — processor contracts checked clause by clause (REGULATORY.md §4).
 * One entry per checklist key; the DPO records, for each contract, whether the clause is present,
 * partial, missing or not applicable, with the section of the contract and a comment.
 */
import { z } from 'zod';

/** Keys of REGULATORY.md §4, in the order of the article. */
export const ART28_KEYS = [
  'a28_1_sufficient_guarantees',
  'a28_2_prior_written_authorisation',
  'a28_2_general_auth_change_notice',
  'a28_3_binding_contract_or_act',
  'a28_3_subject_matter_duration',
  'a28_3_nature_purpose',
  'a28_3_type_personal_data',
  'a28_3_categories_data_subjects',
  'a28_3_controller_obligations_rights',
  'a28_3a_documented_instructions',
  'a28_3b_confidentiality',
  'a28_3c_security_art32',
  'a28_3d_subprocessor_conditions',
  'a28_3e_assist_data_subject_rights',
  'a28_3f_assist_art32_36',
  'a28_3g_delete_or_return',
  'a28_3h_audits_information',
  'a28_3_infringing_instruction_alert',
  'a28_4_flow_down',
  'a28_4_initial_processor_liable',
  'a28_5_code_or_certification',
  'a28_6_8_sccs',
  'a28_9_in_writing',
  'a28_10_processor_as_controller',
  'a28_breach_notice_sla',
] as const;
export type Art28Key = (typeof ART28_KEYS)[number];

/**
 * - mandatory: the contract must contain it (Art. 28(1)-(4), (9));
 * - optional_evidence: may demonstrate guarantees (Art. 28(5)-(8)), never required;
 * - recommended: good practice, not in the text (breach notice SLA, EDPB 9/2022);
 * - risk_flag: a situation to detect, not a clause ("present" = the situation is observed, Art. 28(10)).
 */
export type Art28Kind = 'mandatory' | 'optional_evidence' | 'recommended' | 'risk_flag';

export interface Art28Item {
  key: Art28Key;
  article: string;
  labelFr: string;
  labelEn: string;
  kind: Art28Kind;
  /** Whether « non applicable » is an acceptable answer (e.g. no sub-processing allowed at all). */
  notApplicableAllowed: boolean;
}

const item = (
  key: Art28Key,
  article: string,
  kind: Art28Kind,
  labelFr: string,
  labelEn: string,
  notApplicableAllowed = kind !== 'mandatory',
): Art28Item => ({ key, article, kind, labelFr, labelEn, notApplicableAllowed });

export const ART28_CHECKLIST: readonly Art28Item[] = [
  item('a28_1_sufficient_guarantees', 'Art. 28(1)', 'mandatory',
    'Garanties suffisantes de mesures techniques et organisationnelles appropriées',
    'Sufficient guarantees of appropriate technical and organisational measures'),
  item('a28_2_prior_written_authorisation', 'Art. 28(2)', 'mandatory',
    'Autorisation écrite préalable, spécifique ou générale, avant tout recours à un autre sous-traitant',
    'Prior specific or general written authorisation before engaging another processor'),
  // Art. 28(2): only relevant under a general authorisation.
  item('a28_2_general_auth_change_notice', 'Art. 28(2)', 'mandatory',
    "Information préalable de tout ajout ou remplacement de sous-traitant, avec possibilité d'objection",
    'Prior notice of any intended addition or replacement of processors, with the opportunity to object', true),
  item('a28_3_binding_contract_or_act', 'Art. 28(3)', 'mandatory',
    'Contrat ou autre acte juridique liant le sous-traitant', 'Contract or other legal act binding the processor'),
  item('a28_3_subject_matter_duration', 'Art. 28(3)', 'mandatory',
    'Objet et durée du traitement', 'Subject-matter and duration of the processing'),
  item('a28_3_nature_purpose', 'Art. 28(3)', 'mandatory',
    'Nature et finalité du traitement', 'Nature and purpose of the processing'),
  item('a28_3_type_personal_data', 'Art. 28(3)', 'mandatory',
    'Type de données à caractère personnel', 'Type of personal data'),
  item('a28_3_categories_data_subjects', 'Art. 28(3)', 'mandatory',
    'Catégories de personnes concernées', 'Categories of data subjects'),
  item('a28_3_controller_obligations_rights', 'Art. 28(3)', 'mandatory',
    'Obligations et droits du responsable du traitement', 'Obligations and rights of the controller'),
  item('a28_3a_documented_instructions', 'Art. 28(3)(a)', 'mandatory',
    'Traitement sur instruction documentée uniquement, y compris pour les transferts hors UE',
    'Processing only on documented instructions, including transfers to third countries'),
  item('a28_3b_confidentiality', 'Art. 28(3)(b)', 'mandatory',
    'Engagement de confidentialité des personnes autorisées à traiter les données',
    'Persons authorised to process the data committed to confidentiality'),
  item('a28_3c_security_art32', 'Art. 28(3)(c)', 'mandatory',
    "Mesures de sécurité requises par l'article 32", 'All measures required pursuant to Article 32'),
  item('a28_3d_subprocessor_conditions', 'Art. 28(3)(d)', 'mandatory',
    "Respect des conditions de recours à un autre sous-traitant (art. 28(2) et (4))",
    'Conditions of Art. 28(2) and (4) respected for engaging another processor'),
  item('a28_3e_assist_data_subject_rights', 'Art. 28(3)(e)', 'mandatory',
    "Aide au responsable pour répondre aux demandes d'exercice des droits",
    'Assistance with data subject rights requests'),
  item('a28_3f_assist_art32_36', 'Art. 28(3)(f)', 'mandatory',
    'Aide au respect des articles 32 à 36 (sécurité, violations, AIPD, consultation préalable)',
    'Assistance with Articles 32 to 36 (security, breaches, DPIA, prior consultation)'),
  item('a28_3g_delete_or_return', 'Art. 28(3)(g)', 'mandatory',
    'Suppression ou restitution des données en fin de prestation, au choix du responsable',
    "Deletion or return of all data at the end of the services, at the controller's choice"),
  item('a28_3h_audits_information', 'Art. 28(3)(h)', 'mandatory',
    'Informations démontrant la conformité, audits et inspections',
    'Information to demonstrate compliance; audits and inspections'),
  item('a28_3_infringing_instruction_alert', 'Art. 28(3), 2e alinéa', 'mandatory',
    'Information immédiate du responsable si une instruction enfreint le règlement',
    'Immediate information of the controller if an instruction infringes the Regulation'),
  // Art. 28(4): not applicable when the contract forbids any sub-processing.
  item('a28_4_flow_down', 'Art. 28(4)', 'mandatory',
    'Mêmes obligations imposées aux sous-traitants ultérieurs',
    'Same data protection obligations imposed on sub-processors', true),
  item('a28_4_initial_processor_liable', 'Art. 28(4)', 'mandatory',
    'Responsabilité entière du sous-traitant initial pour ses sous-traitants ultérieurs',
    'Initial processor remains fully liable for its sub-processors', true),
  item('a28_5_code_or_certification', 'Art. 28(5)', 'optional_evidence',
    'Adhésion à un code de conduite (art. 40) ou certification (art. 42)',
    'Adherence to a code of conduct (Art. 40) or certification (Art. 42)'),
  item('a28_6_8_sccs', 'Art. 28(6)-(8)', 'optional_evidence',
    'Clauses contractuelles types (Commission ou autorité de contrôle)',
    'Standard contractual clauses (Commission or supervisory authority)'),
  item('a28_9_in_writing', 'Art. 28(9)', 'mandatory',
    'Contrat écrit, y compris sous forme électronique', 'In writing, including in electronic form'),
  item('a28_10_processor_as_controller', 'Art. 28(10)', 'risk_flag',
    'Le sous-traitant détermine les finalités et les moyens (il devient alors responsable du traitement)',
    'Processor determines purposes and means (it is then a controller)'),
  item('a28_breach_notice_sla', 'Art. 33(2) ; EDPB lignes directrices 9/2022', 'recommended',
    'Délai contractuel chiffré (en heures) pour signaler une violation au responsable',
    'Contractual hour deadline to report a breach to the controller'),
];

export const ART28_BY_KEY: Readonly<Record<Art28Key, Art28Item>> = Object.fromEntries(
  ART28_CHECKLIST.map((i) => [i.key, i]),
) as Record<Art28Key, Art28Item>;

export const ART28_STATUSES = ['present', 'partial', 'missing', 'not_applicable'] as const;
export type Art28Status = (typeof ART28_STATUSES)[number];

export const ART28_STATUS_LABELS: Readonly<Record<Art28Status, { fr: string; en: string }>> = {
  present: { fr: 'Présente', en: 'Present' },
  partial: { fr: 'Partielle', en: 'Partial' },
  missing: { fr: 'Absente', en: 'Missing' },
  not_applicable: { fr: 'Non applicable', en: 'Not applicable' },
};

export const Art28Answer = z.object({
  status: z.enum(ART28_STATUSES),
  /** Where the clause sits in the contract, e.g. « art. 7.2 » or « annexe 3 ». */
  section: z.string().trim().max(200).default(''),
  comment: z.string().trim().max(2000).default(''),
});
export type Art28Answer = z.infer<typeof Art28Answer>;

export const Art28Checklist = z.partialRecord(z.enum(ART28_KEYS), Art28Answer);
export type Art28Checklist = z.infer<typeof Art28Checklist>;

/** What a clause counts as once the answer is read: an unanswered key is « unanswered ». */
export type Art28EffectiveStatus = Art28Status | 'unanswered';

export interface Art28KeyResult {
  key: Art28Key;
  status: Art28EffectiveStatus;
  /** True when a mandatory clause is unanswered, missing, or wrongly marked not applicable. */
  gap: boolean;
  /** French sentence when the answer is not acceptable as given. */
  noteFr: string | null;
}

export interface Art28Evaluation {
  perKey: Record<Art28Key, Art28KeyResult>;
  /** Mandatory clauses that are missing, unanswered or marked N/A where N/A is not possible. */
  missingMandatory: Art28Key[];
  partialMandatory: Art28Key[];
  /** Situations of Art. 28(10) observed (answer present or partial). */
  riskFlags: Art28Key[];
  /** Recommended clauses not present (breach notice SLA). */
  recommendedMissing: Art28Key[];
  /** Present mandatory clauses / applicable mandatory clauses (partial counts as not complete), 0..1. */
  completeness: number;
  /** No mandatory gap and no partial mandatory clause. */
  compliant: boolean;
}

/** Evaluates one contract's checklist against Art. 28. Unanswered mandatory clauses count as missing. */
export function evaluateChecklist(answers: Partial<Record<Art28Key, { status: Art28Status }>>): Art28Evaluation {
  const perKey = {} as Record<Art28Key, Art28KeyResult>;
  const missingMandatory: Art28Key[] = [];
  const partialMandatory: Art28Key[] = [];
  const riskFlags: Art28Key[] = [];
  const recommendedMissing: Art28Key[] = [];
  let applicable = 0;
  let present = 0;

  for (const it of ART28_CHECKLIST) {
    const status: Art28EffectiveStatus = answers[it.key]?.status ?? 'unanswered';
    let gap = false;
    let noteFr: string | null = null;
    if (it.kind === 'mandatory') {
      if (status === 'not_applicable' && it.notApplicableAllowed) {
        // Excluded from the ratio: the clause has no object in this contract.
      } else {
        applicable += 1;
        if (status === 'present') present += 1;
        else if (status === 'partial') partialMandatory.push(it.key);
        else {
          gap = true;
          missingMandatory.push(it.key);
          if (status === 'not_applicable') {
            noteFr = `La clause « ${it.labelFr} » (${it.article}) est obligatoire dans tout contrat de sous-traitance : elle ne peut pas être marquée non applicable.`;
          } else if (status === 'unanswered') {
            noteFr = `La clause « ${it.labelFr} » (${it.article}) n'a pas encore été vérifiée : indiquez si elle figure au contrat.`;
          }
        }
      }
    } else if (it.kind === 'risk_flag') {
      if (status === 'present' || status === 'partial') riskFlags.push(it.key);
    } else if (it.kind === 'recommended') {
      if (status !== 'present' && status !== 'not_applicable') recommendedMissing.push(it.key);
    }
    perKey[it.key] = { key: it.key, status, gap, noteFr };
  }

  return {
    perKey,
    missingMandatory,
    partialMandatory,
    riskFlags,
    recommendedMissing,
    completeness: applicable === 0 ? 1 : present / applicable,
    compliant: missingMandatory.length === 0 && partialMandatory.length === 0,
  };
}
