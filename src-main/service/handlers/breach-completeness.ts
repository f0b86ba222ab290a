/**
 * What a notification to the CNIL still lacks, section by section of the notification form
 * (REGULATORY.md §2b; field numbers of the EDPB draft template). The Art. 33(3) minimum — nature,
 * categories and approximate numbers of people and records, DPO contact, likely consequences,
 * measures — comes first in each section; Art. 33(4) allows sending what is known and completing it
 * later, so a gap never blocks a notification: it is printed at the top of the dossier.
 */
import { requiresDelayReasons } from '../../core/breach-clock';
import type { BreachRecord } from '../../core/breach-workflow';
import type { BreachFacts, MissingItem, NotificationKind } from '../../shared/schemas/breach';

export const SECTIONS = {
  notification: '1.1 Notification et responsable du traitement',
  dpo: '2.3.1 Délégué à la protection des données et autres parties',
  timeline: '3.1 Chronologie',
  nature: '3.2 Nature de la violation',
  subjects: '3.3 Personnes concernées',
  data: '3.4 Données concernées',
  measuresInPlace: '3.5 Mesures en place avant la violation',
  consequences: '4.1 Conséquences probables',
  risk: '4.2 Évaluation du risque',
  remediation: '4.3 Mesures prises ou envisagées',
  communication: '4.4 Information des personnes concernées',
  authorities: '6.1 Autres autorités',
  crossBorder: '6.2 Aspects transfrontaliers',
} as const;

/** Organisation fields (organisation.ts `missingOrganisationFields`) that belong to the DPO section. */
const DPO_FIELDS = new Set(['Nom du DPO', 'Courriel du DPO']);

export interface CompletenessInput {
  facts: BreachFacts;
  workflow: BreachRecord;
  /** French labels of the organisation's empty fields (`organisation.get().missing`). */
  organisationMissing: readonly string[];
  kind: NotificationKind;
  /** When the notification is (or would be) made: judges lateness (Art. 33(1)). */
  at: string;
  hasAssessment: boolean;
}

export function missingForNotification(input: CompletenessInput): MissingItem[] {
  const { facts, workflow, kind } = input;
  const out: MissingItem[] = [];
  const add = (section: string, message: string) => out.push({ section, message });
  const t = facts.timeline;
  const n = facts.nature;

  for (const label of input.organisationMissing.filter((l) => !DPO_FIELDS.has(l))) {
    add(SECTIONS.notification, `Identité de l’organisme : ${label} (écran « Organisme »).`);
  }
  const initial = workflow.notifications.find((x) => x.kind === 'initial');
  if (kind === 'complementary' && !initial?.reference) {
    add(SECTIONS.notification, 'Numéro de la notification initiale attribué par la CNIL (champ 6) : enregistrez-le sur la notification initiale.');
  }
  for (const label of input.organisationMissing.filter((l) => DPO_FIELDS.has(l))) {
    add(SECTIONS.dpo, `${label} : point de contact obligatoire (art. 33(3)(b)) — écran « Organisme ».`);
  }

  if (!workflow.awareAt) add(SECTIONS.timeline, 'Date et heure de la prise de connaissance (champ 48) : qualifiez l’incident de violation.');
  if (t.occurrence === 'to_be_determined') add(SECTIONS.timeline, 'Date de survenue de la violation (champ 44) : précise, période, en cours ou impossible à déterminer.');
  else if (t.occurrence !== 'unknown' && !t.occurredFrom) add(SECTIONS.timeline, 'Date et heure (ou début) de la violation (champ 46).');
  if (t.occurrence === 'range' && !t.occurredTo) add(SECTIONS.timeline, 'Fin de la période de la violation (champ 47).');
  if (!t.discoverySource) add(SECTIONS.timeline, 'Comment la violation a été découverte (champ 50).');
  if (t.discoverySource === 'processor' && !t.processorAlertAt) add(SECTIONS.timeline, 'Date de l’alerte du sous-traitant (champ 52, art. 33(2)).');
  if (kind === 'initial' && workflow.awareAt && requiresDelayReasons(input.at, workflow.awareAt) && t.delayReasons.trim() === '') {
    add(SECTIONS.timeline, 'Motifs du retard : la notification intervient plus de 72 h après la prise de connaissance (art. 33(1), champ 49).');
  }

  if (n.natures.length === 0) add(SECTIONS.nature, 'Nature : confidentialité, intégrité et/ou disponibilité (champ 55, art. 33(3)(a)).');
  if (n.natures.includes('confidentiality')) {
    if (!n.confidentialityType) add(SECTIONS.nature, 'Type de perte de confidentialité (champ 56).');
    if (!n.unintelligibility) add(SECTIONS.nature, 'Les données étaient-elles inintelligibles (chiffrement…) ? (champ 57).');
  }
  if (n.natures.includes('integrity') && !n.integrityType) add(SECTIONS.nature, 'Type de perte d’intégrité (champ 58).');
  if (n.natures.includes('availability') && !n.availabilityType) add(SECTIONS.nature, 'Type de perte de disponibilité (champ 59).');
  if (n.incidentTypes.length === 0) add(SECTIONS.nature, 'Type d’incident (champ 60).');
  if (!n.cause) add(SECTIONS.nature, 'Cause de l’incident (champ 61).');
  if (facts.description.trim() === '') add(SECTIONS.nature, 'Description de la violation (champ 62).');

  if (facts.subjects.categories.length === 0) add(SECTIONS.subjects, 'Catégories de personnes concernées (champ 65, art. 33(3)(a)).');
  if (!facts.subjects.precision) add(SECTIONS.subjects, 'Nombre de personnes : exact, approximatif ou inconnu (champ 67).');
  else if (facts.subjects.precision !== 'unknown' && facts.subjects.count === null) add(SECTIONS.subjects, 'Nombre (approximatif) de personnes concernées (champ 68, art. 33(3)(a)).');

  if (facts.data.types.length === 0) add(SECTIONS.data, 'Catégories de données concernées (champ 70, art. 33(3)(a)).');
  if (!facts.data.precision) add(SECTIONS.data, 'Nombre d’enregistrements : exact, approximatif ou inconnu (champ 72).');
  else if (facts.data.precision !== 'unknown' && facts.data.recordCount === null) add(SECTIONS.data, 'Nombre (approximatif) d’enregistrements concernés (champ 73, art. 33(3)(a)).');

  if (facts.measuresInPlace.measures.length === 0 && facts.measuresInPlace.description.trim() === '') {
    add(SECTIONS.measuresInPlace, 'Mesures de sécurité en place avant la violation (champ 75).');
  }

  const c = facts.consequences;
  if (c.impacts.length === 0 && c.description.trim() === '') add(SECTIONS.consequences, 'Conséquences probables pour les personnes (champ 85, art. 33(3)(c)).');
  if (!c.severity) add(SECTIONS.consequences, 'Gravité de l’impact (champ 87).');

  if (!input.hasAssessment) add(SECTIONS.risk, 'Évaluation du risque (champs 89-90) : enregistrez l’analyse de risque.');

  if (facts.remediation.taken.trim() === '' && facts.remediation.planned.trim() === '') {
    add(SECTIONS.remediation, 'Mesures prises ou envisagées pour remédier à la violation et en atténuer les effets (champ 92, art. 33(3)(d)).');
  }
  return out;
}
