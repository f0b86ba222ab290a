import { describe, expect, it } from 'vitest';
import { DOSSIER_SECTIONS, TEMPLATE_NOTICE } from '../../src-main/reports/breaches/dossier-pdf';
import { LETTER_SECTIONS, LETTER_TITLE } from '../../src-main/reports/breaches/letter-pdf';
import { AUDIT_HASH_LABEL } from '../../src-main/reports/pdf/page-frame';
import type { FileOutput } from '../../src-main/shared/schemas/common';
import { ORGANISATION } from '../helpers/vault';
import { breachVault, confirmedBreach, HEALTH_DISCLOSURE, MISSENT_STATEMENT } from '../service/breach-fixtures';
import { pdfPages, pdfText } from './fixtures';

const pdfOf = (file: FileOutput): Buffer => Buffer.from(file.base64, 'base64');
/** pdftotext lays text out in columns and wraps it: compare on single spaces. */
const squash = (text: string): string => text.replace(/\s+/g, ' ');

async function notifiedBreach() {
  const v = await breachVault('2026-03-28T12:00:00+01:00');
  const b = await confirmedBreach(v.call, '2026-03-28T09:00:00+01:00', '2026-03-28T10:00:00+01:00');
  await v.call('breach.update', { id: b.id, ...MISSENT_STATEMENT });
  await v.call('breach.assess', { id: b.id, answers: HEALTH_DISCLOSURE });
  await v.call('breach.decide', { id: b.id, kind: 'notify_authority_and_subjects' });
  return { ...v, id: b.id, reference: b.reference };
}

describe('« Dossier de notification à la CNIL » (Art. 33(3), read back with pdftotext)', () => {
  it('prints every section of the form in order, the organisation and DPO, and the audit-log head on every page', async () => {
    const v = await notifiedBreach();
    const file = await v.call<FileOutput>('breach.dossier', { id: v.id });
    expect(file.mime).toBe('application/pdf');
    expect(file.filename).toBe(`${v.reference}-notification-initiale-projet.pdf`);
    const text = squash(pdfText(pdfOf(file)));
    let last = -1;
    for (const [i, [heading]] of DOSSIER_SECTIONS.entries()) {
      const at = text.indexOf(`${i + 1}. ${heading}`);
      expect(at, heading).toBeGreaterThan(last);
      last = at;
    }
    expect(text).toContain(squash(TEMPLATE_NOTICE).slice(0, 80));
    expect(text).toContain('[U]');
    for (const value of [ORGANISATION.name, '732 829 320', ORGANISATION.address.street, ORGANISATION.dpoName, ORGANISATION.dpoEmail, v.reference]) {
      expect(text).toContain(value);
    }
    // Facts the CNIL asks for (Art. 33(3)(a)-(d)).
    for (const value of ['Données de santé (art. 9)', 'Numéro de sécurité sociale (NIR)', '1 (nombre exact)', 'Le destinataire a détruit le courrier', 'ÉditPrint SAS', 'Envoi postal ou courriel à un mauvais destinataire']) {
      expect(text).toContain(value);
    }
    // Awareness 28 March 10:00 (winter time), due 31 March 11:00 (summer time): 72 elapsed hours.
    expect(text).toContain('28/03/2026 à 10:00');
    expect(text).toContain('31/03/2026 à 11:00');
    const pages = pdfPages(pdfOf(file));
    const head = (await v.call<{ auditHead: { hash: string } }>('vault.status', {})).auditHead.hash;
    for (const page of pages) {
      expect(page).toContain(AUDIT_HASH_LABEL);
      expect(page).toContain(head.slice(0, 16));
      expect(page).toContain(ORGANISATION.name);
      expect(page).toContain('Claire Martin');
    }
    expect(pages.length).toBeGreaterThan(1);
  });

  it('lists the missing mandatory answers at the top of the document', async () => {
    const v = await breachVault('2026-06-01T10:00:00Z');
    const b = await confirmedBreach(v.call, '2026-06-01T08:00:00Z', '2026-06-01T09:00:00Z');
    const text = squash(pdfText(pdfOf(await v.call<FileOutput>('breach.dossier', { id: b.id }))));
    const box = text.indexOf('Informations manquantes');
    expect(box).toBeGreaterThan(0);
    expect(box).toBeLessThan(text.indexOf(`1. ${DOSSIER_SECTIONS[0][0]}`));
    for (const missing of ['Catégories de personnes concernées', 'Catégories de données concernées', 'Conséquences probables pour les personnes', 'Mesures prises ou envisagées']) {
      expect(text).toContain(missing);
    }
    expect(text).toContain('Incomplète');
  });

  it('renders a past notification from its frozen copy, not from the record as it is now', async () => {
    const v = await notifiedBreach();
    const notified = await v.call('breach.notify', { id: v.id, kind: 'initial', at: '2026-03-28T11:30:00+01:00', reference: 'CNIL-2026-777' });
    await v.call('breach.update', { id: v.id, subjects: { count: 250, precision: 'approximate' } });
    const n = notified.notifications[0];
    const file = await v.call<FileOutput>('breach.dossier', { id: v.id, notificationId: n?.id });
    expect(file.filename).toBe(`${v.reference}-notification-initiale.pdf`);
    const text = squash(pdfText(pdfOf(file)));
    expect(text).toContain('CNIL-2026-777');
    expect(text).toContain('1 (nombre exact)');
    expect(text).not.toContain('Environ 250');
    expect(text).toContain(n?.snapshotSha256 ?? 'absent');
    expect(text).not.toContain('PROJET');
  });

  it('prepares the complementary notification (Art. 33(4)) with the number of the initial one and the facts as they are now', async () => {
    const v = await notifiedBreach();
    await v.call('breach.notify', { id: v.id, kind: 'initial', at: '2026-03-28T11:30:00+01:00', reference: 'CNIL-2026-777' });
    await v.call('breach.update', { id: v.id, subjects: { count: 250, precision: 'approximate' } });
    const file = await v.call<FileOutput>('breach.dossier', { id: v.id });
    expect(file.filename).toBe(`${v.reference}-notification-complementaire-1-projet.pdf`);
    const text = squash(pdfText(pdfOf(file)));
    expect(text).toContain('Dossier de notification à la CNIL — notification complémentaire n° 1');
    expect(text).toContain('Suivi d’une notification (notification complémentaire, art. 33(4))');
    // The label wraps in its column: « Numéro de la notification CNIL-2026-777 initiale [6] ».
    expect(text).toMatch(/Numéro de la notification (initiale \[6\] )?CNIL-2026-777/);
    expect(text).toContain('Environ 250');
    for (const [i, [heading]] of DOSSIER_SECTIONS.entries()) expect(text, heading).toContain(`${i + 1}. ${heading}`);
  });

  it('prints the reasons for the delay of a notification made after 72 hours', async () => {
    const v = await notifiedBreach();
    v.clock.set('2026-04-02T09:00:00+02:00');
    const notified = await v.call('breach.notify', {
      id: v.id,
      kind: 'initial',
      at: '2026-04-01T09:00:00+02:00',
      reference: 'CNIL-LATE',
      delayReasons: 'Le sous-traitant n’a confirmé l’envoi erroné que le 31 mars au soir.',
    });
    const file = await v.call<FileOutput>('breach.dossier', { id: v.id, notificationId: notified.notifications[0]?.id });
    const text = squash(pdfText(pdfOf(file)));
    expect(text).toContain('Le sous-traitant n’a confirmé l’envoi erroné');
    expect(text).toMatch(/Notification dans les 72 h Non — 22 h 0 min après l’échéance/);
  });
});

describe('the letter to the people concerned (Art. 34(2))', () => {
  it('says in clear language what happened, the consequences, the measures and whom to contact', async () => {
    const v = await notifiedBreach();
    await v.call('breach.update', { id: v.id, remediation: { adviceToSubjects: 'Signalez-nous tout appel suspect.' } });
    const file = await v.call<FileOutput>('breach.letter', { id: v.id, recipient: { name: 'Mme Jeanne Durand', address: '3 rue des Tilleuls\n69007 Lyon' } });
    const text = squash(pdfText(pdfOf(file)));
    expect(text).toContain(LETTER_TITLE);
    for (const heading of LETTER_SECTIONS) expect(text).toContain(heading);
    expect(text).toContain('Mme Jeanne Durand');
    expect(text).toContain('Lyon, le 28/03/2026');
    expect(text).toContain('des personnes qui n’y étaient pas autorisées ont pu consulter des informations vous concernant');
    expect(text).toContain('données de santé');
    expect(text).toContain('atteinte au secret professionnel');
    expect(text).toContain('Le destinataire a détruit le courrier');
    expect(text).toContain('Signalez-nous tout appel suspect.');
    expect(text).toContain(ORGANISATION.dpoEmail);
    expect(text).toContain(v.reference);
    // Not notified yet: the letter must not say the CNIL was informed.
    expect(text).not.toContain('Nous avons informé la Commission');
  });
});
