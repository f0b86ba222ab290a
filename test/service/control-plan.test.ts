import { describe, expect, it } from 'vitest';
import type { AuditPlanDetail, CoverageOutput } from '../../src-main/shared/schemas/control';
import { call, controlVault, failure, hasMethod, orgItem, plan } from './control-fixtures';

describe('the multi-year audit plan (GDPR Art. 39(1)(b))', () => {
  it('plans a three-year cycle and lists it with its last year', async () => {
    const { service } = await controlVault();
    const created = await plan(service, 2026, 3);
    expect(created).toMatchObject({ startYear: 2026, years: 3, endYear: 2028, itemCount: 0 });
    const list = await call<{ id: string }[]>(service, 'control.planList', {});
    expect(list.map((p) => p.id)).toEqual([created.id]);
  });

  it('refuses a plan shorter than 3 years or longer than 5, in French', async () => {
    const { service } = await controlVault();
    const short = await failure(service, 'control.planCreate', { title: 'Plan', startYear: 2026, years: 2 });
    expect(short.code).toBe('VALIDATION');
    expect(short.issues?.[0]).toMatchObject({ path: 'years', message: 'Un plan d’audit couvre au moins 3 ans.' });
    const long = await failure(service, 'control.planCreate', { title: 'Plan', startYear: 2026, years: 6 });
    expect(long.issues?.[0]?.message).toBe('Un plan d’audit couvre au plus 5 ans.');
  });

  it('refuses a plan overlapping the current cycle', async () => {
    const { service } = await controlVault();
    await plan(service, 2026, 3);
    const e = await failure(service, 'control.planCreate', { title: 'Plan suivant', startYear: 2028, years: 3 });
    expect(e.code).toBe('CONFLICT');
    expect(e.message).toMatch(/couvre déjà 2026-2028/);
    await plan(service, 2029, 5);
  });

  it('refuses an audit planned outside the plan’s years and says which year to change', async () => {
    const { service } = await controlVault();
    const p = await plan(service, 2026, 3);
    const e = await failure(service, 'control.itemAdd', {
      planId: p.id,
      title: 'Audit du sous-traitant d’éditique',
      target: { kind: 'organisation', control: 'Éditique' },
      year: 2029,
      auditor: 'Cabinet Audit & Conformité',
    });
    expect(e.code).toBe('VALIDATION');
    expect(e.issues?.[0]?.path).toBe('year');
    expect(e.issues?.[0]?.message).toMatch(/prévu en 2029, hors de la période du plan \(2026-2028\)/);
    const after = await call<AuditPlanDetail>(service, 'control.planGet', { id: p.id });
    expect(after.items).toHaveLength(0);
  });

  it('refuses to shorten a plan that would leave an audit outside it', async () => {
    const { service } = await controlVault();
    const p = await plan(service, 2026, 4);
    await orgItem(service, p.id, { year: 2029 });
    const e = await failure(service, 'control.planUpdate', { id: p.id, years: 3 });
    expect(e.code).toBe('VALIDATION');
    expect(e.issues?.[0]?.path).toBe('items.0.year');
    const unchanged = await call<AuditPlanDetail>(service, 'control.planGet', { id: p.id });
    expect(unchanged.years).toBe(4);
  });

  it('dates a completed audit today unless told otherwise, and clears the date when it is reopened', async () => {
    const { service } = await controlVault('2026-06-15T10:00:00Z');
    const p = await plan(service);
    const done = await orgItem(service, p.id, { status: 'done' });
    expect(done.completedOn).toBe('2026-06-15');
    const reopened = await call<{ status: string; completedOn: string | null }>(service, 'control.itemUpdate', { id: done.id, status: 'in_progress' });
    expect(reopened).toMatchObject({ status: 'in_progress', completedOn: null });
    const future = await failure(service, 'control.itemUpdate', { id: done.id, status: 'done', completedOn: '2026-07-01' });
    expect(future.code).toBe('VALIDATION');
  });

  it('keeps an audit that produced a finding: it can be cancelled, not removed', async () => {
    const { service } = await controlVault();
    const p = await plan(service);
    const item = await orgItem(service, p.id, { status: 'done', completedOn: '2026-03-02' });
    await call(service, 'finding.create', { title: 'Écart', severity: 'low', observedOn: '2026-03-02', source: { type: 'audit', itemId: item.id } });
    const e = await failure(service, 'control.itemRemove', { id: item.id });
    expect(e.code).toBe('INVALID_STATE');
    expect(e.message).toMatch(/Passez-le au statut « Annulé »/);
    const spare = await orgItem(service, p.id, { title: 'Audit à retirer' });
    await call(service, 'control.itemRemove', { id: spare.id });
    expect((await call<AuditPlanDetail>(service, 'control.planGet', { id: p.id })).items.map((i) => i.id)).toEqual([item.id]);
  });
});

describe('coverage of the plan', () => {
  it('counts organisation-level audits per year and per status', async () => {
    const { service } = await controlVault();
    const p = await plan(service, 2026, 3);
    await orgItem(service, p.id, { year: 2026, status: 'done', completedOn: '2026-03-01' });
    await orgItem(service, p.id, { year: 2027, title: 'Purge des durées de conservation' });
    await orgItem(service, p.id, { year: 2027, title: 'Audit annulé', status: 'cancelled' });
    const c = await call<CoverageOutput>(service, 'control.coverage', { planId: p.id });
    expect(c.cycle).toEqual({ fromYear: 2026, toYear: 2028 });
    expect(c.organisation).toEqual({ planned: 2, done: 1 });
    expect(c.byYear).toEqual([
      { year: 2026, planned: 0, inProgress: 0, done: 1, cancelled: 0 },
      { year: 2027, planned: 1, inProgress: 0, done: 0, cancelled: 1 },
      { year: 2028, planned: 0, inProgress: 0, done: 0, cancelled: 0 },
    ]);
  });

  it('refuses a cycle that ends before it starts', async () => {
    const { service } = await controlVault();
    const p = await plan(service);
    const e = await failure(service, 'control.coverage', { planId: p.id, fromYear: 2028, toYear: 2026 });
    expect(e.code).toBe('VALIDATION');
  });

  it('gives the share of processings and processors audited and covered within the cycle', async (ctx) => {
    const { service } = await controlVault();
    if (!hasMethod(service, 'processing.create') || !hasMethod(service, 'processor.create')) {
      ctx.skip('processing.create / processor.create ne sont pas encore dans le contrat : couverture des cibles non testée.');
      return;
    }
    const remboursements = await call<{ id: string }>(service, 'processing.create', { name: 'Remboursement des frais de santé' });
    const adhesions = await call<{ id: string }>(service, 'processing.create', { name: 'Gestion des adhésions' });
    const prevention = await call<{ id: string }>(service, 'processing.create', { name: 'Programmes de prévention' });
    const hebergeur = await call<{ id: string }>(service, 'processor.create', { name: 'Hébergeur HDS Exemple', country: 'FR' });
    const p = await plan(service, 2026, 3);
    const add = (target: object, year: number, status: string, title: string) =>
      call(service, 'control.itemAdd', { planId: p.id, title, target, year, auditor: 'Claire Martin', status, completedOn: status === 'done' ? '2026-03-01' : null });
    await add({ kind: 'processing', id: remboursements.id }, 2026, 'done', 'Audit des remboursements');
    await add({ kind: 'processing', id: adhesions.id }, 2027, 'planned', 'Audit des adhésions');
    await add({ kind: 'processor', id: hebergeur.id }, 2028, 'cancelled', 'Audit de l’hébergeur');

    const c = await call<CoverageOutput>(service, 'control.coverage', { planId: p.id });
    expect(c.processings).toMatchObject({ available: true, total: 3, audited: [remboursements.id], neverCovered: [prevention.id] });
    expect(c.processings.auditedShare).toBeCloseTo(1 / 3);
    expect(c.processings.coveredShare).toBeCloseTo(2 / 3);
    expect(c.processings.labels[prevention.id]).toMatch(/Programmes de prévention$/);
    // A cancelled audit covers nothing.
    expect(c.processors).toMatchObject({ available: true, total: 1, coveredShare: 0, neverCovered: [hebergeur.id] });

    const firstYear = await call<CoverageOutput>(service, 'control.coverage', { planId: p.id, fromYear: 2026, toYear: 2026 });
    expect(firstYear.processings.covered).toEqual([remboursements.id]);

    const unknown = await failure(service, 'control.itemAdd', { planId: p.id, title: 'X', target: { kind: 'processing', id: 'INCONNU' }, year: 2026, auditor: 'Claire' });
    expect(unknown.code).toBe('NOT_FOUND');
    expect(unknown.message).toMatch(/n’est pas dans le registre/);

    const detail = await call<AuditPlanDetail>(service, 'control.planGet', { id: p.id });
    expect(detail.items.find((i) => i.target.kind === 'processing' && i.target.id === remboursements.id)?.targetLabel).toMatch(/ — Remboursement des frais de santé$/);
  });
});
