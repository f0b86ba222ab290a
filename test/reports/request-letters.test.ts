import { describe, expect, it } from 'vitest';
import type { Result } from '../../src-main/shared/result';
import type { FileOutput } from '../../src-main/shared/schemas/common';
import type { RequestDetail } from '../../src-main/shared/schemas/request';
import { newVault, ORGANISATION, unwrap } from '../helpers/vault';
import { pdfText } from './fixtures';

/** A vault at 20 March 2026 with one request per letter situation. */
async function setup() {
  const clock = { now: new Date('2026-03-20T10:00:00Z') };
  const { service } = await newVault({ now: () => clock.now });
  const call = async <T>(method: string, input: unknown): Promise<T> => unwrap((await service.call(method, input)) as Result<T>);
  const letter = async (id: string, kind: string, date?: string) => {
    const file = await call<FileOutput>('request.letter', { id, kind, ...(date ? { date } : {}) });
    expect(file.mime).toBe('application/pdf');
    // pdftotext joins wrapped lines with a line break: compare on single spaces.
    return pdfText(Buffer.from(file.base64, 'base64')).replace(/\s+/g, ' ');
  };
  const create = (extra: Record<string, unknown> = {}) =>
    call<RequestDetail>('request.create', {
      type: 'erasure',
      receivedAt: '2026-03-02T10:00:00+01:00',
      channel: 'letter',
      applicant: { name: 'Éloïse Dupont', postalAddress: '3 rue des Fleurs\n69002 Lyon' },
      ...extra,
    });
  const act = (id: string, action: Record<string, unknown>) => call<RequestDetail>('request.act', { id, action });
  return { service, call, letter, create, act };
}

describe('Letters to the person exercising a right (French, PDF)', () => {
  it('acknowledges receipt with the reference, the Art. 12(3) due date and the DPO contact, under the organisation’s header', async () => {
    const { create, letter } = await setup();
    const r = await create();
    const text = await letter(r.id, 'acknowledgement');
    expect(text).toContain('Accusé de réception de votre demande');
    expect(text).toContain(ORGANISATION.name);
    expect(text).toContain('Lyon, le 20 mars 2026');
    expect(text).toContain('Éloïse Dupont 3 rue des Fleurs 69002 Lyon');
    expect(text).toContain(`Elle est enregistrée sous la référence ${r.reference}`);
    expect(text).toContain('au plus tard le 2 avril 2026 (RGPD, art. 12(3)');
    expect(text).toContain('prolongé de deux mois');
    expect(text).toContain(ORGANISATION.dpoEmail);
    expect(text).toMatch(/Empreinte du journal d'audit : [0-9a-f]{64}/);
  });

  it('gives the medical-record deadline of L1111-7 instead of Art. 12(3) for a health-record request', async () => {
    const { create, letter } = await setup();
    const r = await create({ type: 'access', profile: 'health-record', receivedAt: '2026-03-04T10:00:00+01:00' });
    const text = await letter(r.id, 'acknowledgement');
    expect(text).toContain('L1111-7');
    expect(text).toContain('au plus tard le 12 mars 2026');
    expect(text).toContain('quarante-huit heures');
    expect(text).not.toContain('prolongé de deux mois');
  });

  it('asks for proof of identity without asking more than necessary, and keeps the strict due date (Art. 12(6))', async () => {
    const { create, act, letter } = await setup();
    const r = await create({ subject: { name: 'Jules Dupont' }, representation: { link: 'legal_representative' } });
    await act(r.id, { type: 'request_identity', documentsRequested: 'votre numéro d’adhérent et votre date de naissance', at: '2026-03-03T10:00:00Z' });
    const text = await letter(r.id, 'identity_request');
    expect(text).toContain('Lyon, le 3 mars 2026');
    expect(text).toContain('Nous vous remercions de nous adresser : votre numéro d’adhérent et votre date de naissance.');
    expect(text).toContain('Nous ne vous demandons que ce qui est nécessaire pour confirmer votre identité');
    expect(text).toContain('masquer les mentions inutiles');
    expect(text).toContain('justificatif de votre qualité');
    expect(text).toContain('nous vous répondrons au plus tard le 2 avril 2026');
  });

  it('notifies the extension with its reasons and the extended date (Art. 12(3))', async () => {
    const { create, act, letter } = await setup();
    const r = await create();
    await act(r.id, { type: 'extend', reasons: 'Vos données sont réparties entre trois systèmes de gestion.', at: '2026-03-06T10:00:00Z' });
    const text = await letter(r.id, 'extension_notice');
    expect(text).toContain('Lyon, le 6 mars 2026');
    expect(text).toContain('Vos données sont réparties entre trois systèmes de gestion.');
    expect(text).toContain('l’article 12(3) du RGPD');
    expect(text).toContain('au plus tard le 2 juin 2026');
  });

  it('covers a partial answer with what was done, the reasons for the rest and the Art. 12(4) remedies', async () => {
    const { create, act, letter } = await setup();
    const r = await create({ subject: { name: 'Jules Dupont' }, representation: { link: 'mandate', proof: 'Mandat', proofReceivedAt: '2026-03-02T10:00:00Z' } });
    await act(r.id, {
      type: 'answer',
      outcome: 'partly_granted',
      channel: 'letter',
      summary: 'Effacement des données de prospection.',
      refusal: { reasons: 'Les décomptes de remboursement sont conservés dix ans (obligation légale).', complaintToCnilMentioned: true, judicialRemedyMentioned: true },
      at: '2026-03-19T10:00:00Z',
    });
    const text = await letter(r.id, 'answer_cover');
    expect(text).toContain('Nous y avons donné suite en partie');
    expect(text).toContain('Les données concernant Jules Dupont ont été effacées (RGPD, art. 17)');
    expect(text).toContain('Mesures prises : Effacement des données de prospection.');
    expect(text).toContain('Les décomptes de remboursement sont conservés dix ans');
    expect(text).toContain('réclamation auprès de l’autorité de contrôle');
    expect(text).toContain('CNIL');
    expect(text).toContain('recours juridictionnel');
  });

  it('refuses with the reasons, the Art. 12(5) justification and the Art. 12(4) remedies', async () => {
    const { create, act, letter } = await setup();
    const r = await create({ type: 'access' });
    await act(r.id, {
      type: 'answer',
      outcome: 'excessive',
      channel: 'letter',
      refusal: { reasons: 'Vous avez reçu la copie complète de vos données le 1er mars.', complaintToCnilMentioned: true, judicialRemedyMentioned: true, informedOn: '2026-03-18' },
      justification: 'Septième demande identique en deux mois.',
      at: '2026-03-18T10:00:00Z',
    });
    const text = await letter(r.id, 'refusal');
    expect(text).toContain('Lyon, le 18 mars 2026');
    expect(text).toContain('Nous ne pouvons pas y donner suite');
    expect(text).toContain('Vous avez reçu la copie complète de vos données le 1er mars.');
    expect(text).toContain('excessive, notamment en raison de son caractère répétitif, au sens de l’article 12(5) du RGPD : Septième demande identique en deux mois.');
    expect(text).toContain('l’article 12(4) du RGPD');
    expect(text).toContain('3 place de Fontenoy');
    expect(text).toContain('recours juridictionnel devant la juridiction compétente (RGPD, art. 79)');
  });

  it('prints the date asked for, and refuses a letter the file cannot support yet', async () => {
    const { create, letter, service } = await setup();
    const r = await create();
    expect(await letter(r.id, 'acknowledgement', '2026-03-03')).toContain('Lyon, le 3 mars 2026');
    for (const kind of ['identity_request', 'extension_notice', 'answer_cover', 'refusal']) {
      const res = await service.call('request.letter', { id: r.id, kind });
      expect(!res.ok && res.error.code, kind).toBe('INVALID_STATE');
    }
  });

  it('records each letter produced in the audit log', async () => {
    const { create, letter, call } = await setup();
    const r = await create();
    await letter(r.id, 'acknowledgement');
    const [last] = await call<{ action: string; entityId: string }[]>('audit.list', { limit: 1 });
    expect(last).toMatchObject({ action: 'request.letter', entityId: r.id });
  });
});
