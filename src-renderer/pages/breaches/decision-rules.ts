/**
 * What the decision form asks for, mirroring the service's guards (core/breach-workflow.ts) so the
 * DPO sees them before sending:
 * - a decision against the latest recommendation must be justified (the justification stays in the
 *   register, Art. 33(5)); with no analysis at all, the decision must be justified too;
 * - not informing the people of a high-risk breach is lawful only under an Art. 34(3) condition,
 *   which then replaces the justification; that exemption only goes with « notify the CNIL »;
 * - Art. 34(3)(c) (disproportionate effort) requires a public communication instead.
 */
import { DECISION_FOR, type Art34Exemption, type BreachDecisionKind } from '../../../src-main/core/breach-workflow';
import type { Recommendation } from '../../../src-main/core/breach-risk';

export interface DecisionDraft {
  kind: BreachDecisionKind;
  justification: string;
  exemption: { condition: Art34Exemption; reason: string; publicCommunication: string } | null;
}

export interface DecisionNeeds {
  /** The decision the recommendation leads to, if an analysis exists. */
  recommended: BreachDecisionKind | null;
  againstRecommendation: boolean;
  justificationRequired: boolean;
  exemptionAllowed: boolean;
  publicCommunicationRequired: boolean;
}

export function decisionNeeds(draft: DecisionDraft, recommendation: Recommendation | null): DecisionNeeds {
  const recommended = recommendation ? DECISION_FOR[recommendation] : null;
  const exemptionAllowed = draft.kind === 'notify_authority';
  const exemption = exemptionAllowed ? draft.exemption : null;
  const coveredByExemption = recommended === 'notify_authority_and_subjects' && draft.kind === 'notify_authority' && exemption !== null;
  const againstRecommendation = recommended !== null && recommended !== draft.kind;
  return {
    recommended,
    againstRecommendation,
    justificationRequired: recommended === null || (againstRecommendation && !coveredByExemption),
    exemptionAllowed,
    publicCommunicationRequired: exemption?.condition === 'c',
  };
}

/** Problems to fix before sending, as dictionary keys by field. */
export function decisionIssues(draft: DecisionDraft, recommendation: Recommendation | null): Record<string, 'common.required' | 'breaches.decision.justificationRequired' | 'breaches.decision.noAssessment'> {
  const needs = decisionNeeds(draft, recommendation);
  const issues: Record<string, 'common.required' | 'breaches.decision.justificationRequired' | 'breaches.decision.noAssessment'> = {};
  if (needs.justificationRequired && draft.justification.trim() === '') {
    issues.justification = needs.recommended === null ? 'breaches.decision.noAssessment' : 'breaches.decision.justificationRequired';
  }
  const exemption = needs.exemptionAllowed ? draft.exemption : null;
  if (exemption && exemption.reason.trim() === '') issues['art34Exemption.reason'] = 'common.required';
  if (exemption && needs.publicCommunicationRequired && exemption.publicCommunication.trim() === '') issues['art34Exemption.publicCommunication'] = 'common.required';
  return issues;
}

/** The `breach.decide` input (the exemption is dropped when the decision does not allow it). */
export function decisionInput(id: string, draft: DecisionDraft) {
  const exemption = draft.kind === 'notify_authority' ? draft.exemption : null;
  return {
    id,
    kind: draft.kind,
    justification: draft.justification.trim(),
    art34Exemption: exemption
      ? { condition: exemption.condition, reason: exemption.reason.trim(), publicCommunication: exemption.condition === 'c' ? exemption.publicCommunication.trim() : '' }
      : null,
  };
}
