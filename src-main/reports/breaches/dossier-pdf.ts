/**
 * « Dossier de notification à la CNIL » (GDPR Art. 33(3), 33(4)): the content of an initial or
 * complementary notification, laid out in the order of the notification form so that the DPO can copy
 * it into the CNIL téléservice section by section. The section order and field numbers are those of
 * the EDPB draft common template (REGULATORY.md §2b); the CNIL screens themselves are unverified [U].
 *
 * A recorded notification is rendered from its frozen copy (NotificationContent, stored with its
 * SHA-256); a draft from the breach as it stands.
 */
import { clockState, type ClockState } from '../../core/breach-clock';
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
  SUBJECT_CATEGORY_LABELS,
  UNINTELLIGIBILITY_LABELS,
} from '../../core/breach-vocabulary';
import { ART34_EXEMPTION_LABELS, BREACH_DECISION_LABELS } from '../../core/breach-workflow';
import type { Organisation } from '../../shared/schemas/organisation';
import {
  COMMUNICATION_CHANNEL_LABELS,
  OCCURRENCE_KIND_LABELS,
  PARTY_ROLE_LABELS,
  type NotificationContent,
} from '../../shared/schemas/breach';
import { formatSiren } from '../format';
import { renderPdf, type ReportDocument } from '../pdf/document';
import type { AuditHead } from '../pdf/page-frame';
import { countWithPrecision, formatCount, label, labelList, duration, paris, RISK_OUTCOME_LABELS, yesNo } from './labels';

export interface DossierPdfInput {
  content: NotificationContent;
  /** The organisation today (page header); the body prints the organisation as it was sent. */
  organisation: Organisation;
  auditHead: AuditHead;
  generatedAt: string;
  /** For a recorded notification: the stored SHA-256 of the frozen copy and who recorded it. */
  frozen?: { sha256: string; recordedAt: string; recordedBy: string } | null;
}

/** Printed under the title: what the section order is and what it is not. */
export const TEMPLATE_NOTICE =
  'L’ordre des rubriques et les numéros de champ suivent le modèle commun de notification du Comité européen de la protection des données (CEPD, projet soumis à consultation en juin 2026). La correspondance avec les écrans du téléservice de la CNIL n’a pas été vérifiée [U] : reportez chaque rubrique dans l’écran correspondant.';

/** The headings of the dossier, in the order of the form (tests check every one is printed). */
export const DOSSIER_SECTIONS = [
  ['Notification et responsable du traitement', 'section 1.1, champs 3 à 19'],
  ['Personne qui notifie', 'section 2.2, champs 21 à 26'],
  ['Délégué à la protection des données et autres parties', 'section 2.3.1, champs 29 à 41 — art. 33(3)(b)'],
  ['Chronologie', 'section 3.1, champs 44 à 53 — art. 33(1)'],
  ['Nature de la violation', 'section 3.2, champs 55 à 63 — art. 33(3)(a)'],
  ['Personnes concernées', 'section 3.3, champs 65 à 68 — art. 33(3)(a)'],
  ['Données concernées', 'section 3.4, champs 70 à 73 — art. 33(3)(a)'],
  ['Mesures en place avant la violation', 'section 3.5, champs 75 et 76 — art. 32'],
  ['Conséquences probables', 'section 4.1, champs 79 à 87 — art. 33(3)(c)'],
  ['Évaluation du risque', 'section 4.2, champs 89 et 90 — art. 33(1) et 34(1)'],
  ['Mesures prises ou envisagées', 'sections 4.3 et 4.4, champs 92 à 95 — art. 33(3)(d)'],
  ['Information des personnes concernées', 'section 4.4, champs 97 à 106 — art. 34'],
  ['Autres autorités', 'section 6.1, champs 109 à 111'],
  ['Aspects transfrontaliers', 'sections 6.2 et 6.3, champs 113 à 120 — art. 56'],
] as const;

function section(doc: ReportDocument, index: number): void {
  const entry = DOSSIER_SECTIONS[index];
  if (!entry) return;
  doc.heading(entry[0]);
  doc.paragraph(`Modèle CEPD : ${entry[1]}.`, { muted: true, italic: true });
}

const notApplicable = 'Sans objet';

/** Art. 33(1): was (or, for a draft, would be if sent now) the initial notification within 72 hours? */
function within72h(clock: ClockState, draft: boolean): string {
  if (clock.state === 'late') return `Non — ${duration(clock.lateByMs)} après l’échéance : motifs du retard obligatoires`;
  return draft ? `Oui si elle est envoyée maintenant (reste ${duration(clock.remainingMs)})` : 'Oui';
}

export function dossierTitle(content: NotificationContent): string {
  const kind = content.notification.kind === 'initial' ? 'notification initiale' : `notification complémentaire n° ${content.notification.sequence - 1}`;
  return `Dossier de notification à la CNIL — ${kind}`;
}

function build(doc: ReportDocument, input: DossierPdfInput): void {
  const c = input.content;
  const f = c.breach.facts;
  const n = c.notification;
  const org = c.organisation;
  const t = f.timeline;

  doc.title(dossierTitle(c), `Violation ${c.breach.reference} — « ${f.title} »${c.draft ? ' — PROJET, non transmis' : ''}`);
  doc.paragraph(TEMPLATE_NOTICE, { muted: true, italic: true });
  if (input.frozen) {
    doc.paragraph(
      `Copie figée du contenu transmis, enregistrée le ${paris(input.frozen.recordedAt)} par ${input.frozen.recordedBy}. Empreinte SHA-256 de la copie : ${input.frozen.sha256}.`,
      { muted: true },
    );
  } else if (c.draft) {
    doc.paragraph(`Projet établi le ${paris(c.preparedAt)} : son contenu sera figé (copie et empreinte SHA-256) lorsque la notification sera enregistrée dans l’application.`, { muted: true });
  }
  doc.missingInformation(
    c.missing.map((m) => `${m.section} — ${m.message}`),
    'Réponses manquantes : la notification peut être faite sans elles et complétée ensuite (art. 33(4)), mais indiquez-le à la CNIL.',
  );

  section(doc, 0);
  doc.keyValues([
    { label: 'Type de notification [3]', value: n.kind === 'initial' ? 'Nouvelle notification (notification initiale)' : 'Suivi d’une notification (notification complémentaire, art. 33(4))' },
    { label: 'Sous-type [4]', value: c.missing.length === 0 ? 'Complète' : 'Incomplète : informations complémentaires à suivre (art. 33(4))' },
    { label: 'Numéro de la notification initiale [6]', value: n.kind === 'complementary' ? n.initialReference : notApplicable },
    { label: 'Référence interne [7]', value: c.breach.reference },
    { label: 'Date et heure de la notification', value: `${paris(n.at)}${c.draft ? ' (projet)' : ''}` },
    { label: 'Numéro attribué par la CNIL', value: n.reference ?? (c.draft ? 'Attribué lors de l’envoi' : null) },
    { label: 'Organisme [12]', value: org.name },
    { label: 'SIREN [10-11]', value: org.siren ? formatSiren(org.siren) : '' },
    { label: 'Adresse [13]', value: [org.address.street, `${org.address.postalCode} ${org.address.city}`.trim(), org.address.country].filter((p) => p.trim() !== '').join(', ') },
  ]);

  section(doc, 1);
  doc.keyValues([
    { label: 'Nom [21]', value: org.dpoName },
    { label: 'Coordonnées [22]', value: [org.dpoEmail, org.dpoPhone].filter((p) => p !== '').join(' · ') },
    { label: 'Fonction [23]', value: 'Délégué à la protection des données' },
    { label: 'Dossier préparé par', value: c.preparedBy },
  ]);

  section(doc, 2);
  const contact = [f.contact.name, f.contact.email, f.contact.phone].filter((p) => p.trim() !== '').join(' · ');
  doc.keyValues([
    { label: 'DPO désigné [29]', value: org.dpoName ? 'Oui' : '' },
    { label: 'Nom du DPO [30]', value: org.dpoName },
    { label: 'Coordonnées du DPO [31]', value: [org.dpoEmail, org.dpoPhone].filter((p) => p !== '').join(' · ') },
    { label: 'Où obtenir plus d’informations [33]', value: contact || 'Auprès du délégué à la protection des données (ci-dessus)' },
    { label: 'Autres parties impliquées [38]', value: f.parties.length > 0 ? 'Oui' : 'Non' },
  ]);
  if (f.parties.length > 0) {
    doc.table({
      columns: [
        { header: 'Partie [40]', width: 28 },
        { header: 'Qualité [39]', width: 22 },
        { header: 'Coordonnées [41]', width: 28 },
        { header: 'Alerte (art. 33(2))', width: 22 },
      ],
      rows: f.parties.map((p) => [p.name, PARTY_ROLE_LABELS[p.role].fr, p.contact, paris(p.alertedAt)]),
    });
  }

  section(doc, 3);
  const clock = c.awareAt ? clockState(n.at, c.awareAt, n.kind === 'initial' ? n.at : null) : null;
  doc.keyValues([
    { label: 'Survenue [44]', value: label(OCCURRENCE_KIND_LABELS, t.occurrence) },
    { label: 'Dates estimées [45]', value: yesNo(t.estimated) },
    { label: 'Début (ou date) [46]', value: paris(t.occurredFrom) },
    { label: 'Fin [47]', value: t.occurrence === 'range' ? paris(t.occurredTo) : notApplicable },
    { label: 'Prise de connaissance [48]', value: paris(c.awareAt) },
    { label: 'Échéance de 72 h (art. 33(1))', value: c.dueAt ? `${paris(c.dueAt)} (heure de Paris)` : '' },
    ...(n.kind === 'initial' && clock ? [{ label: 'Notification dans les 72 h', value: within72h(clock, c.draft) }] : []),
    { label: 'Motifs du retard [49]', value: n.late ? (n.delayReasons ?? t.delayReasons) : notApplicable },
    { label: 'Découverte le', value: paris(t.discoveredAt) },
    { label: 'Découverte par [50]', value: [label(DISCOVERY_SOURCE_LABELS, t.discoverySource), t.discoveredBy].filter((p) => p !== '').join(' — ') },
    { label: 'Circonstances de la découverte [51]', value: t.discoveryDescription },
    { label: 'Alerte d’un sous-traitant ou d’un tiers [52]', value: t.processorAlertAt ? paris(t.processorAlertAt) : notApplicable },
    { label: 'Commentaires [53]', value: t.comments || notApplicable },
  ]);

  section(doc, 4);
  const nat = f.nature;
  const has = (x: string) => (nat.natures as readonly string[]).includes(x);
  doc.keyValues([
    { label: 'Nature [55]', value: labelList(BREACH_NATURE_LABELS, nat.natures) },
    { label: 'Perte de confidentialité [56]', value: has('confidentiality') ? label(CONFIDENTIALITY_TYPE_LABELS, nat.confidentialityType) : notApplicable },
    { label: 'Données inintelligibles [57]', value: has('confidentiality') ? label(UNINTELLIGIBILITY_LABELS, nat.unintelligibility) : notApplicable },
    { label: 'Perte d’intégrité [58]', value: has('integrity') ? label(INTEGRITY_TYPE_LABELS, nat.integrityType) : notApplicable },
    { label: 'Perte de disponibilité [59]', value: has('availability') ? label(AVAILABILITY_TYPE_LABELS, nat.availabilityType) : notApplicable },
    { label: 'Type d’incident [60]', value: [labelList(INCIDENT_TYPE_LABELS, nat.incidentTypes), nat.incidentDetail].filter((p) => p !== '').join(' — ') },
    { label: 'Cause [61]', value: label(BREACH_CAUSE_LABELS, nat.cause) },
    { label: 'Description [62]', value: f.description },
    { label: 'Systèmes et localisation [63]', value: nat.systems },
  ]);

  section(doc, 5);
  doc.keyValues([
    { label: 'Catégories [65]', value: labelList(SUBJECT_CATEGORY_LABELS, f.subjects.categories) },
    { label: 'Personnes vulnérables', value: yesNo(c.flags.vulnerableSubjects) },
    { label: 'Description [66]', value: f.subjects.description },
    { label: 'Nombre de personnes [67-68]', value: countWithPrecision(f.subjects.precision, f.subjects.count) },
  ]);

  section(doc, 6);
  doc.keyValues([
    { label: 'Types de données [70]', value: labelList(DATA_TYPE_LABELS, f.data.types) },
    { label: 'Catégories particulières (art. 9 ou 10)', value: yesNo(c.flags.specialCategories) },
    { label: 'Numéro de sécurité sociale (NIR)', value: yesNo(c.flags.nir) },
    { label: 'Description [71]', value: f.data.description },
    { label: 'Nombre d’enregistrements [72-73]', value: countWithPrecision(f.data.precision, f.data.recordCount) },
  ]);

  section(doc, 7);
  doc.keyValues([
    { label: 'Mesures [75]', value: labelList(MEASURE_IN_PLACE_LABELS, f.measuresInPlace.measures) },
    { label: 'Description [76]', value: f.measuresInPlace.description },
  ]);

  section(doc, 8);
  const q = f.consequences;
  doc.keyValues([
    { label: 'Confidentialité [79]', value: has('confidentiality') ? labelList(CONFIDENTIALITY_CONSEQUENCE_LABELS, q.confidentiality) : notApplicable },
    { label: 'Intégrité [81]', value: has('integrity') ? labelList(INTEGRITY_CONSEQUENCE_LABELS, q.integrity) : notApplicable },
    { label: 'Disponibilité [83]', value: has('availability') ? labelList(AVAILABILITY_CONSEQUENCE_LABELS, q.availability) : notApplicable },
    { label: 'Impacts possibles [85]', value: labelList(IMPACT_TYPE_LABELS, q.impacts) },
    { label: 'Gravité [87]', value: label(IMPACT_SEVERITY_LABELS, q.severity) },
    { label: 'Description', value: q.description },
  ]);

  section(doc, 9);
  const a = c.assessment;
  doc.keyValues([
    { label: 'Résultat [89]', value: a ? RISK_OUTCOME_LABELS[a.result.recommendation] : '' },
    { label: 'Gravité ENISA', value: a ? `${SEVERITY_BAND_LABELS[a.result.enisa.band].fr} (SE = ${String(Math.round(a.result.enisa.se * 100) / 100).replace('.', ',')})` : '' },
    { label: 'Analyse faite le', value: a ? `${paris(a.at)} par ${a.by}` : '' },
    { label: 'Décision du DPO', value: c.decision ? `${BREACH_DECISION_LABELS[c.decision.kind].fr} (${paris(c.decision.decidedAt)})` : '' },
    ...(c.decision?.justification ? [{ label: 'Justification de la décision', value: c.decision.justification }] : []),
  ]);
  if (a) {
    doc.paragraph('Méthode et facteurs [90] : méthode ENISA 2013 (SE = DPC × EI + CB) et critères tirés des lignes directrices 01/2021 du CEPD.', { muted: true });
    doc.bullets(a.result.reasons);
  }

  section(doc, 10);
  doc.keyValues([
    { label: 'Mesures prises [92]', value: f.remediation.taken },
    { label: 'Mesures envisagées', value: f.remediation.planned },
    { label: 'Mesures préventives [94]', value: labelList(MEASURE_IN_PLACE_LABELS, f.remediation.preventive) },
    { label: 'Description [95]', value: f.remediation.preventiveDescription },
  ]);

  section(doc, 11);
  const exemption = c.decision?.art34Exemption ?? null;
  const informed = c.communications;
  doc.keyValues([
    { label: 'Personnes informées ? [97]', value: COMMUNICATION_STATUS_LABELS[c.communicationStatus].fr },
    { label: 'Condition de l’art. 34(3) [100-101]', value: exemption ? `${ART34_EXEMPTION_LABELS[exemption.condition].fr} — ${exemption.reason}` : notApplicable },
    ...(exemption?.publicCommunication ? [{ label: 'Communication publique (art. 34(3)(c))', value: exemption.publicCommunication }] : []),
  ]);
  for (const [i, m] of informed.entries()) {
    doc.keyValues([
      { label: `Information n° ${i + 1} — date [98]`, value: paris(m.at) },
      { label: 'Moyen [104]', value: COMMUNICATION_CHANNEL_LABELS[m.channel].fr },
      { label: 'Nombre de personnes informées', value: m.numberInformed === null ? '' : formatCount(m.numberInformed) },
      { label: 'Toutes les personnes informées [102]', value: m.allInformed ? 'Oui' : `Non — ${m.notAllReason}` },
      { label: 'Contenu de l’information [106]', value: m.content },
    ]);
  }

  section(doc, 12);
  const au = f.authorities;
  doc.keyValues([
    { label: 'Plainte ou signalement à la police ou au parquet [109]', value: yesNo(au.police) },
    { label: 'Signalement à l’ANSSI ou à une autre autorité [110]', value: [yesNo(au.anssi), au.others].filter((p) => p !== '').join(' — ') },
    { label: 'Précisions [111]', value: au.details || notApplicable },
  ]);

  section(doc, 13);
  const x = f.crossBorder;
  doc.keyValues([
    { label: 'Traitement transfrontalier [113]', value: yesNo(x.crossBorder) },
    ...(x.crossBorder
      ? [
          { label: 'Autorité chef de file [114]', value: x.leadAuthority },
          { label: 'Pays des établissements [115]', value: x.establishmentCountries.join(', ') },
          { label: 'Pays des personnes concernées [116]', value: x.subjectCountries.join(', ') },
          { label: 'Personnes par pays [117]', value: x.subjectsPerCountry },
          { label: 'Autres autorités de contrôle notifiées [118]', value: x.otherAuthoritiesNotified || notApplicable },
        ]
      : []),
  ]);
}

export function breachDossierPdf(input: DossierPdfInput): Promise<Buffer> {
  const title = dossierTitle(input.content);
  return renderPdf(
    { organisation: input.organisation, auditHead: input.auditHead, generatedAt: input.generatedAt, title, subject: `${title} — ${input.content.breach.reference}` },
    (doc) => build(doc, input),
  );
}
