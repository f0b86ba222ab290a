/**
 * A small vault whose every figure is known, for the dashboard and audit-pack tests. The clock moves
 * through 2026 as a DPO's year would: processors and fiches in June and August, requests and
 * breaches recorded afterwards with their real dates, generation on Monday 5 October 2026 at 10:00
 * (Paris). The period under test is the third quarter (2026-Q3: 1 July – 30 September).
 */
import type { Service } from '../../src-main/service/types';
import type { Result } from '../../src-main/shared/result';
import type { BreachDetail } from '../../src-main/shared/schemas/breach';
import { fullChecklist, hdsHost, printer, reimbursement } from './processor-fixtures';
import { CONTACT_LEAK, MISSENT_STATEMENT } from './breach-data';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ORGANISATION, PASSPHRASE, unwrap } from '../helpers/vault';
import { createService } from '../../src-main/service/service';

/** Monday 5 October 2026, 10:00 in Paris. */
export const GENERATION = '2026-10-05T08:00:00.000Z';

export interface PackClock {
  now: () => Date;
  set(iso: string): void;
}

export function packClock(start: string): PackClock {
  let current = new Date(start);
  return { now: () => current, set: (iso) => (current = new Date(iso)) };
}

export const callOf =
  (service: Service) =>
  async <T = unknown>(method: string, input: unknown): Promise<T> =>
    unwrap((await service.call(method, input)) as Result<T>);

const answer = (at: string) => ({ type: 'answer', at, outcome: 'granted', channel: 'email', summary: 'Copie des données envoyée.', refusal: null, justification: '', note: '' });
const request = (n: number, receivedAt: string, actions: unknown[] = []) => ({
  type: 'access',
  receivedAt,
  channel: 'email',
  applicant: { name: `Adhérent fictif ${n}`, email: `adherent${n}@example.fr` },
  summary: 'Demande de copie de mes données.',
  actions,
});

/** What the fixture created, by role in the tests. */
export interface PackVault {
  /** Folder holding the vault folder and whatever the test writes beside it; removed by `dispose`. */
  root: string;
  dir: string;
  dispose(): void;
  service: Service;
  clock: PackClock;
  call: ReturnType<typeof callOf>;
  ids: {
    processorOld: string;
    processorNew: string;
    processingOld: string;
    processingNew: string;
    /** Q3 breach notified within 72 h. */
    notifiedInQ3: string;
    dismissedInQ3: string;
    /** Discovered in Q2, complementary notification in Q3. */
    discoveredInQ2: string;
    /** Q3 breach decided « notify », never notified: late. */
    lateInQ3: string;
    /** Discovered on 4 October: clock running at generation. */
    runningAfterQ3: string;
    planId: string;
  };
}

async function notifiedBreach(call: ReturnType<typeof callOf>, title: string, discoveredAt: string, awareAt: string): Promise<string> {
  const b = await call<BreachDetail>('breach.create', { title, discoveredAt });
  await call('breach.update', { id: b.id, ...MISSENT_STATEMENT, timeline: { ...MISSENT_STATEMENT.timeline, occurredFrom: discoveredAt } });
  await call('breach.startAssessment', { id: b.id });
  await call('breach.confirm', { id: b.id, awareAt });
  await call('breach.assess', { id: b.id, answers: CONTACT_LEAK });
  await call('breach.decide', { id: b.id, kind: 'notify_authority', justification: '' });
  return b.id;
}

export async function packVault(): Promise<PackVault> {
  const clock = packClock('2026-06-01T08:00:00Z');
  // Not the helpers' temporary folder: that one goes after each test, this vault serves a whole suite.
  const root = mkdtempSync(join(tmpdir(), 'dpo-pack-test-'));
  const dir = join(root, 'vault');
  const service = createService({ vaultDir: dir, now: clock.now });
  const call = callOf(service);
  await call('vault.create', { organisation: ORGANISATION, user: { username: 'claire', displayName: 'Claire Martin' }, passphrase: PASSPHRASE });

  // June (before the period): a processor with its contract, a fiche.
  const processorOld = (await call<{ id: string }>('processor.create', hdsHost)).id;
  await call('processor.addContract', { processorId: processorOld, contract: { title: 'Contrat d’hébergement HDS', signedOn: '2025-01-15', durationMonths: 36, checklist: fullChecklist } });
  const processingOld = (await call<{ id: string }>('processing.create', reimbursement([processorOld]))).id;

  // August (in the period): a new processor without contract, a new fiche whose DPIA is required, then done.
  clock.set('2026-08-03T08:00:00Z');
  const processorNew = (await call<{ id: string }>('processor.create', printer)).id;
  const processingNew = (
    await call<{ id: string }>('processing.create', reimbursement([processorNew], { reference: 'TRT-EDITIQUE', name: 'Éditique des relevés de remboursement' }))
  ).id;
  await call('processing.screenDpia', { id: processingNew, answers: { wp248: { wp248_c4_sensitive_or_highly_personal: true, wp248_c5_large_scale: true } } });
  await call('processing.screenDpia', { id: processingOld, answers: { wp248: { wp248_c4_sensitive_or_highly_personal: true, wp248_c5_large_scale: true } } });
  clock.set('2026-08-20T08:00:00Z');
  await call('processing.updateDpia', { id: processingNew, dpia: { status: 'done', doneOn: '2026-08-20' } });

  // Audit plan 2026-2028: one audit done in the period, one planned.
  const planId = (await call<{ id: string }>('control.planCreate', { title: 'Plan d’audit 2026-2028', startYear: 2026, years: 3 })).id;
  await call('control.itemAdd', { planId, title: 'Audit du registre des prestations', target: { kind: 'processing', id: processingOld }, year: 2026, quarter: 3, auditor: 'Claire Martin', status: 'done', completedOn: '2026-08-20' });
  await call('control.itemAdd', { planId, title: 'Audit de l’hébergeur', target: { kind: 'processor', id: processorOld }, year: 2027, quarter: 1, auditor: 'Cabinet externe' });

  // 5 October: requests and breaches recorded with their real dates.
  clock.set(GENERATION);
  await call('request.importBatch', {
    requests: [
      request(1, '2026-07-06T09:00:00Z', [answer('2026-07-20T09:00:00Z')]), // on time (due 6 August)
      request(2, '2026-07-10T09:00:00Z', [answer('2026-08-20T09:00:00Z')]), // late (due 10 August)
      request(3, '2026-08-03T09:00:00Z'), // overdue at generation (due 3 September)
      request(4, '2026-09-28T09:00:00Z'), // pending, due 28 October
      request(5, '2026-06-20T09:00:00Z', [answer('2026-07-01T09:00:00Z')]), // received in Q2
      request(6, '2026-10-01T09:00:00Z'), // received after Q3
      request(7, '2026-09-07T09:00:00Z'), // due 7 October: within 7 days of generation
    ],
  });

  const notifiedInQ3 = await notifiedBreach(call, 'Relevés envoyés au mauvais adhérent', '2026-08-10T08:00:00Z', '2026-08-10T09:00:00Z');
  await call('breach.notify', { id: notifiedInQ3, kind: 'initial', at: '2026-08-11T09:00:00Z', reference: 'CNIL-2026-0811' });

  const dismissed = await call<BreachDetail>('breach.create', { title: 'Alerte antivirus sans donnée personnelle', discoveredAt: '2026-09-15T08:00:00Z' });
  await call('breach.startAssessment', { id: dismissed.id });
  await call('breach.dismiss', { id: dismissed.id, reason: 'Faux positif : aucun fichier de données personnelles concerné.' });

  const discoveredInQ2 = await notifiedBreach(call, 'Courriel groupé en copie visible', '2026-06-10T08:00:00Z', '2026-06-10T09:00:00Z');
  await call('breach.notify', { id: discoveredInQ2, kind: 'initial', at: '2026-06-11T09:00:00Z', reference: 'CNIL-2026-0611' });
  await call('breach.notify', { id: discoveredInQ2, kind: 'complementary', at: '2026-07-15T09:00:00Z', reference: 'CNIL-2026-0611' });

  const lateInQ3 = await notifiedBreach(call, 'Ancien salarié parti avec un fichier', '2026-09-20T08:00:00Z', '2026-09-20T09:00:00Z');

  const running = await call<BreachDetail>('breach.create', { title: 'Ordinateur portable volé', discoveredAt: '2026-10-04T10:00:00Z' });
  await call('breach.startAssessment', { id: running.id });
  await call('breach.confirm', { id: running.id, awareAt: '2026-10-04T12:00:00Z' });

  // Actions recorded at the end of September: one overdue (due 1 September), one open, one done.
  clock.set('2026-09-25T08:00:00Z');
  await call('action.create', { source: { type: 'breach', id: notifiedInQ3 }, title: 'Contrôle automatique des plis', owner: 'Éditique', dueDate: '2026-09-01' });
  await call('action.create', { source: { type: 'breach', id: lateInQ3 }, title: 'Révoquer les accès des partants', owner: 'DSI', dueDate: '2026-12-01' });
  const done = await call<{ id: string }>('action.create', { source: { type: 'processor', id: processorNew, alert: 'no_contract' }, title: 'Signer le contrat de sous-traitance', owner: 'Achats', dueDate: '2026-11-30' });
  await call('action.setStatus', { id: done.id, status: 'done' });
  clock.set(GENERATION);

  const dispose = (): void => {
    service.close();
    rmSync(root, { recursive: true, force: true });
  };
  return { root, dir, dispose, service, clock, call, ids: { processorOld, processorNew, processingOld, processingNew, notifiedInQ3, dismissedInQ3: dismissed.id, discoveredInQ2, lateInQ3, runningAfterQ3: running.id, planId } };
}

/** A second session on the same vault and clock, as a user of `role` (created on first use). */
export async function sessionAs(v: PackVault, role: 'security' | 'compliance'): Promise<Service> {
  const username = `u-${role}`;
  const users = unwrap((await v.service.call('user.list', {})) as Result<{ username: string }[]>);
  if (!users.some((u) => u.username === username)) await v.call('user.add', { username, displayName: role === 'security' ? 'Karim Benali (RSSI)' : 'Sophie Lefèvre (conformité)', role, passphrase: PASSPHRASE });
  const s = createService({ vaultDir: v.dir, now: v.clock.now });
  unwrap(await s.call('session.unlock', { username, passphrase: PASSPHRASE }));
  return s;
}
