import { describe, expect, it } from 'vitest';
import { AuditPackStartInput, parsePackPeriod } from '../../src-main/shared/schemas/pack';
import { packFileName, periodSlug } from '../../src-main/reports/pack/names';

describe('audit-pack periods (calendar days in Europe/Paris, both included)', () => {
  it('reads a quarter as its three months, the last one to its last day', () => {
    expect(parsePackPeriod('2026-Q3')).toEqual({ spec: '2026-Q3', kind: 'quarter', from: '2026-07-01', to: '2026-09-30', label: '3e trimestre 2026' });
    expect(parsePackPeriod('2026-Q1')).toMatchObject({ from: '2026-01-01', to: '2026-03-31', label: '1er trimestre 2026' });
    expect(parsePackPeriod('2026-Q4')).toMatchObject({ from: '2026-10-01', to: '2026-12-31' });
  });

  it('accepts the French way of writing a quarter (T for trimestre) and lower case', () => {
    expect(parsePackPeriod('2026-t2')).toMatchObject({ spec: '2026-Q2', from: '2026-04-01', to: '2026-06-30' });
    expect(parsePackPeriod(' 2026T2 ')).toMatchObject({ spec: '2026-Q2' });
  });

  it('reads a year as 1 January to 31 December', () => {
    expect(parsePackPeriod('2028')).toEqual({ spec: '2028', kind: 'year', from: '2028-01-01', to: '2028-12-31', label: 'année 2028' });
  });

  it('reads custom dates, a leap day included', () => {
    expect(parsePackPeriod('2028-01-01..2028-02-29')).toEqual({ spec: '2028-01-01..2028-02-29', kind: 'custom', from: '2028-01-01', to: '2028-02-29', label: 'du 01/01/2028 au 29/02/2028' });
  });

  it('refuses a day that does not exist, saying which', () => {
    expect(parsePackPeriod('2026-01-01..2026-02-29')).toEqual({ error: expect.stringContaining('Date inexistante') });
  });

  it('refuses dates in the wrong order, saying to swap them', () => {
    expect(parsePackPeriod('2026-06-30..2026-01-01')).toEqual({ error: expect.stringContaining('inversez les deux dates') });
  });

  it('refuses a period of five years or more', () => {
    expect(parsePackPeriod('2020-01-01..2024-12-31')).toMatchObject({ kind: 'custom' });
    expect(parsePackPeriod('2020-01-01..2025-01-01')).toEqual({ error: expect.stringContaining('5 ans au plus') });
  });

  it('says how to write a period it does not understand', () => {
    for (const bad of ['T3 2026', '2026-Q5', '2026-13', 'hier', '']) {
      expect(parsePackPeriod(bad)).toEqual({ error: expect.stringContaining('un trimestre (2026-Q3)') });
    }
  });

  it('turns the contract input into the period, or a French validation issue', () => {
    expect(AuditPackStartInput.parse({ period: '2026-Q3' }).period.to).toBe('2026-09-30');
    const r = AuditPackStartInput.safeParse({ period: '2026-02-30..2026-03-01' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toContain('Date inexistante');
  });

  it('names the files after the period, safely for every file system', () => {
    expect(periodSlug({ spec: '2026-01-01..2026-06-30' })).toBe('2026-01-01_au_2026-06-30');
    expect(packFileName({ spec: '2026-Q3' })).toBe('paquet-audit-2026-Q3.zip');
  });
});
