/** Intake and step forms of a request (request-draft.ts, action-draft.ts): what is sent to the service. */
import { describe, expect, it } from 'vitest';
import { actionInput, emptyActionDraft } from '../../../src-renderer/pages/requests/action-draft';
import { draftToCreateInput, draftToUpdateInput, emptyRequestDraft, needsPostMortem } from '../../../src-renderer/pages/requests/request-draft';

const MESSAGES = { instantInvalid: 'date', extendReasons: 'motifs', refusalReasons: 'refus', mentions: 'mentions', justification: 'preuve' };

describe('intake of a request', () => {
  it('records a request by the data subject, received on a Saturday in Paris time', () => {
    const draft = { ...emptyRequestDraft('2026-03-07T10:30'), applicant: { name: 'Jeanne Martin', email: '', phone: '', postalAddress: '', memberNumber: 'A-1' }, processings: 'Remboursements\n\nTiers payant ' };
    const result = draftToCreateInput(draft, 'date');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.input.receivedAt).toBe('2026-03-07T10:30:00.000+01:00');
    expect(result.input.subject).toBeNull();
    expect(result.input.representation).toEqual({ link: 'self', proof: '', proofReceivedAt: null });
    expect(result.input.processings).toEqual(['Remboursements', 'Tiers payant']);
  });

  it('asks who the data subject is when the applicant acts for someone else (Art. 12(6))', () => {
    const draft = { ...emptyRequestDraft('2026-03-07T10:30'), applicant: { name: 'Paul Martin', email: '', phone: '', postalAddress: '', memberNumber: '' }, onBehalf: true };
    const result = draftToCreateInput(draft, 'date');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors['subject.name']).toBe('Ce champ est obligatoire.');
  });

  it('records an heir’s request with the loi 78-17 art. 85 information', () => {
    const draft = {
      ...emptyRequestDraft('2026-03-09T09:00'),
      type: 'post_mortem',
      applicant: { name: 'Luc Bernard', email: 'luc@example.fr', phone: '', postalAddress: '', memberNumber: '' },
      onBehalf: true,
      subject: { name: 'Marie Bernard', email: '', phone: '', postalAddress: '', memberNumber: 'B-77' },
      link: 'heir',
      proof: 'Acte de notoriété du 2 mars 2026',
      deathDate: '2026-02-01',
      purpose: 'succession',
    };
    expect(needsPostMortem(draft)).toBe(true);
    const result = draftToCreateInput(draft, 'date');
    expect(result.ok && result.input.postMortem).toEqual({ deathDate: '2026-02-01', directives: 'unknown', purpose: 'succession' });
  });

  it('reports an impossible receipt date instead of sending it', () => {
    const result = draftToCreateInput({ ...emptyRequestDraft(''), applicant: { name: 'X', email: '', phone: '', postalAddress: '', memberNumber: '' } }, 'date invalide');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.receivedAt).toBe('date invalide');
  });

  it('does not resend an untouched receipt instant when the file is edited', () => {
    const initial = { ...emptyRequestDraft('2026-03-07T10:30'), applicant: { name: 'Jeanne Martin', email: '', phone: '', postalAddress: '', memberNumber: '' } };
    const result = draftToUpdateInput('r1', { ...initial, summary: 'Copie du dossier' }, initial, 'date');
    expect(result.ok && 'receivedAt' in result.input).toBe(false);
    const moved = draftToUpdateInput('r1', { ...initial, receivedAt: '2026-03-06T18:00' }, initial, 'date');
    expect(moved.ok && moved.input.receivedAt).toBe('2026-03-06T18:00:00.000+01:00');
  });
});

describe('steps of a request', () => {
  it('requires the reasons of an extension (Art. 12(3))', () => {
    const result = actionInput('r1', emptyActionDraft('extend', '2026-03-20T09:00', 'letter'), MESSAGES);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.reasons).toBe('motifs');
  });

  it('requires the reasons and both remedies in a refusal, even a partial one (Art. 12(4))', () => {
    const draft = { ...emptyActionDraft('answer', '2026-03-20T09:00', 'email'), outcome: 'partly_granted', complaintToCnilMentioned: false };
    const result = actionInput('r1', draft, MESSAGES);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toMatchObject({ 'refusal.reasons': 'refus', 'refusal.complaintToCnilMentioned': 'mentions' });
  });

  it('requires the proof of a manifestly unfounded or excessive request (Art. 12(5))', () => {
    const draft = { ...emptyActionDraft('answer', '2026-03-20T09:00', 'letter'), outcome: 'excessive', refusalReasons: 'Douzième demande identique en deux mois.' };
    const result = actionInput('r1', draft, MESSAGES);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual({ justification: 'preuve' });
  });

  it('sends a granted answer without refusal information', () => {
    const result = actionInput('r1', { ...emptyActionDraft('answer', '2026-03-20T09:00', 'email'), summary: 'Copie envoyée par courriel chiffré.' }, MESSAGES);
    expect(result.ok).toBe(true);
    if (result.ok && result.input.action.type === 'answer') {
      expect(result.input.action.refusal).toBeNull();
      expect(result.input.action.at).toBe('2026-03-20T09:00:00.000+01:00');
    }
  });

  it('asks what proof of identity is requested', () => {
    const result = actionInput('r1', emptyActionDraft('request_identity', '2026-03-20T09:00', 'letter'), MESSAGES);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.documentsRequested).toBe('Ce champ est obligatoire.');
  });
});
