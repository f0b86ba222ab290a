import { describe, expect, it } from 'vitest';
import {
  REQUEST_STATES,
  REQUEST_TRANSITIONS,
  REQUEST_TYPES,
  REQUEST_TYPE_INFO,
  applyRequestAction,
  newRightsRequest,
  nextLegalStep,
  type RefusalInformation,
  type RequestAction,
  type RightsRequest,
} from '../../../src-main/core/request-workflow';

// Received Thursday 5 March 2026: one month → Sunday 5 April → Easter Monday → due Tuesday 7 April.
const RECEIVED = '2026-03-05T09:00:00Z';
const fresh = (type: RightsRequest['type'] = 'access') => newRightsRequest({ type, receivedAt: RECEIVED });

function run(request: RightsRequest, ...actions: RequestAction[]): RightsRequest {
  return actions.reduce((r, action) => {
    const result = applyRequestAction(r, action);
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  }, request);
}

const refusal: RefusalInformation = {
  reasons: 'Données conservées au titre d’une obligation légale (art. 17(3)(b)).',
  complaintToCnilMentioned: true,
  judicialRemedyMentioned: true,
  informedOn: '2026-03-20',
};

describe('Request types', () => {
  it('labels every type in French and English with its article', () => {
    for (const type of REQUEST_TYPES) {
      const info = REQUEST_TYPE_INFO[type];
      expect(info.fr.length).toBeGreaterThan(3);
      expect(info.en.length).toBeGreaterThan(3);
      expect(info.article).toMatch(/art\./);
    }
    expect(REQUEST_TYPE_INFO.objection_direct_marketing.article).toContain('21');
    expect(REQUEST_TYPE_INFO.post_mortem.article).toBe('Loi 78-17, art. 85');
    expect(REQUEST_TYPE_INFO.no_automated_decision.article).toBe('RGPD, art. 22');
  });

  it('only lists known states as transition targets, and closure is final', () => {
    for (const state of REQUEST_STATES) for (const target of REQUEST_TRANSITIONS[state]) expect(REQUEST_STATES).toContain(target);
    expect(REQUEST_TRANSITIONS.closed).toEqual([]);
  });
});

describe('Request workflow (GDPR Art. 12)', () => {
  it('goes received → in progress → answered → closed', () => {
    const done = run(fresh(), { type: 'start', at: '2026-03-06T09:00:00Z' }, { type: 'answer', at: '2026-03-20T09:00:00Z', outcome: 'granted' }, { type: 'close', at: '2026-03-21T09:00:00Z' });
    expect(done.state).toBe('closed');
    expect(done.response?.outcome).toBe('granted');
    expect(nextLegalStep(done, '2026-03-22T09:00:00Z')).toBeNull();
  });

  it('refuses a jump that the transitions do not allow, in French', () => {
    const closed = run(fresh(), { type: 'answer', at: '2026-03-20T09:00:00Z', outcome: 'granted' }, { type: 'close', at: '2026-03-21T09:00:00Z' });
    const result = applyRequestAction(closed, { type: 'start', at: '2026-03-22T09:00:00Z' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'INVALID_STATE', message: expect.stringContaining('Impossible de passer') });
    expect(applyRequestAction(fresh(), { type: 'close', at: '2026-03-06T09:00:00Z' }).ok).toBe(false);
  });

  it('refuses an event dated before the receipt of the request', () => {
    const result = applyRequestAction(fresh(), { type: 'start', at: '2026-03-04T09:00:00Z' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues?.[0]?.path).toBe('at');
  });

  it('requires the Art. 12(4) information to refuse: reasons, CNIL complaint, judicial remedy, date', () => {
    const result = applyRequestAction(fresh(), { type: 'answer', at: '2026-03-20T09:00:00Z', outcome: 'refused', refusal: { ...refusal, reasons: ' ', judicialRemedyMentioned: false } });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('VALIDATION');
      expect(result.error.issues?.map((i) => i.path)).toEqual(['refusal.reasons', 'refusal.judicialRemedyMentioned']);
    }
    const ok = run(fresh(), { type: 'answer', at: '2026-03-20T09:00:00Z', outcome: 'refused', refusal });
    expect(ok.state).toBe('refused');
    expect(ok.response?.refusal).toEqual(refusal);
  });

  it('requires the Art. 12(4) information for the part refused of a partly granted request', () => {
    expect(applyRequestAction(fresh(), { type: 'answer', at: '2026-03-20T09:00:00Z', outcome: 'partly_granted' }).ok).toBe(false);
    expect(run(fresh(), { type: 'answer', at: '2026-03-20T09:00:00Z', outcome: 'partly_granted', refusal }).state).toBe('answered');
  });

  it('requires a justification for a manifestly unfounded or excessive request (Art. 12(5) burden of proof)', () => {
    const result = applyRequestAction(fresh(), { type: 'answer', at: '2026-03-20T09:00:00Z', outcome: 'excessive', refusal });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues?.map((i) => i.path)).toEqual(['justification']);
    const ok = run(fresh(), { type: 'answer', at: '2026-03-20T09:00:00Z', outcome: 'manifestly_unfounded', refusal, justification: 'Douzième demande identique en deux mois.' });
    expect(ok.response?.justification).toBe('Douzième demande identique en deux mois.');
  });

  it('never lets an objection to direct marketing be refused (Art. 21(3))', () => {
    const result = applyRequestAction(fresh('objection_direct_marketing'), { type: 'answer', at: '2026-03-20T09:00:00Z', outcome: 'refused', refusal });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('art. 21(3)');
    expect(run(fresh('objection_direct_marketing'), { type: 'answer', at: '2026-03-06T09:00:00Z', outcome: 'granted' }).state).toBe('answered');
  });

  it('allows only a refusal while the identity of the requester is unconfirmed (Art. 12(6))', () => {
    const waiting = run(fresh(), { type: 'request_identity', at: '2026-03-06T09:00:00Z' });
    expect(applyRequestAction(waiting, { type: 'answer', at: '2026-03-20T09:00:00Z', outcome: 'granted' }).ok).toBe(false);
    expect(run(waiting, { type: 'answer', at: '2026-04-07T09:00:00Z', outcome: 'refused', refusal }).state).toBe('refused');
    expect(run(waiting, { type: 'receive_identity', at: '2026-03-10T09:00:00Z' }).state).toBe('in_progress');
  });
});

describe('Extension (Art. 12(3))', () => {
  it('requires reasons', () => {
    const result = applyRequestAction(fresh(), { type: 'extend', at: '2026-03-20T09:00:00Z', reasons: '' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues?.[0]?.path).toBe('reasons');
  });

  it('can be recorded until the end of the one-month due date, not after', () => {
    const lastMinute = run(fresh(), { type: 'extend', at: '2026-04-07T21:59:00Z', reasons: 'Demande portant sur 15 ans de remboursements.' });
    expect(lastMinute.state).toBe('extended');
    const tooLate = applyRequestAction(fresh(), { type: 'extend', at: '2026-04-07T22:00:00Z', reasons: 'Complexité.' });
    expect(tooLate.ok).toBe(false);
    if (!tooLate.ok) expect(tooLate.error.message).toContain('ne peut plus être enregistrée');
  });

  it('is possible only once', () => {
    const extended = run(fresh(), { type: 'extend', at: '2026-03-20T09:00:00Z', reasons: 'Complexité.' });
    expect(applyRequestAction(extended, { type: 'extend', at: '2026-03-21T09:00:00Z', reasons: 'Encore.' }).ok).toBe(false);
  });

  it('is refused for a medical-record request (L1111-7 has no extension)', () => {
    const request = newRightsRequest({ type: 'access', receivedAt: RECEIVED, profile: 'health-record' });
    expect(applyRequestAction(request, { type: 'extend', at: '2026-03-06T09:00:00Z', reasons: 'Complexité.' }).ok).toBe(false);
  });

  it('keeps a waiting state when recorded while waiting, and returns to « extended » when the answer comes', () => {
    const waiting = run(fresh(), { type: 'request_clarification', at: '2026-03-06T09:00:00Z' }, { type: 'extend', at: '2026-03-20T09:00:00Z', reasons: 'Complexité.' });
    expect(waiting.state).toBe('awaiting_clarification');
    expect(waiting.extension?.reasons).toBe('Complexité.');
    expect(run(waiting, { type: 'receive_clarification', at: '2026-03-25T09:00:00Z' }).state).toBe('extended');
  });
});

describe('Next legal step', () => {
  it('asks to answer or notify an extension by the one-month due date', () => {
    const step = nextLegalStep(fresh(), '2026-03-06T09:00:00Z');
    expect(step).toMatchObject({ due: '2026-04-07', dueAt: '2026-04-07T21:59:59.999Z', article: 'RGPD, art. 12(3)', late: false });
    expect(step?.fr).toBe('Répondre au demandeur, ou lui notifier une prolongation motivée, au plus tard le mardi 7 avril 2026.');
  });

  it('reminds that waiting for identity does not pause the deadline', () => {
    const step = nextLegalStep(run(fresh(), { type: 'request_identity', at: '2026-03-06T09:00:00Z' }), '2026-03-20T09:00:00Z');
    expect(step?.due).toBe('2026-04-07');
    expect(step?.fr).toContain("n'est pas suspendue");
  });

  it('moves to the extended due date (receipt + 3 months) once extended', () => {
    const step = nextLegalStep(run(fresh(), { type: 'extend', at: '2026-03-20T09:00:00Z', reasons: 'Complexité.' }), '2026-04-10T09:00:00Z');
    expect(step?.due).toBe('2026-06-05');
    expect(step?.late).toBe(false);
  });

  it('says the request is late after the due date', () => {
    const step = nextLegalStep(fresh(), '2026-04-07T22:00:00Z');
    expect(step?.late).toBe(true);
    expect(step?.fr).toContain('En retard');
  });

  it('uses the 8-day medical-record deadline for that profile', () => {
    const request = newRightsRequest({ type: 'access', receivedAt: RECEIVED, profile: 'health-record' });
    expect(nextLegalStep(request, '2026-03-06T09:00:00Z')).toMatchObject({ due: '2026-03-13', article: 'Code de la santé publique, art. L1111-7' });
  });

  it('after an erasure, asks to notify each recipient (Art. 19) before closing', () => {
    const answered = run(fresh('erasure'), { type: 'answer', at: '2026-03-20T09:00:00Z', outcome: 'granted' });
    expect(nextLegalStep(answered, '2026-03-21T09:00:00Z')).toMatchObject({ article: 'RGPD, art. 19', due: '2026-03-20' });
  });

  it('is defined in every state until closure', () => {
    const states = [
      fresh(),
      run(fresh(), { type: 'start', at: '2026-03-06T09:00:00Z' }),
      run(fresh(), { type: 'request_identity', at: '2026-03-06T09:00:00Z' }),
      run(fresh(), { type: 'request_clarification', at: '2026-03-06T09:00:00Z' }),
      run(fresh(), { type: 'extend', at: '2026-03-06T09:00:00Z', reasons: 'Complexité.' }),
      run(fresh(), { type: 'answer', at: '2026-03-06T09:00:00Z', outcome: 'granted' }),
      run(fresh(), { type: 'answer', at: '2026-03-06T09:00:00Z', outcome: 'refused', refusal }),
    ];
    expect(new Set(states.map((s) => s.state)).size).toBe(7);
    for (const request of states) expect(nextLegalStep(request, '2026-03-10T09:00:00Z')).not.toBeNull();
  });
});
