import { describe, expect, it } from 'vitest';
import { breachDemoStep } from '../../src-main/service/demo/breach-demo';
import { processingDemoStep } from '../../src-main/service/demo/processing-demo';
import { processorDemoStep } from '../../src-main/service/demo/processor-demo';
import { DemoRandom } from '../../src-main/service/demo/random';
import { requestDemoStep } from '../../src-main/service/demo/request-demo';
import { createService } from '../../src-main/service/service';
import type { Service } from '../../src-main/service/types';
import type { Result } from '../../src-main/shared/result';
import type { BreachDetail, BreachListOutput } from '../../src-main/shared/schemas/breach';
import type { ProcessingDetail } from '../../src-main/shared/schemas/processing';
import type { ProcessorDetail } from '../../src-main/shared/schemas/processor';
import type { RequestDetail } from '../../src-main/shared/schemas/request';
import { digest } from '../../src-main/store/audit-log';
import { openRaw } from '../helpers/raw';
import { newVault, PASSPHRASE, unwrap } from '../helpers/vault';
import type { z } from 'zod';

type BreachList = z.infer<typeof BreachListOutput>;
const UNKNOWN = 'Le traitement indiqué n’existe pas (ou plus) dans le registre : rechargez la page et choisissez-le à nouveau.';

const callerOf =
  (service: Service) =>
  async <T>(method: string, input: unknown): Promise<T> =>
    unwrap((await service.call(method, input)) as Result<T>);

/** A vault at noon on 1 June 2026 with two fiches of the register, a processor, a security and a compliance officer. */
async function linkVault() {
  const now = new Date('2026-06-01T10:00:00Z');
  const { dir, service, kit } = await newVault({ now: () => now });
  const call = callerOf(service);
  await call('user.add', { username: 'karim', displayName: 'Karim Benali', role: 'security', passphrase: PASSPHRASE });
  await call('user.add', { username: 'sophie', displayName: 'Sophie Lefèvre', role: 'compliance', passphrase: PASSPHRASE });
  const benefits = await call<ProcessingDetail>('processing.create', { reference: 'TRT-PREST', name: 'Gestion des prestations santé' });
  const members = await call<ProcessingDetail>('processing.create', { reference: 'TRT-ADH', name: 'Adhésion et gestion des contrats' });
  const printer = await call<ProcessorDetail>('processor.create', { name: 'Imprimerie du Rhône', siren: '997465075', country: 'FR', service: 'Mise sous pli des relevés' });
  const as = async (username: 'karim' | 'sophie'): Promise<Service> => {
    const s = createService({ vaultDir: dir, now: () => now });
    unwrap(await s.call('session.unlock', { username, passphrase: PASSPHRASE }));
    return s;
  };
  const head = async () => {
    const [last] = await call<{ seq: number; hash: string }[]>('audit.list', { limit: 1 });
    return last;
  };
  return { dir, kit, service, call, as, head, benefits, members, printer };
}

const REQUEST = { type: 'access', receivedAt: '2026-05-28T09:00:00Z', channel: 'email', applicant: { name: 'Jeanne Petit' } };

describe('breaches and requests name the processings and processors they concern (issue 6)', () => {
  it('links a breach to the processings it touched when it is logged, then to the processor involved (Art. 33(3)(a), 33(2))', async () => {
    const v = await linkVault();
    const created = await v.call<BreachDetail>('breach.create', {
      title: 'Relevé envoyé au mauvais adhérent',
      discoveredAt: '2026-06-01T08:00:00Z',
      processingIds: [v.benefits.id, v.members.id, v.benefits.id],
    });
    // De-duplicated, in the order of the register's references.
    expect(created.processings.map((p) => p.reference)).toEqual(['TRT-ADH', 'TRT-PREST']);
    expect(created.processings[0]).toEqual({ id: v.members.id, reference: 'TRT-ADH', name: 'Adhésion et gestion des contrats' });
    expect(created.processors).toEqual([]);

    const completed = await v.call<BreachDetail>('breach.update', { id: created.id, processorIds: [v.printer.id] });
    expect(completed.processors.map((p) => p.name)).toEqual(['Imprimerie du Rhône']);
    expect(completed.processings).toHaveLength(2);

    // The list given replaces the list stored; an absent list is left alone.
    const narrowed = await v.call<BreachDetail>('breach.update', { id: created.id, processingIds: [v.benefits.id] });
    expect(narrowed.processings.map((p) => p.reference)).toEqual(['TRT-PREST']);
    expect(narrowed.processors).toHaveLength(1);
    const untouched = await v.call<BreachDetail>('breach.update', { id: created.id, title: 'Relevé de remboursements envoyé au mauvais adhérent' });
    expect(untouched.processings.map((p) => p.reference)).toEqual(['TRT-PREST']);
  });

  it('refuses a processing that is not in the register, in French, and writes nothing (breach and request)', async () => {
    const v = await linkVault();
    const headBefore = await v.head();

    const refused = await v.service.call('breach.create', { title: 'Incident', discoveredAt: '2026-06-01T08:00:00Z', processingIds: [v.benefits.id, 'INCONNU42'] });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('VALIDATION');
    expect(refused.error.message).toBe(UNKNOWN);
    expect(refused.error.issues?.[0]?.path).toBe('processingIds.1');
    expect((await v.call<BreachList>('breach.list', {})).total).toBe(0);

    const request = await v.service.call('request.create', { ...REQUEST, processingIds: ['INCONNU42'] });
    expect(!request.ok && request.error.message).toBe(UNKNOWN);
    expect((await v.call<{ total: number }>('request.list', {})).total).toBe(0);
    expect(await v.head()).toEqual(headBefore);

    // An update naming an unknown processor changes neither the facts nor the links.
    const b = await v.call<BreachDetail>('breach.create', { title: 'Incident', discoveredAt: '2026-06-01T08:00:00Z', processingIds: [v.benefits.id] });
    const headAfterCreate = await v.head();
    const update = await v.service.call('breach.update', { id: b.id, title: 'Autre intitulé', processingIds: [v.members.id], processorIds: ['INCONNU42'] });
    expect(!update.ok && update.error.code).toBe('VALIDATION');
    const after = await v.call<BreachDetail>('breach.get', { id: b.id });
    expect(after.facts.title).toBe('Incident');
    expect(after.processings.map((p) => p.id)).toEqual([v.benefits.id]);
    expect(await v.head()).toEqual(headAfterCreate);
  });

  it('lists the breaches and requests linked to a processing or a processor', async () => {
    const v = await linkVault();
    const linked = await v.call<BreachDetail>('breach.create', { title: 'Rançongiciel', discoveredAt: '2026-06-01T07:00:00Z', processingIds: [v.benefits.id] });
    await v.call('breach.update', { id: linked.id, processorIds: [v.printer.id] });
    await v.call('breach.create', { title: 'Clé USB trouvée', discoveredAt: '2026-06-01T08:00:00Z', processingIds: [v.members.id] });
    await v.call('breach.create', { title: 'Badge perdu', discoveredAt: '2026-06-01T09:00:00Z' });

    const byProcessing = await v.call<BreachList>('breach.list', { processingId: v.benefits.id });
    expect(byProcessing.rows.map((r) => r.title)).toEqual(['Rançongiciel']);
    expect(byProcessing.total).toBe(1);
    expect((await v.call<BreachList>('breach.list', { processorId: v.printer.id })).rows.map((r) => r.id)).toEqual([linked.id]);
    expect((await v.call<BreachList>('breach.list', {})).total).toBe(3);

    const request = await v.call<RequestDetail>('request.create', { ...REQUEST, processingIds: [v.members.id] });
    await v.call('request.create', { ...REQUEST, applicant: { name: 'Paul Martin' } });
    const requests = await v.call<{ rows: { id: string }[]; total: number }>('request.list', { processingId: v.members.id });
    expect(requests.rows.map((r) => r.id)).toEqual([request.id]);
  });

  it('shows on the processing fiche the breaches and requests that name it, with their counts, and on the processor fiche its breaches', async () => {
    const v = await linkVault();
    const breach = await v.call<BreachDetail>('breach.create', { title: 'Rançongiciel', discoveredAt: '2026-06-01T07:00:00Z', processingIds: [v.benefits.id] });
    await v.call('breach.update', { id: breach.id, processorIds: [v.printer.id] });
    const request = await v.call<RequestDetail>('request.create', { ...REQUEST, processings: ['Fichier des réclamations'], processingIds: [v.benefits.id] });
    expect(request.linkedProcessings.map((p) => p.reference)).toEqual(['TRT-PREST']);
    expect(request.processings).toEqual(['Fichier des réclamations']);

    const fiche = await v.call<ProcessingDetail>('processing.get', { id: v.benefits.id });
    expect(fiche.linkedBreaches).toEqual([{ id: breach.id, reference: 'VIO-2026-0001', title: 'Rançongiciel', status: 'reported', discoveredAt: '2026-06-01T07:00:00.000Z' }]);
    expect(fiche.linkedBreachCount).toBe(1);
    expect(fiche.linkedRequests).toEqual([{ id: request.id, reference: request.reference, type: 'access', state: 'received', receivedAt: request.receivedAt }]);
    expect(fiche.linkedRequestCount).toBe(1);
    const other = await v.call<ProcessingDetail>('processing.get', { id: v.members.id });
    expect([other.linkedBreachCount, other.linkedRequestCount]).toEqual([0, 0]);

    const processor = await v.call<ProcessorDetail>('processor.get', { id: v.printer.id });
    expect(processor.linkedBreaches.map((b) => b.reference)).toEqual(['VIO-2026-0001']);
    expect(processor.linkedBreachCount).toBe(1);
  });

  it('refuses to delete a processing still linked to a breach and a request, then allows it once the links are removed (Art. 33(5))', async () => {
    const v = await linkVault();
    const breach = await v.call<BreachDetail>('breach.create', { title: 'Rançongiciel', discoveredAt: '2026-06-01T07:00:00Z', processingIds: [v.benefits.id] });
    const r1 = await v.call<RequestDetail>('request.create', { ...REQUEST, processingIds: [v.benefits.id] });
    const r2 = await v.call<RequestDetail>('request.create', { ...REQUEST, processingIds: [v.benefits.id, v.members.id] });
    const headBefore = await v.head();

    const refused = await v.service.call('processing.delete', { id: v.benefits.id });
    expect(!refused.ok && refused.error.code).toBe('INVALID_STATE');
    expect(!refused.ok && refused.error.message).toBe(
      'Ce traitement est lié à la violation VIO-2026-0001 et à 2 demande(s) : retirez ces liens avant de le supprimer (le registre des violations doit rester complet, art. 33(5)).',
    );
    expect((await v.call<ProcessingDetail>('processing.get', { id: v.benefits.id })).linkedBreachCount).toBe(1);
    expect(await v.head()).toEqual(headBefore);

    await v.call('breach.update', { id: breach.id, processingIds: [] });
    await v.call('request.update', { id: r1.id, processingIds: [] });
    const stillOne = await v.service.call('processing.delete', { id: v.benefits.id });
    expect(!stillOne.ok && stillOne.error.message).toMatch(/^Ce traitement est lié à 1 demande\(s\) : retirez ce lien/);
    await v.call('request.update', { id: r2.id, processingIds: [v.members.id] });
    unwrap(await v.service.call('processing.delete', { id: v.benefits.id }));
    expect((await v.service.call('processing.get', { id: v.benefits.id })).ok).toBe(false);
  });

  it('refuses to delete a processor still linked to a breach, then allows it once unlinked', async () => {
    const v = await linkVault();
    const breach = await v.call<BreachDetail>('breach.create', { title: 'Courrier mal adressé', discoveredAt: '2026-06-01T07:00:00Z' });
    await v.call('breach.update', { id: breach.id, processorIds: [v.printer.id] });
    const refused = await v.service.call('processor.delete', { id: v.printer.id });
    expect(!refused.ok && refused.error.message).toBe(
      'Ce sous-traitant est lié à la violation VIO-2026-0001 : retirez ce lien avant de le supprimer (le registre des violations doit rester complet, art. 33(5)).',
    );
    await v.call('breach.update', { id: breach.id, processorIds: [] });
    unwrap(await v.service.call('processor.delete', { id: v.printer.id }));
  });

  it('lets the security officer link a breach to processings, and not the compliance officer', async () => {
    const v = await linkVault();
    const breach = await v.call<BreachDetail>('breach.create', { title: 'Rançongiciel', discoveredAt: '2026-06-01T07:00:00Z' });
    const karim = await v.as('karim');
    const byKarim = unwrap((await karim.call('breach.update', { id: breach.id, processingIds: [v.members.id], processorIds: [v.printer.id] })) as Result<BreachDetail>);
    expect(byKarim.processings.map((p) => p.reference)).toEqual(['TRT-ADH']);
    expect((await karim.call('processing.get', { id: v.members.id })).ok).toBe(true);
    karim.close();

    const sophie = await v.as('sophie');
    const bySophie = await sophie.call('breach.update', { id: breach.id, processingIds: [] });
    expect(!bySophie.ok && bySophie.error.code).toBe('FORBIDDEN');
    const read = unwrap((await sophie.call('breach.get', { id: breach.id })) as Result<BreachDetail>);
    expect(read.processings).toHaveLength(1);
    sophie.close();
  });

  it('records the linked ids before and after in the audit entry of the change (Art. 5(2))', async () => {
    const v = await linkVault();
    const breach = await v.call<BreachDetail>('breach.create', { title: 'Rançongiciel', discoveredAt: '2026-06-01T07:00:00Z', processingIds: [v.benefits.id] });
    await v.call('breach.update', { id: breach.id, processingIds: [v.members.id, v.benefits.id], processorIds: [v.printer.id] });
    // The log keeps digests of before and after: recompute them from the stored documents and the id lists (reference order).
    const raw = openRaw(v.dir, v.kit);
    const entry = raw.prepare('SELECT action, entity_id, before_digest, after_digest FROM audit_log ORDER BY seq DESC LIMIT 1').get() as {
      action: string;
      entity_id: string;
      before_digest: string;
      after_digest: string;
    };
    const row = raw.prepare('SELECT facts, workflow FROM breaches WHERE id = ?').get(breach.id) as { facts: string; workflow: string };
    raw.close();
    expect([entry.action, entry.entity_id]).toEqual(['breach.update', breach.id]);
    const facts: unknown = JSON.parse(row.facts);
    const workflow: unknown = JSON.parse(row.workflow);
    expect(entry.before_digest).toBe(digest({ facts, workflow, processingIds: [v.benefits.id], processorIds: [] }));
    expect(entry.after_digest).toBe(digest({ facts, workflow, processingIds: [v.members.id, v.benefits.id], processorIds: [v.printer.id] }));
    // Without the links, the digest would not match: the lists are part of what was logged.
    expect(entry.after_digest).not.toBe(digest({ facts, workflow }));
  });

  it('links the demo breaches and requests to the demo register and processors', async () => {
    const now = new Date('2026-09-15T10:00:00Z');
    const { service } = await newVault({ now: () => now });
    const call = callerOf(service);
    const ctx = { service, random: new DemoRandom(7), scale: 1, now, call };
    for (const step of [processorDemoStep, processingDemoStep, requestDemoStep, breachDemoStep]) await step(ctx);
    const { rows } = await call<{ rows: { id: string; reference: string }[] }>('processing.list', { search: 'TRT-PREST' });
    const benefits = await call<ProcessingDetail>('processing.get', { id: rows.find((r) => r.reference === 'TRT-PREST')?.id });
    expect(benefits.linkedBreachCount).toBeGreaterThanOrEqual(3);
    expect(benefits.linkedRequestCount).toBeGreaterThan(0);
    const printers = await call<{ rows: { id: string; name: string }[] }>('processor.list', { search: 'Imprimerie du Rhône' });
    const printer = await call<ProcessorDetail>('processor.get', { id: printers.rows[0]?.id });
    expect(printer.linkedBreaches.map((b) => b.title)).toEqual(['Relevé de remboursements envoyé à un autre adhérent']);
  });
});
