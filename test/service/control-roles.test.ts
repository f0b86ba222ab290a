import { describe, expect, it } from 'vitest';
import type { Service } from '../../src-main/service/types';
import type { ActionDetail, ActionListOutput, Evidence } from '../../src-main/shared/schemas/control';
import { action, breachId, call, check, controlVault, failure, finding, plan, sessionAs, unlock } from './control-fixtures';

const PDF = Buffer.from('%PDF-1.7\n%%EOF\n').toString('base64');

/** A vault with one finding action and one breach action, created by the DPO, and a session for `role`. */
async function setUp(role: 'security' | 'compliance') {
  const { dir, service: dpo, clock } = await controlVault();
  const f = await finding(dpo);
  const fromFinding = await action(dpo, { type: 'finding', id: f.id });
  const fromBreach = await action(dpo, { type: 'breach', id: await breachId(dpo) }, { title: 'Chiffrer les envois de relevés' });
  const evidence = await call<Evidence>(dpo, 'action.addEvidence', { actionId: fromFinding.id, filename: 'pv.pdf', base64: PDF });
  const other = await sessionAs(dpo, dir, clock, role);
  await unlock(other, role);
  return { dpo, other, finding: f, fromFinding, fromBreach, evidence };
}

const forbidden = async (service: Service, method: string, input: unknown): Promise<void> => {
  const e = await failure(service, method, input);
  expect(e.code, method).toBe('FORBIDDEN');
};

describe('who may do what in Contrôle', () => {
  it('lets the DPO plan, control, record findings, act, attach evidence and export', async () => {
    const { service } = await controlVault();
    const p = await plan(service);
    const c = await check(service);
    await call(service, 'check.record', { checkId: c.id, performedOn: '2026-03-09', result: 'ok' });
    const f = await finding(service);
    const a = await action(service, { type: 'finding', id: f.id });
    await call(service, 'action.setStatus', { id: a.id, status: 'in_progress' });
    await call(service, 'action.addEvidence', { actionId: a.id, filename: 'pv.pdf', base64: PDF });
    await call(service, 'control.coverage', { planId: p.id });
    const file = await call<{ filename: string }>(service, 'action.exportXlsx', {});
    expect(file.filename).toBe('plan-d-actions-2026-03-10.xlsx');
  });

  it('lets the compliance officer read and export everything but change nothing', async () => {
    const { other, finding: f, fromFinding, evidence } = await setUp('compliance');
    const plans = await call<{ id: string }[]>(other, 'control.planList', {});
    expect(plans).toHaveLength(1);
    await call(other, 'control.planGet', { id: plans[0]?.id });
    await call(other, 'control.coverage', { planId: plans[0]?.id });
    await call(other, 'check.list', {});
    await call(other, 'finding.get', { id: f.id });
    expect((await call<ActionListOutput>(other, 'action.list', {})).total).toBe(2);
    await call(other, 'action.downloadEvidence', { id: evidence.id });
    await call(other, 'action.exportXlsx', {});
    await forbidden(other, 'control.planCreate', { title: 'Plan', startYear: 2030, years: 3 });
    await forbidden(other, 'check.create', { title: 'X', frequency: 'yearly', owner: 'Y' });
    await forbidden(other, 'finding.update', { id: f.id, severity: 'low' });
    await forbidden(other, 'action.create', { source: { type: 'finding', id: f.id }, title: 'X', owner: 'Y' });
    await forbidden(other, 'action.setStatus', { id: fromFinding.id, status: 'done' });
    await forbidden(other, 'action.addEvidence', { actionId: fromFinding.id, filename: 'pv.pdf', base64: PDF });
    await forbidden(other, 'action.removeEvidence', { id: evidence.id });
  });

  it('lets the security officer follow only the measures decided after breaches: status and evidence', async () => {
    const { other, fromFinding, fromBreach, evidence } = await setUp('security');
    const list = await call<ActionListOutput>(other, 'action.list', {});
    expect(list.rows.map((r) => r.id)).toEqual([fromBreach.id]);
    expect((await call<ActionListOutput>(other, 'action.list', { sourceType: 'finding' })).total).toBe(0);
    await call(other, 'action.get', { id: fromBreach.id });
    const moved = await call<ActionDetail>(other, 'action.setStatus', { id: fromBreach.id, status: 'in_progress' });
    expect(moved.history.at(-1)?.actor).toBe('u-security');
    const ev = await call<Evidence>(other, 'action.addEvidence', { actionId: fromBreach.id, filename: 'config-messagerie.pdf', base64: PDF });
    await call(other, 'action.downloadEvidence', { id: ev.id });
    await call(other, 'action.removeEvidence', { id: ev.id });

    // Audit findings and their actions stay with the DPO.
    await forbidden(other, 'action.get', { id: fromFinding.id });
    await forbidden(other, 'action.setStatus', { id: fromFinding.id, status: 'done' });
    await forbidden(other, 'action.addEvidence', { actionId: fromFinding.id, filename: 'pv.pdf', base64: PDF });
    await forbidden(other, 'action.downloadEvidence', { id: evidence.id });
    await forbidden(other, 'action.removeEvidence', { id: evidence.id });
    await forbidden(other, 'action.update', { id: fromBreach.id, title: 'Autre' });
    await forbidden(other, 'action.create', { source: { type: 'breach', id: fromBreach.source.id }, title: 'X', owner: 'Y' });
    await forbidden(other, 'action.exportXlsx', {});
    await forbidden(other, 'control.planList', {});
    await forbidden(other, 'check.list', {});
    await forbidden(other, 'finding.list', {});
  });
});
