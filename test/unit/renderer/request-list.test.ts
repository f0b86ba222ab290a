/** The request list: server-side pages under a virtualised table (paged-rows.ts) and its filters. */
import { describe, expect, it } from 'vitest';
import { RequestListInput } from '../../../src-main/shared/schemas/request';
import { locateRow, pagesForRange, REQUEST_PAGE_SIZE } from '../../../src-renderer/pages/requests/paged-rows';
import { DEFAULT_REQUEST_FILTERS, toRequestListBase } from '../../../src-renderer/pages/requests/request-list-query';
import { dueView } from '../../../src-renderer/pages/requests/DueBadge';
import { BADGE } from '../../../src-renderer/pages/breaches/badge-colors';
import { translate } from '../../../src-renderer/i18n/translate';
import type { TFunction } from '../../../src-renderer/i18n/I18nProvider';

const fr: TFunction = (key, params) => translate('fr', key, params);

describe('paging under the virtualised table', () => {
  it('fetches one page, not hundreds, to show rows 80 000 to 80 030 of 100 000', () => {
    expect(pagesForRange(80_000, 80_030, 100, 100_000)).toEqual([0, 800]);
  });

  it('fetches the two pages a screen straddles', () => {
    expect(pagesForRange(95, 130, 100, 1000)).toEqual([0, 1]);
  });

  it('never asks beyond the last row', () => {
    expect(pagesForRange(0, 60, 100, 20)).toEqual([0]);
    expect(pagesForRange(0, 0, 100, 0)).toEqual([0]);
  });

  it('finds a row in its page', () => {
    expect(locateRow(80_012, REQUEST_PAGE_SIZE)).toEqual({ page: 800, offset: 12 });
  });
});

describe('request list filters', () => {
  it('maps each quick view to the service’s filters', () => {
    const base = { ...DEFAULT_REQUEST_FILTERS };
    expect(toRequestListBase({ ...base, view: 'overdue' })).toMatchObject({ overdue: true });
    expect(toRequestListBase({ ...base, view: 'due_soon' })).toMatchObject({ dueWithinDays: 7 });
    expect(toRequestListBase({ ...base, view: 'done' })).toMatchObject({ pending: false });
    expect(toRequestListBase({ ...base, view: 'all' })).not.toHaveProperty('pending');
  });

  it('builds an input the contract accepts', () => {
    const input = { ...toRequestListBase({ ...DEFAULT_REQUEST_FILTERS, types: ['access'], from: '2026-01-01', to: '2026-03-31', search: ' Dupont ' }), offset: 0, limit: 100 };
    expect(input.search).toBe('Dupont');
    expect(RequestListInput.safeParse(input).success).toBe(true);
  });
});

describe('due badge (Art. 12(3))', () => {
  it('counts the days left, and turns red once the due date in force has passed', () => {
    expect(dueView({ pending: true, daysLeft: 12, overdue: false, lateDays: 0 }, fr)).toEqual({ text: 'J-12', color: BADGE.info });
    expect(dueView({ pending: true, daysLeft: 3, overdue: false, lateDays: 0 }, fr).color).toBe(BADGE.urgent);
    expect(dueView({ pending: true, daysLeft: 0, overdue: false, lateDays: 0 }, fr).text).toBe('Échéance aujourd’hui');
    expect(dueView({ pending: true, daysLeft: -4, overdue: true, lateDays: 4 }, fr)).toEqual({ text: 'En retard de 4 j', color: BADGE.late });
  });

  it('says whether an answered request was answered on time', () => {
    expect(dueView({ pending: false, daysLeft: null, overdue: false, lateDays: 0 }, fr).text).toBe('Répondue à temps');
    expect(dueView({ pending: false, daysLeft: null, overdue: false, lateDays: 2 }, fr).text).toBe('Répondue avec 2 j de retard');
  });
});
