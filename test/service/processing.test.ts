import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { createService } from '../../src-main/service/service';
import type { FileOutput } from '../../src-main/shared/schemas/common';
import type { CategoriesOutput, DpiaScreening, ProcessingDetail, ProcessingListOutput, TransfersOutput } from '../../src-main/shared/schemas/processing';
import { newVault, PASSPHRASE, unwrap } from '../helpers/vault';
import { addUsers, call, callCentre, createProcessing, createProcessor, hdsHost, NOW, reimbursement, usCloud } from './processor-fixtures';

type List = z.infer<typeof ProcessingListOutput>;

const vault = () => newVault({ now: () => NOW });
const get = (service: Awaited<ReturnType<typeof vault>>['service'], id: string) => call<ProcessingDetail>(service, 'processing.get', { id });
const missingIds = (p: ProcessingDetail) => p.completeness.missing.map((m) => m.id);
const TWO_WP248 = { wp248: { wp248_c4_sensitive_or_highly_personal: true, wp248_c5_large_scale: true } };

describe('register of processing activities (Art. 30) through the service', () => {
  it('creates a draft fiche, generates a reference when none is given, and shows it in the light list', async () => {
    const { service } = await vault();
    const a = await createProcessing(service, reimbursement());
    expect(a.reference).toBe('TRT-PREST');
    expect(a.status).toBe('draft');
    expect(a.createdOn).toBe('2026-03-10');
    const b = await createProcessing(service, { name: 'Paie' });
    expect(b.reference).toBe('TRT-2026-0001');
    const list = await call<List>(service, 'processing.list', {});
    expect(list.rows.map((r) => r.reference)).toEqual(['TRT-2026-0001', 'TRT-PREST']);
    expect(list.rows[1]).toMatchObject({ name: 'Gestion des prestations santé', sensitive: true, purpose: 'Remboursement des frais de santé', dpiaOutcome: null });
  });

  it('refuses a duplicated reference whatever its case', async () => {
    const { service } = await vault();
    await createProcessing(service, reimbursement());
    const r = await service.call('processing.create', { name: 'Autre', reference: ' trt-prest ' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('CONFLICT');
      expect(r.error.message).toContain('« Gestion des prestations santé »');
    }
  });

  it('takes the controller and DPO of Art. 30(1)(a) from the organisation, and lists what the fiche lacks', async () => {
    const { service } = await vault();
    const p = await createProcessing(service, { name: 'Prospection', purposes: [{ label: 'Prospection commerciale' }] });
    const ids = missingIds(p);
    expect(ids).not.toContain('a30_1a_controller_contacts:organisation');
    expect(ids).toContain('a30_1b_purposes:legal_basis:0');
    expect(ids).toContain('a30_1g_security_measures');
    expect(p.completeness.missing.find((m) => m.id === 'a30_1b_purposes:legal_basis:0')?.messageFr).toContain('« Prospection commerciale »');
  });

  it('derives the transfers of a processing from its processors, and follows a change of the processor', async () => {
    const { service } = await vault();
    const host = await createProcessor(service, hdsHost);
    const cloud = await createProcessor(service, usCloud);
    const calls = await createProcessor(service, callCentre);
    const p = await createProcessing(service, reimbursement([host.id, cloud.id, calls.id]));
    const byCountry = Object.fromEntries(p.transfers.map((t) => [`${t.via}:${t.country}`, t]));
    expect(Object.keys(byCountry).sort()).toEqual(['establishment:MA', 'establishment:US', 'hosting:US']);
    expect(byCountry['hosting:US']).toMatchObject({ mechanismSource: 'documented', issue: null, tiaDate: '2025-11-03' });
    expect(byCountry['hosting:US']?.mechanismFr).toContain('module 2');
    expect(byCountry['establishment:MA']).toMatchObject({ issue: 'no_mechanism', recipientName: 'Centre d’appels Atlas' });
    expect(missingIds(p).filter((id) => id.startsWith('a30_1e_transfers'))).toHaveLength(1);

    // The mechanism is documented once, on the processor; the fiche follows without being retyped.
    await call(service, 'processor.update', { id: calls.id, processor: { ...callCentre, establishment: { mechanism: { kind: 'scc_2021_914', module: 2 } } } });
    const after = await get(service, p.id);
    expect(after.transfers.find((t) => t.country === 'MA')).toMatchObject({ issue: null, mechanismSource: 'documented' });
    expect(missingIds(after).filter((id) => id.startsWith('a30_1e_transfers'))).toEqual([]);

    const all = await call<z.infer<typeof TransfersOutput>>(service, 'processing.transfers', {});
    expect(all.transfers.every((t) => t.processingIds.includes(p.id))).toBe(true);
    expect(all.withIssue).toBe(0);
  });

  it('treats the United Kingdom as adequate and an uncertified US recipient without safeguards as a gap', async () => {
    const { service } = await vault();
    const uk = await createProcessor(service, { name: 'Support Londres', country: 'Royaume-Uni' });
    const us = await createProcessor(service, { name: 'Mailer Inc', country: 'US' });
    const p = await createProcessing(service, reimbursement([uk.id, us.id]));
    expect(p.transfers.find((t) => t.country === 'GB')).toMatchObject({ mechanismSource: 'adequacy_decision', issue: null });
    expect(p.transfers.find((t) => t.country === 'US')?.issue).toBe('dpf_not_certified');
  });

  it('refuses a link to a processor that does not exist', async () => {
    const { service } = await vault();
    const r = await service.call('processing.create', reimbursement(['01KKBFJYM000000000000000000']));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/Sous-traitant\(s\) introuvable/);
  });

  it('returns the data and people categories of processings for pre-filling a breach or a request', async () => {
    const { service } = await vault();
    const a = await createProcessing(service, reimbursement());
    const b = await createProcessing(service, { name: 'Paie', subjectCategories: [{ label: 'Salariés' }], dataCategories: [{ category: 'cnil_cat_eco_fin' }, { category: 'cnil_sens_nir' }] });
    const out = await call<z.infer<typeof CategoriesOutput>>(service, 'processing.categories', { ids: [a.id, b.id] });
    expect(out.dataCategories.map((c) => c.id)).toEqual(['cnil_cat_etat_civil', 'cnil_cat_eco_fin', 'cnil_sens_sante', 'cnil_sens_nir']);
    expect(out.dataCategories.find((c) => c.id === 'cnil_sens_sante')).toMatchObject({ sensitive: true, regime: 'art9', labelFr: 'Données concernant la santé' });
    expect(out.subjectCategories).toEqual(['Adhérents', 'Salariés']);
    const missing = await service.call('processing.categories', { ids: ['INCONNU'] });
    expect(missing.ok).toBe(false);
  });
});

describe('validation of a fiche', () => {
  it('refuses to validate an incomplete fiche and says what is missing', async () => {
    const { service } = await vault();
    const p = await createProcessing(service, reimbursement());
    const r = await service.call('processing.setStatus', { id: p.id, status: 'validated' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('INVALID_STATE');
      expect(r.error.issues?.map((i) => i.path)).toEqual(['a35_dpia:screening']);
    }
  });

  it('validates a complete fiche, and returns it to draft when an update makes it incomplete', async () => {
    const { service } = await vault();
    const p = await createProcessing(service, reimbursement());
    await call(service, 'processing.screenDpia', { id: p.id, answers: {}, comment: '' });
    const v = await call<ProcessingDetail>(service, 'processing.setStatus', { id: p.id, status: 'validated' });
    expect(v).toMatchObject({ status: 'validated', validatedBy: 'claire' });
    const same = await call<ProcessingDetail>(service, 'processing.update', { id: p.id, processing: reimbursement([], { subjectVolume: '260 000 personnes' }) });
    expect(same.status).toBe('validated');
    const broken = await call<ProcessingDetail>(service, 'processing.update', { id: p.id, processing: reimbursement([], { securityMeasures: [] }) });
    expect(broken).toMatchObject({ status: 'draft', validatedAt: null });
  });
});

describe('DPIA screening (Art. 35, WP248, CNIL list)', () => {
  it('requires a DPIA for two WP248 criteria, keeps every screening dated, and tracks the follow-up', async () => {
    const { service } = await vault();
    const p = await createProcessing(service, reimbursement());
    const first = await call<DpiaScreening>(service, 'processing.screenDpia', { id: p.id, answers: TWO_WP248, comment: 'Données de santé de 250 000 adhérents' });
    expect(first.outcome).toBe('required');
    expect(first.reasons.map((r) => r.citationFr)).toEqual(['critère 4 des lignes directrices WP248', 'critère 5 des lignes directrices WP248']);
    expect(first.screenedAt).toBe(NOW.toISOString());
    let row = (await call<List>(service, 'processing.list', {})).rows[0];
    expect(row).toMatchObject({ dpiaOutcome: 'required', dpiaPending: true });
    expect(missingIds(await get(service, p.id))).toContain('a35_dpia:done');

    await call(service, 'processing.screenDpia', { id: p.id, answers: { cnil: { cnil_aipd_08: true } } });
    const history = await call<DpiaScreening[]>(service, 'processing.screenings', { id: p.id });
    expect(history).toHaveLength(2);
    expect(history[1]?.id).toBe(first.id);
    expect(history[0]?.summaryFr).toContain('type n° 8 de la liste CNIL');

    const planned = await service.call('processing.updateDpia', { id: p.id, dpia: { status: 'done' } });
    expect(planned.ok).toBe(false);
    if (!planned.ok) expect(planned.error.issues?.[0]?.message).toMatch(/indiquez la date à laquelle elle a été achevée/);
    const done = await call<ProcessingDetail>(service, 'processing.updateDpia', { id: p.id, dpia: { status: 'done', doneOn: '2026-02-15', nextReview: '2027-02-15', documentLink: 'PIA-2026-03.pdf' } });
    expect(done.dpia.followUp).toMatchObject({ status: 'done', documentLink: 'PIA-2026-03.pdf' });
    row = (await call<List>(service, 'processing.list', { dpiaOutcome: 'required' })).rows[0];
    expect(row).toMatchObject({ dpiaStatus: 'done', dpiaPending: false });
  });

  it('filters the list by DPIA outcome, including processings never screened', async () => {
    const { service } = await vault();
    const a = await createProcessing(service, reimbursement());
    await createProcessing(service, { name: 'Paie' });
    await call(service, 'processing.screenDpia', { id: a.id, answers: { wp248: { wp248_c7_vulnerable_subjects: true } } });
    expect((await call<List>(service, 'processing.list', { dpiaOutcome: 'recommended' })).rows.map((r) => r.name)).toEqual(['Gestion des prestations santé']);
    expect((await call<List>(service, 'processing.list', { dpiaOutcome: 'unscreened' })).rows.map((r) => r.name)).toEqual(['Paie']);
  });
});

describe('roles (issue 6: dpo everything, compliance reads and exports, security reads)', () => {
  async function as(role: 'security' | 'compliance') {
    const { dir, service } = await vault();
    await addUsers(service);
    const p = await createProcessing(service, reimbursement());
    service.close();
    const s = createService({ vaultDir: dir, now: () => NOW });
    unwrap(await s.call('session.unlock', { username: `u-${role}`, passphrase: PASSPHRASE }));
    return { s, p };
  }
  const forbidden = (r: { ok: boolean; error?: { code: string } }) => !r.ok && r.error?.code === 'FORBIDDEN';

  it('lets the DPO change the register and export it', async () => {
    const { service } = await vault();
    const p = await createProcessing(service, reimbursement());
    await call(service, 'processing.screenDpia', { id: p.id, answers: TWO_WP248 });
    expect((await call<FileOutput>(service, 'processing.exportRegister', { format: 'pdf' })).filename).toBe('registre-traitements-2026-03-10.pdf');
  });

  it('lets the compliance officer read and export, not change or import', async () => {
    const { s, p } = await as('compliance');
    expect((await s.call('processing.list', {})).ok).toBe(true);
    expect((await s.call('processing.get', { id: p.id })).ok).toBe(true);
    expect((await s.call('processing.screenings', { id: p.id })).ok).toBe(true);
    expect((await s.call('processing.exportRegister', { format: 'xlsx', record: 'art30_2' })).ok).toBe(true);
    expect(forbidden(await s.call('processing.update', { id: p.id, processing: reimbursement() }))).toBe(true);
    expect(forbidden(await s.call('processing.screenDpia', { id: p.id }))).toBe(true);
    expect(forbidden(await s.call('processing.import', { base64: 'UEs=' }))).toBe(true);
    s.close();
  });

  it('lets the security officer read processings and their categories, but neither change nor export', async () => {
    const { s, p } = await as('security');
    expect((await s.call('processing.list', {})).ok).toBe(true);
    expect((await s.call('processing.categories', { ids: [p.id] })).ok).toBe(true);
    expect((await s.call('processing.transfers', {})).ok).toBe(true);
    expect(forbidden(await s.call('processing.exportRegister', { format: 'xlsx' }))).toBe(true);
    expect(forbidden(await s.call('processing.create', { name: 'x' }))).toBe(true);
    expect(forbidden(await s.call('processing.setStatus', { id: p.id, status: 'validated' }))).toBe(true);
    expect(forbidden(await s.call('processing.importPreview', { base64: 'UEs=' }))).toBe(true);
    s.close();
  });
});
