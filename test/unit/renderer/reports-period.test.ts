/** The audit-pack page: the period chosen, and what the panel shows at each step of the job. */
import { describe, expect, it } from 'vitest';
import type { JobStatus } from '../../../src-main/shared/schemas/pack';
import { defaultChoice, periodSpec, resolvePeriod, yearChoices } from '../../../src-renderer/pages/reports/period-spec';
import { packView, shouldPoll } from '../../../src-renderer/pages/reports/pack-job-view';

describe('period of the pack', () => {
  it('writes a quarter, a year and two dates the way the service reads them', () => {
    const base = { year: 2026, quarter: 3 as const, from: '2026-01-01', to: '2026-06-30' };
    expect(periodSpec({ ...base, kind: 'quarter' })).toBe('2026-Q3');
    expect(periodSpec({ ...base, kind: 'year' })).toBe('2026');
    expect(periodSpec({ ...base, kind: 'custom' })).toBe('2026-01-01..2026-06-30');
  });

  it('proposes the last full quarter, the previous year’s fourth in January', () => {
    expect(defaultChoice('2026-01-15')).toMatchObject({ kind: 'quarter', year: 2025, quarter: 4, from: '2025-10-01', to: '2025-12-31' });
    expect(defaultChoice('2026-08-02')).toMatchObject({ year: 2026, quarter: 2, from: '2026-04-01', to: '2026-06-30' });
  });

  it('resolves a quarter to its first and last day, both included', () => {
    expect(resolvePeriod({ kind: 'quarter', year: 2026, quarter: 1, from: '', to: '' })).toMatchObject({ from: '2026-01-01', to: '2026-03-31', label: '1er trimestre 2026' });
  });

  it('says what to fix when the custom dates are reversed', () => {
    const r = resolvePeriod({ kind: 'custom', year: 2026, quarter: 1, from: '2026-06-30', to: '2026-01-01' });
    expect('error' in r && r.error).toMatch(/inversez les deux dates/);
  });

  it('offers this year and the five before it', () => {
    expect(yearChoices('2026-05-01')).toEqual([2026, 2025, 2024, 2023, 2022, 2021]);
  });
});

describe('audit-pack job on screen', () => {
  const status = (over: Partial<JobStatus>): JobStatus => ({
    jobId: 'J1',
    kind: 'auditPack',
    period: { spec: '2026-Q1', kind: 'quarter', from: '2026-01-01', to: '2026-03-31', label: '1er trimestre 2026' },
    state: 'running',
    progress: 42,
    step: 'Registre des demandes : 420 / 1000 lignes',
    startedAt: '2026-04-02T08:00:00Z',
    finishedAt: null,
    error: null,
    result: null,
    ...over,
  });

  it('shows the progress and the step while the job runs, and keeps reading it', () => {
    expect(packView(status({}))).toEqual({ kind: 'running', progress: 42, step: 'Registre des demandes : 420 / 1000 lignes' });
    expect(shouldPoll(status({}))).toBe(true);
  });

  it('stops reading once the job has an outcome', () => {
    expect(shouldPoll(status({ state: 'done' }))).toBe(false);
    expect(shouldPoll(status({ state: 'cancelled' }))).toBe(false);
    expect(shouldPoll(status({ state: 'failed' }))).toBe(false);
  });

  it('names the finished ZIP with its size and SHA-256', () => {
    const result = { filename: 'paquet-audit-2026-Q1.zip', size: 12_345, sha256: 'a'.repeat(64) };
    expect(packView(status({ state: 'done', progress: 100, result }))).toEqual({ kind: 'done', ...result });
  });

  it('shows the service’s French message when the job failed', () => {
    expect(packView(status({ state: 'failed', error: { code: 'DISK_FULL', message: 'Le disque est plein.' } }))).toEqual({ kind: 'failed', message: 'Le disque est plein.' });
  });

  it('says a cancelled job left nothing behind', () => {
    expect(packView(status({ state: 'cancelled' }))).toEqual({ kind: 'cancelled' });
    expect(packView(undefined)).toEqual({ kind: 'idle' });
  });
});
