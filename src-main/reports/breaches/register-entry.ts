/**
 * One breach as the register of GDPR Art. 33(5) shows it: « the facts relating to the personal data
 * breach, its effects and the remedial action taken », with the reasoning behind every decision —
 * including incidents dismissed as not being personal-data breaches and breaches not notified
 * (EDPB 01/2021 para 15: documentation « in each and every case »). REGULATORY.md §2a lists the
 * minimum register fields; each has a column here.
 */
import { clockOutcome } from '../../core/breach-clock';
import { SEVERITY_BAND_LABELS } from '../../core/breach-risk';
import {
  AVAILABILITY_CONSEQUENCE_LABELS,
  AVAILABILITY_TYPE_LABELS,
  BREACH_CAUSE_LABELS,
  BREACH_NATURE_LABELS,
  COMMUNICATION_STATUS_LABELS,
  CONFIDENTIALITY_CONSEQUENCE_LABELS,
  CONFIDENTIALITY_TYPE_LABELS,
  DATA_TYPE_LABELS,
  DISCOVERY_SOURCE_LABELS,
  IMPACT_SEVERITY_LABELS,
  IMPACT_TYPE_LABELS,
  INCIDENT_TYPE_LABELS,
  INTEGRITY_CONSEQUENCE_LABELS,
  INTEGRITY_TYPE_LABELS,
  MEASURE_IN_PLACE_LABELS,
  NUMBER_PRECISION_LABELS,
  SUBJECT_CATEGORY_LABELS,
  UNINTELLIGIBILITY_LABELS,
  type CommunicationStatus,
} from '../../core/breach-vocabulary';
import { ART34_EXEMPTION_LABELS, BREACH_DECISION_LABELS, BREACH_STATUS_LABELS, type BreachRecord } from '../../core/breach-workflow';
import {
  COMMUNICATION_CHANNEL_LABELS,
  OCCURRENCE_KIND_LABELS,
  PARTY_ROLE_LABELS,
  type BreachAssessment,
  type BreachCommunicationView,
  type BreachFacts,
  type BreachNotificationView,
} from '../../shared/schemas/breach';
import type { CellInput } from '../xlsx/cells';
import { label, labelList, duration, paris, RISK_OUTCOME_LABELS } from './labels';

export interface BreachRegisterEntry {
  id: string;
  reference: string;
  dueAt: string | null;
  facts: BreachFacts;
  workflow: BreachRecord;
  flags: { specialCategories: boolean; nir: boolean; vulnerableSubjects: boolean };
  /** The latest risk assessment (earlier ones stay in the vault). */
  assessment: BreachAssessment | null;
  notifications: BreachNotificationView[];
  communications: BreachCommunicationView[];
  communicationStatus: CommunicationStatus;
  /** Processings of the register the breach touched, « TRT-… — name », in reference order (issue 6). */
  processings?: readonly string[];
}

/**
 * Why the breach was, or was not, notified and communicated: the register's reasoning (Art. 33(5)).
 * `compact` leaves out the risk analysis's conclusion sentence (the PDF's narrow column; the XLSX has it).
 */
export function registerReasoning(e: BreachRegisterEntry, compact = false): string {
  const w = e.workflow;
  const parts: string[] = [];
  if (w.dismissal && w.status === 'dismissed') {
    parts.push(`Écartée le ${paris(w.dismissal.at)} : pas une violation de données personnelles — ${w.dismissal.reason}`);
  }
  for (const r of w.reopenings) parts.push(`Rouverte le ${paris(r.at)} : ${r.reason}`);
  const conclusion = e.assessment?.result.reasons.find((r) => r.startsWith('Conclusion'));
  if (e.assessment) parts.push(`Analyse de risque du ${paris(e.assessment.at)} : ${RISK_OUTCOME_LABELS[e.assessment.result.recommendation]}.${conclusion && !compact ? ` ${conclusion}` : ''}`);
  const d = w.decision;
  if (d) {
    parts.push(`Décision du ${paris(d.decidedAt)} : ${BREACH_DECISION_LABELS[d.kind].fr}.`);
    if (d.kind === 'document_only') parts.push('Non notifiée à la CNIL : violation peu susceptible d’engendrer un risque (art. 33(1)).');
    if (d.justification) parts.push(`Justification : ${d.justification}`);
    if (d.art34Exemption) parts.push(`Personnes non informées — ${ART34_EXEMPTION_LABELS[d.art34Exemption.condition].fr} : ${d.art34Exemption.reason}`);
  } else if (w.status !== 'dismissed' && w.status !== 'closed') {
    parts.push('Décision sur la notification non encore prise.');
  }
  const late = e.notifications.find((n) => n.kind === 'initial' && n.late);
  if (late) parts.push(`Notifiée après 72 h — motifs du retard (art. 33(1)) : ${late.delayReasons ?? 'non renseignés'}`);
  return parts.join('\n');
}

/** Why the people were not informed (Art. 34(1) no high risk, or an Art. 34(3) condition). */
function reasonNotInformed(e: BreachRegisterEntry): string {
  if (e.communications.length > 0) return '';
  const ex = e.workflow.decision?.art34Exemption;
  if (ex) return `${ART34_EXEMPTION_LABELS[ex.condition].fr} : ${ex.reason}`;
  return COMMUNICATION_STATUS_LABELS[e.communicationStatus].fr;
}

const listOf = (items: readonly string[]): readonly string[] => items.filter((i) => i.trim() !== '');

/** Fields 79-87 (Art. 33(3)(c)): consequences for confidentiality, integrity and availability, impacts, description. */
function consequencesText(q: BreachFacts['consequences']): string {
  return listOf([
    q.confidentiality.length > 0 ? `Confidentialité : ${labelList(CONFIDENTIALITY_CONSEQUENCE_LABELS, q.confidentiality)}` : '',
    q.integrity.length > 0 ? `Intégrité : ${labelList(INTEGRITY_CONSEQUENCE_LABELS, q.integrity)}` : '',
    q.availability.length > 0 ? `Disponibilité : ${labelList(AVAILABILITY_CONSEQUENCE_LABELS, q.availability)}` : '',
    q.impacts.length > 0 ? `Impacts : ${labelList(IMPACT_TYPE_LABELS, q.impacts)}` : '',
    q.description,
  ]).join('\n');
}

/** Fields 114-118 (Art. 56): lead authority, establishments, people per country, other authorities notified. */
function crossBorderText(x: BreachFacts['crossBorder']): string {
  return listOf([
    x.leadAuthority ? `Autorité chef de file : ${x.leadAuthority}` : '',
    x.establishmentCountries.length > 0 ? `Établissements : ${x.establishmentCountries.join(', ')}` : '',
    x.subjectsPerCountry ? `Personnes par pays : ${x.subjectsPerCountry}` : '',
    x.otherAuthoritiesNotified ? `Autres autorités de contrôle notifiées : ${x.otherAuthoritiesNotified}` : '',
  ]).join('\n');
}

/** The columns of the register sheet, in order; `type` drives the cell (real dates, Oui/Non, numbers). */
export const REGISTER_COLUMNS = [
  { key: 'reference', header: 'Référence', type: 'text', width: 15 },
  { key: 'title', header: 'Intitulé', type: 'text', width: 36 },
  { key: 'status', header: 'Statut', type: 'text', width: 24 },
  { key: 'reportedAt', header: 'Signalée le', type: 'datetime' },
  { key: 'occurrence', header: 'Survenue', type: 'text', width: 20 },
  { key: 'occurredFrom', header: 'Début de la violation', type: 'datetime' },
  { key: 'occurredTo', header: 'Fin de la violation', type: 'datetime' },
  { key: 'discoveredAt', header: 'Découverte le', type: 'datetime' },
  { key: 'discoveredBy', header: 'Découverte par', type: 'text' },
  { key: 'discoveryDescription', header: 'Circonstances de la découverte', type: 'text', width: 40 },
  { key: 'processorAlertAt', header: 'Alerte du sous-traitant', type: 'datetime' },
  { key: 'awareAt', header: 'Prise de connaissance', type: 'datetime' },
  { key: 'dueAt', header: 'Échéance de notification (72 h)', type: 'datetime' },
  { key: 'natures', header: 'Nature (C/I/D)', type: 'list' },
  { key: 'confidentialityType', header: 'Perte de confidentialité', type: 'text' },
  { key: 'unintelligibility', header: 'Données inintelligibles', type: 'text' },
  { key: 'integrityType', header: 'Perte d’intégrité', type: 'text' },
  { key: 'availabilityType', header: 'Perte de disponibilité', type: 'text' },
  { key: 'incidentTypes', header: 'Type d’incident', type: 'list' },
  { key: 'cause', header: 'Cause', type: 'text' },
  { key: 'description', header: 'Description des faits', type: 'text', width: 60 },
  { key: 'systems', header: 'Systèmes et localisation', type: 'text' },
  { key: 'processings', header: 'Traitements concernés', type: 'list', width: 40 },
  { key: 'subjectCategories', header: 'Catégories de personnes', type: 'list' },
  { key: 'vulnerableSubjects', header: 'Personnes vulnérables', type: 'boolean' },
  { key: 'subjectsDescription', header: 'Description des personnes', type: 'text', width: 40 },
  { key: 'subjectCount', header: 'Nombre de personnes', type: 'number' },
  { key: 'subjectPrecision', header: 'Précision (personnes)', type: 'text', width: 14 },
  { key: 'dataTypes', header: 'Catégories de données', type: 'list' },
  { key: 'specialCategories', header: 'Catégories particulières (art. 9/10)', type: 'boolean' },
  { key: 'nir', header: 'NIR concerné', type: 'boolean' },
  { key: 'dataDescription', header: 'Description des données', type: 'text', width: 40 },
  { key: 'recordCount', header: 'Nombre d’enregistrements', type: 'number' },
  { key: 'recordPrecision', header: 'Précision (enregistrements)', type: 'text', width: 14 },
  { key: 'measuresInPlace', header: 'Mesures en place', type: 'text', width: 40 },
  { key: 'consequences', header: 'Conséquences probables', type: 'text', width: 40 },
  { key: 'impactSeverity', header: 'Gravité de l’impact', type: 'text', width: 14 },
  { key: 'assessedAt', header: 'Analyse de risque le', type: 'datetime' },
  { key: 'assessedBy', header: 'Analyse faite par', type: 'text', width: 16 },
  { key: 'riskOutcome', header: 'Résultat de l’analyse', type: 'text' },
  { key: 'enisaBand', header: 'Gravité ENISA', type: 'text', width: 14 },
  { key: 'enisaScore', header: 'Score ENISA (SE)', type: 'number' },
  { key: 'riskReasons', header: 'Motivation de l’analyse', type: 'text', width: 60 },
  { key: 'decision', header: 'Décision', type: 'text' },
  { key: 'decidedAt', header: 'Décidée le', type: 'datetime' },
  { key: 'justification', header: 'Justification de la décision', type: 'text', width: 40 },
  { key: 'dismissedAt', header: 'Écartée le', type: 'datetime' },
  { key: 'dismissalReason', header: 'Motif : pas une violation', type: 'text', width: 40 },
  { key: 'notified', header: 'Notifiée à la CNIL', type: 'boolean' },
  { key: 'notifiedAt', header: 'Notification initiale le', type: 'datetime' },
  { key: 'cnilReference', header: 'N° de notification CNIL', type: 'text', width: 18 },
  { key: 'withinDeadline', header: 'Notifiée dans les 72 h', type: 'boolean' },
  { key: 'lateBy', header: 'Retard', type: 'text', width: 14 },
  { key: 'delayReasons', header: 'Motifs du retard', type: 'text', width: 40 },
  { key: 'complementary', header: 'Notifications complémentaires', type: 'list' },
  { key: 'notificationHashes', header: 'Empreintes SHA-256 des copies transmises', type: 'list', width: 70 },
  { key: 'reasonNotNotified', header: 'Motif de non-notification', type: 'text', width: 40 },
  { key: 'communicationStatus', header: 'Information des personnes (art. 34)', type: 'text' },
  { key: 'informedAt', header: 'Personnes informées le', type: 'datetime' },
  { key: 'informedChannel', header: 'Moyen d’information', type: 'list' },
  { key: 'informedCount', header: 'Nombre de personnes informées', type: 'number' },
  { key: 'informedContent', header: 'Contenu de l’information', type: 'text', width: 50 },
  { key: 'reasonNotInformed', header: 'Motif de non-information', type: 'text', width: 40 },
  { key: 'remediationTaken', header: 'Mesures prises', type: 'text', width: 50 },
  { key: 'remediationPlanned', header: 'Mesures envisagées', type: 'text', width: 40 },
  { key: 'preventive', header: 'Mesures préventives', type: 'text', width: 40 },
  { key: 'police', header: 'Plainte / police', type: 'boolean' },
  { key: 'anssi', header: 'Signalement ANSSI', type: 'boolean' },
  { key: 'otherAuthorities', header: 'Autres autorités', type: 'text' },
  { key: 'crossBorder', header: 'Transfrontalier', type: 'boolean' },
  { key: 'countries', header: 'Pays des personnes concernées', type: 'list' },
  { key: 'crossBorderDetails', header: 'Détails transfrontaliers (art. 56)', type: 'text', width: 40 },
  { key: 'parties', header: 'Sous-traitants et autres parties', type: 'list', width: 40 },
  { key: 'closedAt', header: 'Close le', type: 'datetime' },
  { key: 'reasoning', header: 'Motivation au registre (art. 33(5))', type: 'text', width: 80 },
] as const;

export type RegisterColumnKey = (typeof REGISTER_COLUMNS)[number]['key'];
export type RegisterRow = Record<RegisterColumnKey, CellInput>;

export function registerRow(e: BreachRegisterEntry): RegisterRow {
  const f = e.facts;
  const w = e.workflow;
  const t = f.timeline;
  const n = f.nature;
  const initial = e.notifications.find((x) => x.kind === 'initial') ?? null;
  const clock = w.awareAt && initial ? clockOutcome(initial.at, w.awareAt, initial.at) : null;
  const last = e.communications[e.communications.length - 1] ?? null;
  const informedCount = e.communications.reduce<number | null>((sum, c) => (c.numberInformed === null ? sum : (sum ?? 0) + c.numberInformed), null);
  return {
    reference: e.reference,
    title: f.title,
    status: BREACH_STATUS_LABELS[w.status].fr,
    reportedAt: w.reportedAt,
    occurrence: `${label(OCCURRENCE_KIND_LABELS, t.occurrence)}${t.estimated ? ' (dates estimées)' : ''}`,
    occurredFrom: t.occurredFrom,
    occurredTo: t.occurredTo,
    discoveredAt: t.discoveredAt,
    discoveredBy: [label(DISCOVERY_SOURCE_LABELS, t.discoverySource), t.discoveredBy].filter((p) => p !== '').join(' — '),
    discoveryDescription: t.discoveryDescription,
    processorAlertAt: t.processorAlertAt,
    awareAt: w.awareAt,
    dueAt: e.dueAt,
    natures: n.natures.map((x) => BREACH_NATURE_LABELS[x].fr),
    confidentialityType: label(CONFIDENTIALITY_TYPE_LABELS, n.confidentialityType),
    unintelligibility: label(UNINTELLIGIBILITY_LABELS, n.unintelligibility),
    integrityType: label(INTEGRITY_TYPE_LABELS, n.integrityType),
    availabilityType: label(AVAILABILITY_TYPE_LABELS, n.availabilityType),
    incidentTypes: listOf([...n.incidentTypes.map((x) => INCIDENT_TYPE_LABELS[x].fr), n.incidentDetail]),
    cause: label(BREACH_CAUSE_LABELS, n.cause),
    description: f.description,
    systems: n.systems,
    processings: [...(e.processings ?? [])],
    subjectCategories: f.subjects.categories.map((x) => SUBJECT_CATEGORY_LABELS[x].fr),
    vulnerableSubjects: e.flags.vulnerableSubjects,
    subjectsDescription: f.subjects.description,
    subjectCount: f.subjects.count,
    subjectPrecision: label(NUMBER_PRECISION_LABELS, f.subjects.precision),
    dataTypes: f.data.types.map((x) => DATA_TYPE_LABELS[x].fr),
    specialCategories: e.flags.specialCategories,
    nir: e.flags.nir,
    dataDescription: f.data.description,
    recordCount: f.data.recordCount,
    recordPrecision: label(NUMBER_PRECISION_LABELS, f.data.precision),
    measuresInPlace: listOf([labelList(MEASURE_IN_PLACE_LABELS, f.measuresInPlace.measures), f.measuresInPlace.description]).join('\n'),
    consequences: consequencesText(f.consequences),
    impactSeverity: label(IMPACT_SEVERITY_LABELS, f.consequences.severity),
    assessedAt: e.assessment?.at ?? null,
    assessedBy: e.assessment?.by ?? '',
    riskOutcome: e.assessment ? RISK_OUTCOME_LABELS[e.assessment.result.recommendation] : '',
    enisaBand: e.assessment ? SEVERITY_BAND_LABELS[e.assessment.result.enisa.band].fr : '',
    enisaScore: e.assessment ? Math.round(e.assessment.result.enisa.se * 100) / 100 : null,
    riskReasons: e.assessment ? e.assessment.result.reasons.join('\n') : '',
    decision: w.decision ? BREACH_DECISION_LABELS[w.decision.kind].fr : '',
    decidedAt: w.decision?.decidedAt ?? null,
    justification: w.decision?.justification ?? '',
    dismissedAt: w.dismissal?.at ?? null,
    dismissalReason: w.dismissal?.reason ?? '',
    notified: e.notifications.length > 0,
    notifiedAt: initial?.at ?? null,
    cnilReference: initial?.reference ?? '',
    withinDeadline: clock ? clock.state === 'met' : null,
    lateBy: clock && clock.state === 'late' ? duration(clock.lateByMs) : '',
    delayReasons: initial?.delayReasons ?? '',
    complementary: e.notifications.filter((x) => x.kind === 'complementary').map((x) => `${paris(x.at)}${x.reference ? ` (n° ${x.reference})` : ''}`),
    notificationHashes: e.notifications.map((x) => `n° ${x.sequence} : ${x.snapshotSha256}`),
    reasonNotNotified:
      w.status === 'dismissed'
        ? 'Pas une violation de données personnelles'
        : w.decision?.kind === 'document_only'
          ? ['Violation peu susceptible d’engendrer un risque (art. 33(1))', w.decision.justification ?? ''].filter((p) => p !== '').join(' — ')
          : '',
    communicationStatus: COMMUNICATION_STATUS_LABELS[e.communicationStatus].fr,
    informedAt: e.communications[0]?.at ?? null,
    informedChannel: [...new Set(e.communications.map((c) => COMMUNICATION_CHANNEL_LABELS[c.channel].fr))],
    informedCount,
    informedContent: last?.content ?? '',
    reasonNotInformed: reasonNotInformed(e),
    remediationTaken: f.remediation.taken,
    remediationPlanned: f.remediation.planned,
    preventive: listOf([labelList(MEASURE_IN_PLACE_LABELS, f.remediation.preventive), f.remediation.preventiveDescription]).join('\n'),
    police: f.authorities.police,
    anssi: f.authorities.anssi,
    otherAuthorities: listOf([f.authorities.others, f.authorities.details]).join('\n'),
    crossBorder: f.crossBorder.crossBorder,
    countries: f.crossBorder.subjectCountries,
    crossBorderDetails: crossBorderText(f.crossBorder),
    parties: f.parties.map((p) => `${p.name} (${PARTY_ROLE_LABELS[p.role].fr})`),
    closedAt: w.closedAt,
    reasoning: registerReasoning(e),
  };
}
