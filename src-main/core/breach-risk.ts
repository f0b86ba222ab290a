/**
 * Breach risk assessment assistant: from structured answers to a recommendation the DPO can follow
 * or overrule (breach-workflow.ts requires a justification when they overrule it).
 *
 *   none      — « unlikely to result in a risk »: document in the register only (Art. 33(1), 33(5));
 *   risk      — notify the CNIL within 72 h (Art. 33(1));
 *   high_risk — notify the CNIL and inform the people without undue delay (Art. 34(1)).
 *
 * Two tools, both shown in `reasons`:
 * 1. ENISA 2013 severity, SE = DPC × EI + CB, with bands Low < 2 ≤ Medium < 3 ≤ High < 4 ≤ Very high
 *    (cut-offs above 2 are [U], a documented choice — REGULATORY.md §3b).
 * 2. Readable rules drawn from EDPB Guidelines 01/2021 (cases cited next to each rule):
 *    a. First, which losses are *effective*. Confidentiality is not lost when exfiltration is excluded,
 *       when the data are unintelligible (Art. 34(3)(a): state-of-the-art encryption, key safe — cases
 *       01, 06, 10), or when a trusted recipient bound by secrecy received and deleted them (case 09).
 *       Availability is not lost when a backup restored the data within hours (case 01).
 *    b. No effective loss → none.
 *    c. High risk when any of (one line each in `reasons`):
 *       H1 confidentiality lost on Art. 9 / Art. 10 data (case 12, health records);
 *       H2 confidentiality lost on vulnerable people (minors, patients);
 *       H3 confidentiality lost on data that enable fraud or identity theft (financial, payment
 *          means, credentials, official documents, NIR) to an attacker or an uncontrolled audience
 *          (cases 04, 07, 14, 17, 18);
 *       H4 availability or integrity lost on special-category data of vulnerable people — care can be
 *          disrupted (case 03, hospital);
 *       H5 consequences that may be irreversible;
 *       H6 ENISA severity High or Very high (case 05);
 *       H7 confidentiality lost to unknown recipients for a large number of people (case 11).
 *    d. Otherwise, a misdirected disclosure to known recipients, without malice, of ordinary data
 *       with a Low ENISA severity → none (cases 13, 15).
 *    e. Otherwise → risk (cases 02, 08, 16).
 */
import { z } from 'zod';
import { DATA_TYPE_LABELS, DataTypeSchema, type DataType } from './breach-vocabulary';

export const IDENTIFICATION_LEVELS = ['negligible', 'limited', 'significant', 'maximum'] as const;
export const CONFIDENTIALITY_CIRCUMSTANCES = ['none', 'trusted_recipient', 'known_recipients', 'unknown_recipients'] as const;
export const INTEGRITY_CIRCUMSTANCES = ['none', 'altered_recoverable', 'altered_irreversible'] as const;
export const AVAILABILITY_CIRCUMSTANCES = ['none', 'temporary', 'permanent'] as const;
export const BACKUP_STATES = ['not_needed', 'restored_quickly', 'restored_with_delay', 'unavailable'] as const;
export const EXFILTRATION_STATES = ['certain', 'likely', 'excluded'] as const;
export const PERMANENCE_STATES = ['reversible', 'irreversible', 'unknown'] as const;
export const RECOMMENDATIONS = ['none', 'risk', 'high_risk'] as const;
export const SEVERITY_BANDS = ['low', 'medium', 'high', 'very_high'] as const;

export type IdentificationLevel = (typeof IDENTIFICATION_LEVELS)[number];
export type Recommendation = (typeof RECOMMENDATIONS)[number];
export type SeverityBand = (typeof SEVERITY_BANDS)[number];

export const RECOMMENDATION_LABELS: Record<Recommendation, { fr: string; en: string }> = {
  none: { fr: 'Documenter au registre seulement', en: 'Document in the register only' },
  risk: { fr: 'Notifier la CNIL', en: 'Notify the CNIL' },
  high_risk: { fr: 'Notifier la CNIL et informer les personnes', en: 'Notify the CNIL and inform the people' },
};

export const SEVERITY_BAND_LABELS: Record<SeverityBand, { fr: string; en: string }> = {
  low: { fr: 'faible', en: 'low' },
  medium: { fr: 'moyenne', en: 'medium' },
  high: { fr: 'élevée', en: 'high' },
  very_high: { fr: 'très élevée', en: 'very high' },
};

export const RiskAnswersSchema = z.object({
  dataTypes: z.array(DataTypeSchema).min(1, 'Indiquez au moins un type de données concernées.'),
  /** ENISA DPC base score; derived from the data types when absent. */
  dpcBase: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).optional(),
  /** ENISA context adjustments (volume per person, controller's field, public or outdated data…). */
  dpcAdjustments: z
    .array(z.object({ delta: z.number().int().min(-3).max(3), reason: z.string().trim().min(1, 'Motivez chaque ajustement du score DPC.') }))
    .default([]),
  identification: z.enum(IDENTIFICATION_LEVELS),
  confidentiality: z.enum(CONFIDENTIALITY_CIRCUMSTANCES),
  integrity: z.enum(INTEGRITY_CIRCUMSTANCES),
  availability: z.enum(AVAILABILITY_CIRCUMSTANCES),
  maliciousIntent: z.boolean(),
  /** Ticked by the DPO; also inferred from the data types. */
  specialCategories: z.boolean().default(false),
  subjectCount: z.number().int().min(0).nullable(),
  vulnerableSubjects: z.boolean(),
  /** State-of-the-art encryption (or salted hashing) with the key not compromised. */
  dataUnintelligible: z.boolean(),
  backup: z.enum(BACKUP_STATES),
  exfiltration: z.enum(EXFILTRATION_STATES),
  permanence: z.enum(PERMANENCE_STATES),
});
export type RiskAnswers = z.output<typeof RiskAnswersSchema>;
export type RiskAnswersInput = z.input<typeof RiskAnswersSchema>;

export interface EnisaScore {
  dpcBase: number;
  dpc: number;
  ei: number;
  cb: number;
  se: number;
  band: SeverityBand;
}

export interface RiskAssessment {
  enisa: EnisaScore;
  /** Which losses remain once mitigating facts are taken into account (rule a). */
  effective: { confidentiality: boolean; integrity: boolean; availability: boolean };
  recommendation: Recommendation;
  /** French lines, each citing its criterion and article. */
  reasons: string[];
}

/** Documented choice [U]: « a large number of people » for rule H7. No authority gives a figure. */
export const LARGE_VOLUME = 10_000;

const EI: Record<IdentificationLevel, number> = { negligible: 0.25, limited: 0.5, significant: 0.75, maximum: 1 };
const CB_CONFIDENTIALITY = { none: 0, trusted_recipient: 0, known_recipients: 0.25, unknown_recipients: 0.5 } as const;
const CB_INTEGRITY = { none: 0, altered_recoverable: 0.25, altered_irreversible: 0.5 } as const;
const CB_AVAILABILITY = { none: 0, temporary: 0.25, permanent: 0.5 } as const;
const CB_MALICIOUS = 0.5;

/** Data that make fraud or identity theft possible (rule H3). */
const FRAUD_ENABLING: readonly DataType[] = ['economic_financial', 'payment_means', 'credentials', 'official_documents', 'nir'];

/**
 * ENISA DPC base by data type: 1 simple, 2 behavioural, 3 financial, 4 sensitive (Art. 9/10).
 * Documented choice: NIR, identity documents and credentials start at 2 (they allow impersonation).
 */
function dpcBaseOf(type: DataType): number {
  const label = DATA_TYPE_LABELS[type];
  if (label.special || label.criminal) return 4;
  if (type === 'economic_financial' || type === 'payment_means') return 3;
  if (['location', 'profile', 'nir', 'official_documents', 'credentials'].includes(type)) return 2;
  return 1;
}

const fr = (n: number): string => String(Math.round(n * 100) / 100).replace('.', ',');

export function bandOf(se: number): SeverityBand {
  if (se < 2) return 'low';
  if (se < 3) return 'medium';
  if (se < 4) return 'high';
  return 'very_high';
}

/** ENISA 2013: SE = DPC × EI + CB; DPC kept within 1-4 after the context adjustments. */
export function enisaScore(a: RiskAnswers): EnisaScore {
  const dpcBase = a.dpcBase ?? Math.max(...a.dataTypes.map(dpcBaseOf));
  const dpc = Math.min(4, Math.max(1, dpcBase + a.dpcAdjustments.reduce((sum, adj) => sum + adj.delta, 0)));
  const ei = EI[a.identification];
  const cb = CB_CONFIDENTIALITY[a.confidentiality] + CB_INTEGRITY[a.integrity] + CB_AVAILABILITY[a.availability] + (a.maliciousIntent ? CB_MALICIOUS : 0);
  const se = dpc * ei + cb;
  return { dpcBase, dpc, ei, cb, se, band: bandOf(se) };
}

export function assessBreachRisk(a: RiskAnswers): RiskAssessment {
  const enisa = enisaScore(a);
  const reasons: string[] = [
    `Gravité ENISA : SE = DPC ${fr(enisa.dpc)} × EI ${fr(enisa.ei)} + CB ${fr(enisa.cb)} = ${fr(enisa.se)} (${SEVERITY_BAND_LABELS[enisa.band].fr}) — méthode ENISA 2013, seuils au-delà de 2 à confirmer.`,
    ...a.dpcAdjustments.map((adj) => `Ajustement du contexte (DPC ${adj.delta > 0 ? '+' : ''}${adj.delta}) : ${adj.reason}`),
  ];
  const special = a.specialCategories || a.dataTypes.some((t) => DATA_TYPE_LABELS[t].special || DATA_TYPE_LABELS[t].criminal);
  const fraudEnabling = a.dataTypes.some((t) => FRAUD_ENABLING.includes(t));

  // Rule a — effective losses.
  let confidentiality = a.confidentiality !== 'none';
  if (confidentiality && a.exfiltration === 'excluded') {
    confidentiality = false;
    reasons.push("Exfiltration exclue avec certitude : pas de perte de confidentialité (EDPB 01/2021, cas 01).");
  } else if (confidentiality && a.dataUnintelligible) {
    confidentiality = false;
    reasons.push("Données inintelligibles (chiffrement ou hachage à l'état de l'art, clé non compromise) : pas de perte de confidentialité effective (art. 34(3)(a) ; EDPB 01/2021, cas 06 et 10).");
  } else if (confidentiality && a.confidentiality === 'trusted_recipient' && !a.maliciousIntent) {
    confidentiality = false;
    reasons.push('Destinataire de confiance, tenu au secret, ayant supprimé les données : risque peu probable (EDPB 01/2021, cas 09).');
  }
  const integrity = a.integrity !== 'none';
  let availability = a.availability !== 'none';
  if (availability && a.backup === 'restored_quickly') {
    availability = false;
    reasons.push('Sauvegarde restaurée en quelques heures : indisponibilité sans conséquence durable (EDPB 01/2021, cas 01).');
  }
  const effective = { confidentiality, integrity, availability };

  // Rule b — nothing left.
  if (!confidentiality && !integrity && !availability) {
    reasons.push('Conclusion : violation peu susceptible d’engendrer un risque — la documenter au registre (art. 33(5)) ; pas de notification (art. 33(1)).');
    return { enisa, effective, recommendation: 'none', reasons };
  }

  // Rule c — high risk.
  const high: string[] = [];
  if (confidentiality && special) high.push('H1 — perte de confidentialité de données sensibles (art. 9 ou 10 RGPD).');
  if (confidentiality && a.vulnerableSubjects) high.push('H2 — perte de confidentialité touchant des personnes vulnérables (mineurs, patients…).');
  if (confidentiality && fraudEnabling && (a.maliciousIntent || a.confidentiality === 'unknown_recipients')) {
    high.push("H3 — données permettant fraude ou usurpation d'identité (financières, moyens de paiement, identifiants, pièces d'identité, NIR) entre les mains d'un attaquant ou d'un public non maîtrisé.");
  }
  if ((availability || integrity) && special && a.vulnerableSubjects) {
    high.push("H4 — indisponibilité ou altération de données de santé ou sensibles de personnes vulnérables : la prise en charge peut être compromise (EDPB 01/2021, cas 03).");
  }
  if (a.permanence === 'irreversible') high.push('H5 — conséquences potentiellement irréversibles pour les personnes.');
  if (enisa.band === 'high' || enisa.band === 'very_high') high.push(`H6 — gravité ENISA ${SEVERITY_BAND_LABELS[enisa.band].fr} (SE ≥ 3).`);
  if (confidentiality && a.confidentiality === 'unknown_recipients' && (a.subjectCount ?? 0) >= LARGE_VOLUME) {
    high.push(`H7 — données exposées à des destinataires inconnus pour un grand nombre de personnes (${a.subjectCount} ≥ ${LARGE_VOLUME}) (EDPB 01/2021, cas 11).`);
  }
  if (high.length > 0) {
    reasons.push(...high, 'Conclusion : risque élevé — notifier la CNIL dans les 72 h (art. 33(1)) et informer les personnes dans les meilleurs délais (art. 34(1)), sauf condition de l’art. 34(3).');
    return { enisa, effective, recommendation: 'high_risk', reasons };
  }

  // Rule d — minor misdirected disclosure.
  if (confidentiality && !integrity && !availability && a.confidentiality === 'known_recipients' && !a.maliciousIntent && !fraudEnabling && enisa.band === 'low') {
    reasons.push(
      'Divulgation accidentelle à des destinataires identifiés, sans malveillance, de données courantes, gravité faible (EDPB 01/2021, cas 13 et 15).',
      'Conclusion : violation peu susceptible d’engendrer un risque — la documenter au registre (art. 33(5)) ; pas de notification (art. 33(1)).',
    );
    return { enisa, effective, recommendation: 'none', reasons };
  }

  // Rule e — risk.
  if (confidentiality) reasons.push(a.maliciousIntent ? 'Perte de confidentialité avec intention malveillante : aucune assurance sur l’usage des données (EDPB 01/2021, cas 08).' : 'Perte de confidentialité effective.');
  if (availability) reasons.push('Indisponibilité des données au-delà de quelques heures (EDPB 01/2021, cas 02).');
  if (integrity) reasons.push('Altération des données.');
  reasons.push('Conclusion : risque — notifier la CNIL dans les 72 h suivant la prise de connaissance (art. 33(1)) ; information des personnes non requise (pas de risque élevé, art. 34(1)).');
  return { enisa, effective, recommendation: 'risk', reasons };
}
