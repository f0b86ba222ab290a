/**
 * The breach record, section by section, in the order of the EDPB draft common notification
 * template (REGULATORY.md §2b, field numbers in comments) — the best verifiable proxy for the CNIL
 * téléservice [U]. Each field says how it is typed; the option lists are core/'s vocabularies.
 */
import {
  AVAILABILITY_CONSEQUENCES,
  AVAILABILITY_CONSEQUENCE_LABELS,
  AVAILABILITY_TYPES,
  AVAILABILITY_TYPE_LABELS,
  BREACH_CAUSES,
  BREACH_CAUSE_LABELS,
  BREACH_NATURES,
  BREACH_NATURE_LABELS,
  CONFIDENTIALITY_CONSEQUENCES,
  CONFIDENTIALITY_CONSEQUENCE_LABELS,
  CONFIDENTIALITY_TYPES,
  CONFIDENTIALITY_TYPE_LABELS,
  DATA_TYPES,
  DATA_TYPE_LABELS,
  DISCOVERY_SOURCES,
  DISCOVERY_SOURCE_LABELS,
  IMPACT_SEVERITIES,
  IMPACT_SEVERITY_LABELS,
  IMPACT_TYPES,
  IMPACT_TYPE_LABELS,
  INCIDENT_TYPES,
  INCIDENT_TYPE_LABELS,
  INTEGRITY_CONSEQUENCES,
  INTEGRITY_CONSEQUENCE_LABELS,
  INTEGRITY_TYPES,
  INTEGRITY_TYPE_LABELS,
  MEASURES_IN_PLACE,
  MEASURE_IN_PLACE_LABELS,
  NUMBER_PRECISIONS,
  NUMBER_PRECISION_LABELS,
  SUBJECT_CATEGORIES,
  SUBJECT_CATEGORY_LABELS,
  UNINTELLIGIBILITY_LABELS,
  UNINTELLIGIBILITY_STATES,
} from '../../../../src-main/core/breach-vocabulary';
import { OCCURRENCE_KINDS, OCCURRENCE_KIND_LABELS } from '../../../../src-main/shared/schemas/breach';
import type { MessageKey } from '../../../i18n/fr';
import type { Bilingual } from '../vocabulary-options';

export type FieldKind = 'text' | 'textarea' | 'select' | 'multi' | 'number' | 'tristate' | 'bool' | 'instant' | 'list';

export interface FieldOptions {
  ids: readonly string[];
  labels: Readonly<Record<string, Bilingual>>;
}

export interface FieldSpec {
  key: string;
  kind: FieldKind;
  label: MessageKey;
  hint?: MessageKey;
  options?: FieldOptions;
  /** An instant that may stay empty. */
  nullable?: boolean;
  /** Takes the full width of the two-column form. */
  wide?: boolean;
}

export const SECTION_IDS = [
  'general', 'timeline', 'nature', 'subjects', 'data', 'measuresInPlace', 'consequences', 'remediation', 'authorities', 'crossBorder', 'contact',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export interface SectionSpec {
  id: SectionId;
  title: MessageKey;
  intro: MessageKey;
  fields: readonly FieldSpec[];
}

const opts = <K extends string>(ids: readonly K[], labels: Readonly<Record<K, Bilingual>>): FieldOptions => ({ ids, labels });

export const SECTIONS: readonly SectionSpec[] = [
  {
    id: 'general',
    title: 'breaches.section.general',
    intro: 'breaches.section.general.intro',
    fields: [
      { key: 'title', kind: 'text', label: 'breaches.field.title', wide: true },
      // Field 62: what happened.
      { key: 'description', kind: 'textarea', label: 'breaches.field.description', wide: true },
    ],
  },
  {
    // 3.1 Timeline, fields 44-53 (Art. 33(1)).
    id: 'timeline',
    title: 'breaches.section.timeline',
    intro: 'breaches.section.timeline.intro',
    fields: [
      { key: 'occurrence', kind: 'select', label: 'breaches.f.timeline.occurrence', options: opts(OCCURRENCE_KINDS, OCCURRENCE_KIND_LABELS) },
      { key: 'estimated', kind: 'bool', label: 'breaches.f.timeline.estimated' },
      { key: 'occurredFrom', kind: 'instant', label: 'breaches.f.timeline.occurredFrom', nullable: true },
      { key: 'occurredTo', kind: 'instant', label: 'breaches.f.timeline.occurredTo', nullable: true },
      { key: 'discoveredAt', kind: 'instant', label: 'breaches.field.discoveredAt' },
      { key: 'discoverySource', kind: 'select', label: 'breaches.field.discoverySource', options: opts(DISCOVERY_SOURCES, DISCOVERY_SOURCE_LABELS) },
      { key: 'discoveredBy', kind: 'text', label: 'breaches.field.discoveredBy' },
      // Field 52, Art. 33(2): when a processor alerted the controller.
      { key: 'processorAlertAt', kind: 'instant', label: 'breaches.f.timeline.processorAlertAt', nullable: true },
      { key: 'discoveryDescription', kind: 'textarea', label: 'breaches.f.timeline.discoveryDescription', wide: true },
      // Field 49, Art. 33(1): reasons for a notification later than 72 hours.
      { key: 'delayReasons', kind: 'textarea', label: 'breaches.f.timeline.delayReasons', hint: 'breaches.f.timeline.delayReasonsHint', wide: true },
      { key: 'comments', kind: 'textarea', label: 'breaches.f.timeline.comments', wide: true },
    ],
  },
  {
    // 3.2 Nature, fields 55-63 (Art. 4(12), 33(3)(a)).
    id: 'nature',
    title: 'breaches.section.nature',
    intro: 'breaches.section.nature.intro',
    fields: [
      { key: 'natures', kind: 'multi', label: 'breaches.field.natures', options: opts(BREACH_NATURES, BREACH_NATURE_LABELS), wide: true },
      { key: 'confidentialityType', kind: 'select', label: 'breaches.f.nature.confidentialityType', options: opts(CONFIDENTIALITY_TYPES, CONFIDENTIALITY_TYPE_LABELS) },
      { key: 'unintelligibility', kind: 'select', label: 'breaches.f.nature.unintelligibility', options: opts(UNINTELLIGIBILITY_STATES, UNINTELLIGIBILITY_LABELS) },
      { key: 'integrityType', kind: 'select', label: 'breaches.f.nature.integrityType', options: opts(INTEGRITY_TYPES, INTEGRITY_TYPE_LABELS) },
      { key: 'availabilityType', kind: 'select', label: 'breaches.f.nature.availabilityType', options: opts(AVAILABILITY_TYPES, AVAILABILITY_TYPE_LABELS) },
      { key: 'incidentTypes', kind: 'multi', label: 'breaches.f.nature.incidentTypes', options: opts(INCIDENT_TYPES, INCIDENT_TYPE_LABELS), wide: true },
      { key: 'incidentDetail', kind: 'text', label: 'breaches.f.nature.incidentDetail', wide: true },
      { key: 'cause', kind: 'select', label: 'breaches.f.nature.cause', options: opts(BREACH_CAUSES, BREACH_CAUSE_LABELS) },
      { key: 'systems', kind: 'textarea', label: 'breaches.f.nature.systems', wide: true },
    ],
  },
  {
    // 3.3 Data subjects, fields 65-68 (Art. 33(3)(a)).
    id: 'subjects',
    title: 'breaches.section.subjects',
    intro: 'breaches.section.subjects.intro',
    fields: [
      { key: 'categories', kind: 'multi', label: 'breaches.f.subjects.categories', options: opts(SUBJECT_CATEGORIES, SUBJECT_CATEGORY_LABELS), wide: true },
      { key: 'precision', kind: 'select', label: 'breaches.f.precision', options: opts(NUMBER_PRECISIONS, NUMBER_PRECISION_LABELS) },
      { key: 'count', kind: 'number', label: 'breaches.f.subjects.count' },
      { key: 'description', kind: 'textarea', label: 'breaches.f.description', wide: true },
    ],
  },
  {
    // 3.4 Personal data, fields 70-73 (Art. 33(3)(a); Art. 9 and the NIR flagged).
    id: 'data',
    title: 'breaches.section.data',
    intro: 'breaches.section.data.intro',
    fields: [
      { key: 'types', kind: 'multi', label: 'breaches.f.data.types', options: opts(DATA_TYPES, DATA_TYPE_LABELS), wide: true },
      { key: 'precision', kind: 'select', label: 'breaches.f.precision', options: opts(NUMBER_PRECISIONS, NUMBER_PRECISION_LABELS) },
      { key: 'recordCount', kind: 'number', label: 'breaches.f.data.recordCount' },
      { key: 'description', kind: 'textarea', label: 'breaches.f.description', wide: true },
    ],
  },
  {
    // 3.5 Measures in place before the breach, fields 75-76 (Art. 32).
    id: 'measuresInPlace',
    title: 'breaches.section.measuresInPlace',
    intro: 'breaches.section.measuresInPlace.intro',
    fields: [
      { key: 'measures', kind: 'multi', label: 'breaches.f.measuresInPlace.measures', options: opts(MEASURES_IN_PLACE, MEASURE_IN_PLACE_LABELS), wide: true },
      { key: 'description', kind: 'textarea', label: 'breaches.f.description', wide: true },
    ],
  },
  {
    // 4.1 Likely consequences, fields 79-87 (Art. 33(3)(c)).
    id: 'consequences',
    title: 'breaches.section.consequences',
    intro: 'breaches.section.consequences.intro',
    fields: [
      { key: 'confidentiality', kind: 'multi', label: 'breaches.f.consequences.confidentiality', options: opts(CONFIDENTIALITY_CONSEQUENCES, CONFIDENTIALITY_CONSEQUENCE_LABELS), wide: true },
      { key: 'integrity', kind: 'multi', label: 'breaches.f.consequences.integrity', options: opts(INTEGRITY_CONSEQUENCES, INTEGRITY_CONSEQUENCE_LABELS), wide: true },
      { key: 'availability', kind: 'multi', label: 'breaches.f.consequences.availability', options: opts(AVAILABILITY_CONSEQUENCES, AVAILABILITY_CONSEQUENCE_LABELS), wide: true },
      { key: 'impacts', kind: 'multi', label: 'breaches.f.consequences.impacts', options: opts(IMPACT_TYPES, IMPACT_TYPE_LABELS), wide: true },
      { key: 'severity', kind: 'select', label: 'breaches.f.consequences.severity', options: opts(IMPACT_SEVERITIES, IMPACT_SEVERITY_LABELS) },
      { key: 'description', kind: 'textarea', label: 'breaches.f.description', wide: true },
    ],
  },
  {
    // 4.3-4.4 Measures taken and planned, fields 92-95 (Art. 33(3)(d)); advice printed in the Art. 34 letter.
    id: 'remediation',
    title: 'breaches.section.remediation',
    intro: 'breaches.section.remediation.intro',
    fields: [
      { key: 'taken', kind: 'textarea', label: 'breaches.f.remediation.taken', wide: true },
      { key: 'planned', kind: 'textarea', label: 'breaches.f.remediation.planned', wide: true },
      { key: 'preventive', kind: 'multi', label: 'breaches.f.remediation.preventive', options: opts(MEASURES_IN_PLACE, MEASURE_IN_PLACE_LABELS), wide: true },
      { key: 'preventiveDescription', kind: 'textarea', label: 'breaches.f.remediation.preventiveDescription', wide: true },
      { key: 'adviceToSubjects', kind: 'textarea', label: 'breaches.f.remediation.adviceToSubjects', hint: 'breaches.f.remediation.adviceToSubjectsHint', wide: true },
    ],
  },
  {
    // 6.1 Other authorities, fields 109-111.
    id: 'authorities',
    title: 'breaches.section.authorities',
    intro: 'breaches.section.authorities.intro',
    fields: [
      { key: 'police', kind: 'tristate', label: 'breaches.f.authorities.police' },
      { key: 'anssi', kind: 'tristate', label: 'breaches.f.authorities.anssi' },
      { key: 'others', kind: 'text', label: 'breaches.f.authorities.others', wide: true },
      { key: 'details', kind: 'textarea', label: 'breaches.f.authorities.details', wide: true },
    ],
  },
  {
    // 6.2-6.3 Cross-border aspects, fields 113-120 (Art. 56).
    id: 'crossBorder',
    title: 'breaches.section.crossBorder',
    intro: 'breaches.section.crossBorder.intro',
    fields: [
      { key: 'crossBorder', kind: 'tristate', label: 'breaches.f.crossBorder.crossBorder' },
      { key: 'leadAuthority', kind: 'text', label: 'breaches.f.crossBorder.leadAuthority' },
      { key: 'establishmentCountries', kind: 'list', label: 'breaches.f.crossBorder.establishmentCountries', hint: 'breaches.form.listHint' },
      { key: 'subjectCountries', kind: 'list', label: 'breaches.f.crossBorder.subjectCountries', hint: 'breaches.form.listHint' },
      { key: 'subjectsPerCountry', kind: 'textarea', label: 'breaches.f.crossBorder.subjectsPerCountry', wide: true },
      { key: 'otherAuthoritiesNotified', kind: 'textarea', label: 'breaches.f.crossBorder.otherAuthoritiesNotified', wide: true },
    ],
  },
  {
    // 2.3.1 Where more information can be obtained, field 33 (Art. 33(3)(b)); empty = the DPO.
    id: 'contact',
    title: 'breaches.section.contact',
    intro: 'breaches.section.contact.intro',
    fields: [
      { key: 'name', kind: 'text', label: 'breaches.f.contact.name' },
      { key: 'email', kind: 'text', label: 'breaches.f.contact.email' },
      { key: 'phone', kind: 'text', label: 'breaches.f.contact.phone' },
    ],
  },
];
