import { describe, it, expect } from 'vitest';
import {
  ART28_CHECKLIST,
  ART28_KEYS,
  Art28Checklist,
  type Art28Key,
  type Art28Status,
  evaluateChecklist,
} from '../../../src-main/core/art28';

const MANDATORY = ART28_CHECKLIST.filter((i) => i.kind === 'mandatory').map((i) => i.key);

function allPresent(): Partial<Record<Art28Key, { status: Art28Status }>> {
  return Object.fromEntries(MANDATORY.map((k) => [k, { status: 'present' as const }]));
}

describe('Art. 28 checklist', () => {
  it('has one entry per key of REGULATORY.md §4, each with French and English labels and an article', () => {
    expect(ART28_CHECKLIST.map((i) => i.key)).toEqual([...ART28_KEYS]);
    expect(ART28_KEYS).toHaveLength(25);
    for (const i of ART28_CHECKLIST) {
      expect(i.labelFr.length).toBeGreaterThan(5);
      expect(i.labelEn.length).toBeGreaterThan(5);
      expect(i.article).toMatch(/^Art\. /);
    }
  });

  it('treats Art. 28(5) and 28(6)-(8) as optional evidence and Art. 28(10) as a risk flag', () => {
    const kind = (k: Art28Key) => ART28_CHECKLIST.find((i) => i.key === k)?.kind;
    expect(kind('a28_5_code_or_certification')).toBe('optional_evidence');
    expect(kind('a28_6_8_sccs')).toBe('optional_evidence');
    expect(kind('a28_10_processor_as_controller')).toBe('risk_flag');
    expect(kind('a28_breach_notice_sla')).toBe('recommended');
    expect(kind('a28_3h_audits_information')).toBe('mandatory');
  });

  it('finds a contract with every mandatory clause present compliant and complete', () => {
    const ev = evaluateChecklist(allPresent());
    expect(ev.compliant).toBe(true);
    expect(ev.completeness).toBe(1);
    expect(ev.missingMandatory).toEqual([]);
  });

  it('counts an unanswered mandatory clause as missing, with a sentence saying to check it', () => {
    const answers = allPresent();
    delete answers.a28_3g_delete_or_return;
    const ev = evaluateChecklist(answers);
    expect(ev.missingMandatory).toEqual(['a28_3g_delete_or_return']);
    expect(ev.perKey.a28_3g_delete_or_return.status).toBe('unanswered');
    expect(ev.perKey.a28_3g_delete_or_return.noteFr).toContain('Art. 28(3)(g)');
    expect(ev.compliant).toBe(false);
  });

  it('lists partial mandatory clauses apart and does not count them as complete', () => {
    const answers = { ...allPresent(), a28_3h_audits_information: { status: 'partial' as const } };
    const ev = evaluateChecklist(answers);
    expect(ev.partialMandatory).toEqual(['a28_3h_audits_information']);
    expect(ev.missingMandatory).toEqual([]);
    expect(ev.compliant).toBe(false);
    expect(ev.completeness).toBeCloseTo((MANDATORY.length - 1) / MANDATORY.length);
  });

  it('accepts « not applicable » for the flow-down clause when no sub-processing is allowed, excluding it from the ratio', () => {
    const answers = {
      ...allPresent(),
      a28_4_flow_down: { status: 'not_applicable' as const },
      a28_4_initial_processor_liable: { status: 'not_applicable' as const },
      a28_2_general_auth_change_notice: { status: 'not_applicable' as const },
    };
    const ev = evaluateChecklist(answers);
    expect(ev.compliant).toBe(true);
    expect(ev.completeness).toBe(1);
  });

  it('refuses « not applicable » for the documented-instructions clause of Art. 28(3)(a)', () => {
    const ev = evaluateChecklist({ ...allPresent(), a28_3a_documented_instructions: { status: 'not_applicable' } });
    expect(ev.missingMandatory).toContain('a28_3a_documented_instructions');
    expect(ev.perKey.a28_3a_documented_instructions.noteFr).toMatch(/ne peut pas être marquée non applicable/);
  });

  it('raises the Art. 28(10) risk flag when the processor determines purposes and means', () => {
    const ev = evaluateChecklist({ ...allPresent(), a28_10_processor_as_controller: { status: 'present' } });
    expect(ev.riskFlags).toEqual(['a28_10_processor_as_controller']);
    expect(ev.compliant).toBe(true);
    expect(evaluateChecklist(allPresent()).riskFlags).toEqual([]);
  });

  it('reports a missing breach-notice SLA as recommended, never as a mandatory gap', () => {
    const ev = evaluateChecklist(allPresent());
    expect(ev.recommendedMissing).toEqual(['a28_breach_notice_sla']);
    expect(ev.missingMandatory).not.toContain('a28_breach_notice_sla');
  });

  it('validates answers with a section reference and a comment', () => {
    const parsed = Art28Checklist.parse({ a28_3b_confidentiality: { status: 'present', section: 'art. 7.2' } });
    expect(parsed.a28_3b_confidentiality).toEqual({ status: 'present', section: 'art. 7.2', comment: '' });
    expect(Art28Checklist.safeParse({ a28_3b_confidentiality: { status: 'maybe' } }).success).toBe(false);
    expect(Art28Checklist.safeParse({ not_a_key: { status: 'present' } }).success).toBe(false);
  });
});
