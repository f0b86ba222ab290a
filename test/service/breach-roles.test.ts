import { describe, expect, it } from 'vitest';
import type { Service } from '../../src-main/service/types';
import { breachVault, callerOf, confirmedBreach, CONTACT_LEAK, MISSENT_STATEMENT } from './breach-fixtures';

/** The error code a call ends with, or 'ok'. */
async function outcome(service: Service, method: string, input: unknown): Promise<string> {
  const r = await service.call(method, input);
  return r.ok ? 'ok' : r.error.code;
}

/** A breach confirmed and assessed by the DPO, ready for a decision. */
async function assessedBreach() {
  const v = await breachVault('2026-06-01T10:00:00Z');
  const b = await confirmedBreach(v.call, '2026-06-01T08:00:00Z', '2026-06-01T09:00:00Z');
  await v.call('breach.assess', { id: b.id, answers: CONTACT_LEAK });
  return { ...v, id: b.id };
}

describe('who may do what with a breach (issue 4, « Roles »)', () => {
  it('lets the security officer log, complete, qualify, assess and follow incidents, and nothing the DPO decides', async () => {
    const v = await assessedBreach();
    const karim = await v.as('karim');
    const call = callerOf(karim);
    const created = await call('breach.create', { title: 'Ordinateur volé dans un véhicule', discoveredAt: '2026-06-01T09:30:00Z' });
    expect(created.createdBy).toBe('karim');
    await call('breach.update', { id: created.id, ...MISSENT_STATEMENT });
    await call('breach.startAssessment', { id: created.id });
    const confirmed = await call('breach.confirm', { id: created.id, awareAt: '2026-06-01T09:45:00Z' });
    expect(confirmed.clock?.state).toBe('running');
    await call('breach.assess', { id: created.id, answers: CONTACT_LEAK });
    expect(await outcome(karim, 'breach.get', { id: v.id })).toBe('ok');
    expect(await outcome(karim, 'breach.list', {})).toBe('ok');

    expect(await outcome(karim, 'breach.decide', { id: v.id, kind: 'notify_authority' })).toBe('FORBIDDEN');
    expect(await outcome(karim, 'breach.notify', { id: v.id, kind: 'initial', at: '2026-06-01T09:50:00Z' })).toBe('FORBIDDEN');
    expect(await outcome(karim, 'breach.communicate', { id: v.id, at: '2026-06-01T09:50:00Z', channel: 'letter', content: 'x' })).toBe('FORBIDDEN');
    expect(await outcome(karim, 'breach.close', { id: v.id })).toBe('FORBIDDEN');
    expect(await outcome(karim, 'breach.dismiss', { id: created.id, reason: 'Pas une violation.' })).toBe('FORBIDDEN');
    expect(await outcome(karim, 'breach.register', { from: '2026-01-01', to: '2026-12-31' })).toBe('FORBIDDEN');
    expect(await outcome(karim, 'breach.dossier', { id: v.id })).toBe('FORBIDDEN');
    karim.close();
  });

  it('lets the compliance officer read and export, and change nothing', async () => {
    const v = await assessedBreach();
    const sophie = await v.as('sophie');
    expect(await outcome(sophie, 'breach.get', { id: v.id })).toBe('ok');
    expect(await outcome(sophie, 'breach.list', {})).toBe('ok');
    expect(await outcome(sophie, 'breach.register', { from: '2026-01-01', to: '2026-12-31', format: 'xlsx' })).toBe('ok');
    expect(await outcome(sophie, 'breach.dossier', { id: v.id })).toBe('ok');
    expect(await outcome(sophie, 'breach.letter', { id: v.id })).toBe('ok');
    for (const [method, input] of [
      ['breach.create', { title: 'Incident', discoveredAt: '2026-06-01T09:00:00Z' }],
      ['breach.update', { id: v.id, title: 'Autre intitulé' }],
      ['breach.assess', { id: v.id, answers: CONTACT_LEAK }],
      ['breach.decide', { id: v.id, kind: 'notify_authority' }],
      ['breach.notify', { id: v.id, kind: 'initial', at: '2026-06-01T09:50:00Z' }],
      ['breach.close', { id: v.id }],
    ] as const) {
      expect(await outcome(sophie, method, input), method).toBe('FORBIDDEN');
    }
    sophie.close();
  });

  it('lets the DPO decide, notify, inform the people, dismiss and close', async () => {
    const v = await assessedBreach();
    await v.call('breach.decide', { id: v.id, kind: 'notify_authority' });
    await v.call('breach.notify', { id: v.id, kind: 'initial', at: '2026-06-01T09:50:00Z', reference: 'CNIL-1' });
    await v.call('breach.communicate', { id: v.id, at: '2026-06-01T09:55:00Z', channel: 'email', numberInformed: 300, content: 'Courriel d’information.' });
    expect((await v.call('breach.close', { id: v.id })).status).toBe('closed');
    const other = await v.call('breach.create', { title: 'Alerte sans suite', discoveredAt: '2026-06-01T09:00:00Z' });
    await v.call('breach.startAssessment', { id: other.id });
    expect((await v.call('breach.dismiss', { id: other.id, reason: 'Faux positif de l’antivirus.' })).status).toBe('dismissed');
    expect(await outcome(v.service, 'breach.register', { from: '2026-06-01', to: '2026-06-01', format: 'pdf' })).toBe('ok');
  });
});
