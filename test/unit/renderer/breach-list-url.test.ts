/** The breach list's filters in the URL: the Art. 33(5) register opens on the rows a link names. */
import { describe, expect, it } from 'vitest';
import { BreachListInput } from '../../../src-main/shared/schemas/breach';
import { DEFAULT_BREACH_FILTERS, toBreachListInput, type BreachFilterState } from '../../../src-renderer/pages/breaches/breach-list-query';
import { breachListHref, breachUrl, parseBreachUrl } from '../../../src-renderer/pages/breaches/breach-list-url';

const params = (query: string) => new URLSearchParams(query);

describe('breach list filters in the URL', () => {
  it('shows the open breaches, nearest 72-hour deadline first, when the URL asks for nothing', () => {
    expect(parseBreachUrl(params(''))).toEqual(DEFAULT_BREACH_FILTERS);
    expect(breachUrl(DEFAULT_BREACH_FILTERS)).toBe('');
  });

  it('keeps every filter through the URL and back', () => {
    const f: BreachFilterState = {
      filter: 'late',
      statuses: ['confirmed', 'decided'],
      from: '2026-01-01',
      to: '2026-03-31',
      severity: 'very_high',
      notified: 'no',
      search: 'rançongiciel',
      sort: 'severity',
      direction: 'desc',
      page: 2,
      processingId: '01JTRT',
      processorId: '01JST',
    };
    const url = breachUrl(f);
    expect(url).toContain('filtre=late');
    expect(url).toContain('traitement=01JTRT');
    expect(url).toContain('sous-traitant=01JST');
    expect(parseBreachUrl(params(url))).toEqual(f);
  });

  it('keeps « not assessed yet » and « notified » through the URL', () => {
    const f = { ...DEFAULT_BREACH_FILTERS, severity: 'none' as const, notified: 'yes' as const };
    expect(breachUrl(f)).toBe('gravite=none&notifiee=1');
    expect(parseBreachUrl(params(breachUrl(f)))).toEqual(f);
  });

  it('drops values the contract does not know instead of sending them, and never throws', () => {
    const f = parseBreachUrl(params('filtre=bientot&statut=confirmed,perdue&du=2026-02-30&au=hier&gravite=extreme&notifiee=peut-etre&tri=hasard&ordre=bas&page=-3&traitement=<script>'));
    expect(f).toEqual({ ...DEFAULT_BREACH_FILTERS, statuses: ['confirmed'] });
    expect(() => parseBreachUrl(params('%E0%A4%A'))).not.toThrow();
  });

  it('asks the service for the severity band, the notification and the linked records (its total is the list’s)', () => {
    const input = toBreachListInput({ ...DEFAULT_BREACH_FILTERS, severity: 'high', notified: 'yes', processingId: 'T1', processorId: 'P1' });
    expect(input).toMatchObject({ severities: ['high'], notified: true, processingId: 'T1', processorId: 'P1' });
    expect(BreachListInput.safeParse(input).success).toBe(true);
    expect(toBreachListInput({ ...DEFAULT_BREACH_FILTERS, severity: 'none' })).not.toHaveProperty('severities');
  });
});

describe('links to the breach list', () => {
  it('opens the breaches whose notification is late, as the dashboard counted them', () => {
    expect(breachListHref({ filter: 'late' })).toBe('/violations?filtre=late');
  });

  it('opens the open breaches on the default URL', () => {
    expect(breachListHref({ filter: 'open' })).toBe('/violations');
  });

  it('reads a missing quick filter as the service does (every breach)', () => {
    expect(breachListHref({})).toBe('/violations?filtre=all');
  });

  it('opens the breaches of one processing of the register', () => {
    expect(breachListHref({ processingId: '01JTRT' })).toBe('/violations?filtre=all&traitement=01JTRT');
  });

  it('falls back to the default list on an input the contract refuses', () => {
    expect(breachListHref({ filter: 'perdu' })).toBe('/violations');
    expect(breachListHref({ filter: 'late', severities: ['pire'] })).toBe('/violations');
  });
});
