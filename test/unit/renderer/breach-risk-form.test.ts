/** The risk questionnaire (risk-draft.ts, risk-questions.ts) against core/breach-risk.ts. */
import { describe, expect, it } from 'vitest';
import {
  AVAILABILITY_CIRCUMSTANCES,
  BACKUP_STATES,
  CONFIDENTIALITY_CIRCUMSTANCES,
  EXFILTRATION_STATES,
  IDENTIFICATION_LEVELS,
  INTEGRITY_CIRCUMSTANCES,
  PERMANENCE_STATES,
  assessBreachRisk,
} from '../../../src-main/core/breach-risk';
import { riskAnswersOf, riskDraftFrom } from '../../../src-renderer/pages/breaches/risk/risk-draft';
import { RISK_QUESTIONS } from '../../../src-renderer/pages/breaches/risk/risk-questions';

describe('risk questionnaire', () => {
  it('offers exactly the answers the rules know, for every question', () => {
    const core: Record<string, readonly string[]> = {
      identification: IDENTIFICATION_LEVELS,
      confidentiality: CONFIDENTIALITY_CIRCUMSTANCES,
      integrity: INTEGRITY_CIRCUMSTANCES,
      availability: AVAILABILITY_CIRCUMSTANCES,
      backup: BACKUP_STATES,
      exfiltration: EXFILTRATION_STATES,
      permanence: PERMANENCE_STATES,
    };
    expect(RISK_QUESTIONS.map((q) => q.id).sort()).toEqual(Object.keys(core).sort());
    for (const q of RISK_QUESTIONS) expect(q.options.map((o) => o.value), q.id).toEqual(core[q.id]);
  });

  it('never answers a question for the user: unanswered questions are listed', () => {
    const { answers, errors } = riskAnswersOf(riskDraftFrom({ dataTypes: ['health'] }));
    expect(answers).toBeNull();
    expect(Object.keys(errors).sort()).toEqual(['availability', 'backup', 'confidentiality', 'exfiltration', 'identification', 'integrity', 'permanence']);
  });

  it('asks a reason for each context adjustment of the DPC score', () => {
    const draft = riskDraftFrom({});
    draft.adjustments = [{ delta: '-1', reason: ' ' }];
    expect(riskAnswersOf(draft).errors['dpcAdjustments.0.reason']).toBe('breaches.risk.adjustmentReasonRequired');
  });

  it('recommends notifying the CNIL and the people when health data reach unknown recipients (EDPB 01/2021, case 12)', () => {
    const draft = riskDraftFrom({
      dataTypes: ['health', 'basic'],
      identification: 'maximum',
      confidentiality: 'unknown_recipients',
      integrity: 'none',
      availability: 'none',
      backup: 'not_needed',
      exfiltration: 'certain',
      permanence: 'irreversible',
      maliciousIntent: true,
      subjectCount: 1200,
    });
    const { answers } = riskAnswersOf(draft);
    expect(answers).not.toBeNull();
    if (!answers) return;
    const result = assessBreachRisk(answers);
    expect(result.recommendation).toBe('high_risk');
    expect(result.enisa.se).toBe(5);
  });

  it('keeps a restored ransomware on encrypted data at « document only » (EDPB 01/2021, case 01)', () => {
    const { answers } = riskAnswersOf(
      riskDraftFrom({
        dataTypes: ['economic_financial'],
        identification: 'negligible',
        confidentiality: 'none',
        integrity: 'none',
        availability: 'temporary',
        backup: 'restored_quickly',
        exfiltration: 'excluded',
        permanence: 'reversible',
        maliciousIntent: true,
        dataUnintelligible: true,
      }),
    );
    expect(answers && assessBreachRisk(answers).recommendation).toBe('none');
  });
});
