/** The DPO's decision form (decision-rules.ts), mirroring the guards of core/breach-workflow.ts. */
import { describe, expect, it } from 'vitest';
import { applyBreachAction, newBreachRecord, type BreachRecord } from '../../../src-main/core/breach-workflow';
import { BreachDecideInput } from '../../../src-main/shared/schemas/breach';
import { decisionInput, decisionIssues, decisionNeeds, type DecisionDraft } from '../../../src-renderer/pages/breaches/decision-rules';

const draft = (patch: Partial<DecisionDraft>): DecisionDraft => ({ kind: 'notify_authority', justification: '', exemption: null, ...patch });

function confirmedBreach(): BreachRecord {
  let r = newBreachRecord('2026-03-10T08:00:00Z');
  for (const action of [
    { type: 'start_assessment', at: '2026-03-10T08:10:00Z' },
    { type: 'confirm', at: '2026-03-10T09:00:00Z', awareAt: '2026-03-10T09:00:00Z' },
  ] as const) {
    const next = applyBreachAction(r, action);
    if (!next.ok) throw new Error(next.error.message);
    r = next.value;
  }
  return r;
}

describe('the decision on notification', () => {
  it('needs no justification when the decision follows the recommendation', () => {
    expect(decisionIssues(draft({ kind: 'notify_authority' }), 'risk')).toEqual({});
  });

  it('requires a justification to decide against the recommendation (Art. 33(5) register)', () => {
    expect(decisionNeeds(draft({ kind: 'document_only' }), 'risk')).toMatchObject({ againstRecommendation: true, justificationRequired: true });
    expect(decisionIssues(draft({ kind: 'document_only' }), 'risk')).toEqual({ justification: 'breaches.decision.justificationRequired' });
  });

  it('requires a justification when no risk assessment was recorded', () => {
    expect(decisionIssues(draft({ kind: 'notify_authority' }), null)).toEqual({ justification: 'breaches.decision.noAssessment' });
  });

  it('accepts not informing the people of a high-risk breach under an Art. 34(3) condition, with its reason', () => {
    const withExemption = draft({ kind: 'notify_authority', exemption: { condition: 'a', reason: 'Portable chiffré (AES-256), clé non compromise.', publicCommunication: '' } });
    expect(decisionIssues(withExemption, 'high_risk')).toEqual({});
    expect(decisionIssues({ ...withExemption, exemption: { condition: 'a', reason: '', publicCommunication: '' } }, 'high_risk')).toEqual({
      'art34Exemption.reason': 'common.required',
    });
  });

  it('requires the public communication for the disproportionate-effort exemption (Art. 34(3)(c))', () => {
    const c = draft({ exemption: { condition: 'c', reason: 'Adresses inconnues pour 40 000 anciens adhérents.', publicCommunication: '' } });
    expect(decisionIssues(c, 'high_risk')).toEqual({ 'art34Exemption.publicCommunication': 'common.required' });
  });

  it('drops the exemption when the decision informs the people anyway', () => {
    const input = decisionInput('b1', draft({ kind: 'notify_authority_and_subjects', exemption: { condition: 'b', reason: 'x', publicCommunication: '' } }));
    expect(input.art34Exemption).toBeNull();
    expect(BreachDecideInput.safeParse(input).success).toBe(true);
  });

  it('agrees with the workflow’s own guard on what needs a justification', () => {
    const record = confirmedBreach();
    for (const kind of ['document_only', 'notify_authority', 'notify_authority_and_subjects'] as const) {
      for (const recommendation of ['none', 'risk', 'high_risk'] as const) {
        const d = draft({ kind });
        const coreResult = applyBreachAction(record, { type: 'decide', at: '2026-03-10T10:00:00Z', kind, recommendation, justification: '' });
        const uiBlocks = 'justification' in decisionIssues(d, recommendation);
        expect(uiBlocks, `${kind} / ${recommendation}`).toBe(!coreResult.ok);
      }
    }
  });
});
