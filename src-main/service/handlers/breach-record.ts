/**
 * A breach as the service handles it: its facts (the notification form's content), its workflow
 * (core/breach-workflow `BreachRecord`), and the columns derived from both — due instant, whether the
 * Art. 33(1) clock applies, first notification, latest severity — recomputed on every change.
 */
import { z } from 'zod';
import { notificationDueAt } from '../../core/breach-clock';
import { RECOMMENDATIONS } from '../../core/breach-risk';
import { DATA_TYPE_LABELS, hasSpecialCategories, SUBJECT_CATEGORY_LABELS } from '../../core/breach-vocabulary';
import {
  applyBreachAction,
  ART34_EXEMPTIONS,
  BREACH_DECISIONS,
  BREACH_STATUSES,
  type BreachAction,
  type BreachRecord,
} from '../../core/breach-workflow';
import { instantMillis, toUtcIso } from '../../core/time';
import { DomainError } from '../../shared/errors';
import type { FieldIssue } from '../../shared/result';
import { BreachFacts, BreachUpdateInput } from '../../shared/schemas/breach';
import { breachSearchKey, findBreach, type AssessmentRow, type BreachRow } from '../../store/repos/breaches';
import type { Db } from '../../store/sqlite';

/** The stored `workflow` document: core's BreachRecord, checked when read back. */
export const BreachWorkflowDoc = z.object({
  status: z.enum(BREACH_STATUSES),
  reportedAt: z.string(),
  awareAt: z.string().nullable(),
  dismissal: z.object({ at: z.string(), reason: z.string() }).nullable(),
  reopenings: z.array(z.object({ at: z.string(), reason: z.string() })),
  decision: z
    .object({
      kind: z.enum(BREACH_DECISIONS),
      decidedAt: z.string(),
      recommendation: z.enum(RECOMMENDATIONS).nullable(),
      justification: z.string().nullable(),
      art34Exemption: z.object({ condition: z.enum(ART34_EXEMPTIONS), reason: z.string(), publicCommunication: z.string().nullable() }).nullable(),
    })
    .nullable(),
  notifications: z.array(
    z.object({ kind: z.enum(['initial', 'complementary']), at: z.string(), reference: z.string().nullable(), delayReasons: z.string().nullable() }),
  ),
  subjectsInformedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
}) satisfies z.ZodType<BreachRecord>;

export interface LoadedBreach {
  row: BreachRow;
  facts: BreachFacts;
  workflow: BreachRecord;
}

export function loadBreach(db: Db, id: string): LoadedBreach {
  const row = findBreach(db, id);
  if (!row) throw new DomainError('NOT_FOUND', `Aucune violation ne porte l’identifiant « ${id} » : vérifiez le lien ou rechargez la liste.`);
  return { row, facts: BreachFacts.parse(JSON.parse(row.facts)), workflow: BreachWorkflowDoc.parse(JSON.parse(row.workflow)) };
}

/** Runs one workflow action of core; its French refusal becomes the call's error. */
export function act(workflow: BreachRecord, action: BreachAction): BreachRecord {
  const result = applyBreachAction(workflow, action);
  if (!result.ok) throw new DomainError(result.error.code, result.error.message, result.error.issues);
  return result.value;
}

/** The facts of a breach logged in a few fields; everything else starts empty ("not yet known"). */
export function initialFacts(input: {
  title: string;
  description: string;
  discoveredAt: string;
  natures: BreachFacts['nature']['natures'];
  discoverySource: BreachFacts['timeline']['discoverySource'];
  discoveredBy: string;
}): BreachFacts {
  return {
    title: input.title,
    description: input.description,
    timeline: {
      occurrence: 'to_be_determined',
      occurredFrom: null,
      occurredTo: null,
      estimated: false,
      discoveredAt: toUtcIso(input.discoveredAt),
      discoverySource: input.discoverySource,
      discoveredBy: input.discoveredBy,
      discoveryDescription: '',
      processorAlertAt: null,
      delayReasons: '',
      comments: '',
    },
    nature: {
      natures: input.natures,
      confidentialityType: null,
      unintelligibility: null,
      integrityType: null,
      availabilityType: null,
      incidentTypes: [],
      incidentDetail: '',
      cause: null,
      systems: '',
    },
    subjects: { categories: [], description: '', precision: null, count: null },
    data: { types: [], description: '', precision: null, recordCount: null },
    measuresInPlace: { measures: [], description: '' },
    consequences: { confidentiality: [], integrity: [], availability: [], impacts: [], severity: null, description: '' },
    remediation: { taken: '', planned: '', preventive: [], preventiveDescription: '', adviceToSubjects: '' },
    authorities: { police: null, anssi: null, others: '', details: '' },
    crossBorder: { crossBorder: null, leadAuthority: '', establishmentCountries: [], subjectCountries: [], subjectsPerCountry: '', otherAuthoritiesNotified: '' },
    parties: [],
    contact: { name: '', email: '', phone: '' },
  };
}

type Patch = z.output<typeof BreachUpdateInput>;

/** Applies a partial update: absent fields keep their value; a section's lists are replaced whole. */
export function mergeFacts(facts: BreachFacts, patch: Patch): BreachFacts {
  const pick = <T extends object>(base: T, change: Partial<T> | undefined): T => {
    if (!change) return base;
    const defined = Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined)) as Partial<T>;
    return { ...base, ...defined };
  };
  return {
    title: patch.title ?? facts.title,
    description: patch.description ?? facts.description,
    timeline: pick(facts.timeline, patch.timeline),
    nature: pick(facts.nature, patch.nature),
    subjects: pick(facts.subjects, patch.subjects),
    data: pick(facts.data, patch.data),
    measuresInPlace: pick(facts.measuresInPlace, patch.measuresInPlace),
    consequences: pick(facts.consequences, patch.consequences),
    remediation: pick(facts.remediation, patch.remediation),
    authorities: pick(facts.authorities, patch.authorities),
    crossBorder: pick(facts.crossBorder, patch.crossBorder),
    parties: patch.parties ?? facts.parties,
    contact: pick(facts.contact, patch.contact),
  };
}

/**
 * Keeps the record consistent: a sub-type only for a nature that is selected (fields 56-59), no
 * count for an unknown number (fields 67-68, 72-73), dates only for the kind of occurrence chosen
 * (field 44). Instants are stored in UTC.
 */
export function normaliseFacts(facts: BreachFacts): BreachFacts {
  const has = (n: string) => (facts.nature.natures as readonly string[]).includes(n);
  const t = facts.timeline;
  const utc = (v: string | null) => (v ? toUtcIso(v) : null);
  const keepFrom = t.occurrence === 'specific' || t.occurrence === 'range' || t.occurrence === 'ongoing';
  return {
    ...facts,
    timeline: {
      ...t,
      discoveredAt: toUtcIso(t.discoveredAt),
      occurredFrom: keepFrom ? utc(t.occurredFrom) : null,
      occurredTo: t.occurrence === 'range' ? utc(t.occurredTo) : null,
      processorAlertAt: utc(t.processorAlertAt),
    },
    nature: {
      ...facts.nature,
      confidentialityType: has('confidentiality') ? facts.nature.confidentialityType : null,
      unintelligibility: has('confidentiality') ? facts.nature.unintelligibility : null,
      integrityType: has('integrity') ? facts.nature.integrityType : null,
      availabilityType: has('availability') ? facts.nature.availabilityType : null,
    },
    subjects: { ...facts.subjects, count: facts.subjects.precision === 'unknown' ? null : facts.subjects.count },
    data: { ...facts.data, recordCount: facts.data.precision === 'unknown' ? null : facts.data.recordCount },
    parties: facts.parties.map((p) => ({ ...p, alertedAt: utc(p.alertedAt) })),
  };
}

/** Dates that contradict each other or the clock; French sentences naming the field. */
export function factsIssues(facts: BreachFacts, now: Date, awareAt: string | null): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const ms = instantMillis;
  const t = facts.timeline;
  const nowMs = now.getTime();
  if (ms(t.discoveredAt) > nowMs) issues.push({ path: 'timeline.discoveredAt', message: 'La découverte ne peut pas être dans le futur : corrigez la date et l’heure.' });
  if (t.occurredFrom && ms(t.occurredFrom) > ms(t.discoveredAt)) {
    issues.push({ path: 'timeline.occurredFrom', message: 'La violation ne peut pas avoir commencé après sa découverte : corrigez l’une des deux dates.' });
  }
  if (t.occurredFrom && t.occurredTo && ms(t.occurredTo) < ms(t.occurredFrom)) {
    issues.push({ path: 'timeline.occurredTo', message: 'La fin de la période précède son début : corrigez les dates.' });
  }
  if (t.processorAlertAt && ms(t.processorAlertAt) > nowMs) {
    issues.push({ path: 'timeline.processorAlertAt', message: 'L’alerte du sous-traitant ne peut pas être dans le futur : corrigez la date.' });
  }
  if (awareAt && ms(t.discoveredAt) > ms(awareAt)) {
    issues.push({ path: 'timeline.discoveredAt', message: 'La découverte ne peut pas être postérieure à la prise de connaissance déjà enregistrée : corrigez la date de découverte.' });
  }
  return issues;
}

export function assertFacts(facts: BreachFacts, now: Date, awareAt: string | null): void {
  const issues = factsIssues(facts, now, awareAt);
  if (issues.length > 0) throw new DomainError('VALIDATION', issues.map((i) => i.message).join(' '), issues);
}

export function flagsOf(facts: BreachFacts): { specialCategories: boolean; nir: boolean; vulnerableSubjects: boolean } {
  return {
    specialCategories: hasSpecialCategories(facts.data.types) || facts.data.types.some((t) => DATA_TYPE_LABELS[t].criminal === true),
    nir: facts.data.types.some((t) => DATA_TYPE_LABELS[t].nir === true),
    vulnerableSubjects: facts.subjects.categories.some((c) => SUBJECT_CATEGORY_LABELS[c].vulnerable === true),
  };
}

/** The columns of a breach, derived from its documents (`base` carries reference and creation). */
export function deriveRow(
  base: Pick<BreachRow, 'id' | 'reference' | 'refYear' | 'refSeq' | 'reportedAt' | 'createdAt' | 'createdBy'>,
  facts: BreachFacts,
  workflow: BreachRecord,
  latest: Pick<AssessmentRow, 'recommendation' | 'severity'> | null,
  updatedAt: string,
): BreachRow {
  const initial = workflow.notifications.find((n) => n.kind === 'initial') ?? null;
  // Same rule as core breachClock: no clock before awareness, for a dismissed incident, or once
  // the decision is « document only » (Art. 33(1): unlikely to result in a risk).
  const clockApplies = workflow.awareAt !== null && workflow.status !== 'dismissed' && workflow.decision?.kind !== 'document_only';
  return {
    ...base,
    title: facts.title,
    status: workflow.status,
    discoveredAt: facts.timeline.discoveredAt,
    awareAt: workflow.awareAt,
    dueAt: workflow.awareAt ? notificationDueAt(workflow.awareAt) : null,
    clockApplies,
    notifiedAt: initial?.at ?? null,
    notificationCount: workflow.notifications.length,
    decision: workflow.decision?.kind ?? null,
    recommendation: latest?.recommendation ?? null,
    severity: latest?.severity ?? null,
    subjectsInformedAt: workflow.subjectsInformedAt,
    closedAt: workflow.closedAt,
    natures: facts.nature.natures,
    specialCategories: flagsOf(facts).specialCategories,
    subjectCount: facts.subjects.count,
    searchText: breachSearchKey(`${base.reference} ${facts.title} ${facts.description}`),
    facts: JSON.stringify(facts),
    workflow: JSON.stringify(workflow),
    updatedAt,
  };
}
