/** The register's filters in the URL: « which processing still needs its DPIA? » as a link (Art. 30, 35). */
import { describe, expect, it } from 'vitest';
import { ProcessingListInput } from '../../../src-main/shared/schemas/processing';
import {
  DEFAULT_ROPA_SORT,
  EMPTY_ROPA_FILTERS,
  parseRopaUrl,
  ropaListHref,
  ropaListInput,
  ropaUrl,
  type RopaListState,
} from '../../../src-renderer/pages/ropa/ropa-list-state';

const params = (query: string) => new URLSearchParams(query);
const DEFAULT: RopaListState = { filters: EMPTY_ROPA_FILTERS, sort: DEFAULT_ROPA_SORT, page: 1 };

describe('register filters in the URL', () => {
  it('shows the whole register by reference when the URL asks for nothing', () => {
    expect(parseRopaUrl(params(''))).toEqual(DEFAULT);
    expect(ropaUrl(DEFAULT)).toBe('');
  });

  it('keeps every filter, the sort and the page through the URL and back', () => {
    const s: RopaListState = {
      filters: { search: 'fraude', roles: ['controller', 'processor'], status: 'validated', dpia: 'required', incompleteOnly: true, processorId: '01JST' },
      sort: { sort: 'updatedAt', direction: 'desc' },
      page: 2,
    };
    expect(ropaUrl(s)).toBe('q=fraude&role=controller%2Cprocessor&statut=validated&aipd=required&incomplet=1&sous-traitant=01JST&tri=updatedAt&ordre=desc&page=2');
    expect(parseRopaUrl(params(ropaUrl(s)))).toEqual(s);
  });

  it('drops values the contract does not know instead of sending them', () => {
    expect(parseRopaUrl(params('role=chef&statut=archive&aipd=peut-etre&incomplet=oui&sous-traitant=%3F&tri=hasard&page=x'))).toEqual({ ...DEFAULT, filters: { ...EMPTY_ROPA_FILTERS, roles: [] } });
  });

  it('asks the service for the fiches whose required DPIA is not carried out (Art. 35(1))', () => {
    const input = ropaListInput({ ...EMPTY_ROPA_FILTERS, dpia: 'pending' }, DEFAULT_ROPA_SORT, 1);
    expect(input).toMatchObject({ dpiaPending: true });
    expect(input).not.toHaveProperty('dpiaOutcome');
    expect(ProcessingListInput.safeParse(input).success).toBe(true);
  });
});

describe('links to the register', () => {
  it('opens the fiches whose required DPIA is still to do, as the dashboard counted them', () => {
    expect(ropaListHref({ dpiaPending: true })).toBe('/registre?aipd=pending');
  });

  it('opens the incomplete fiches, and a screening outcome', () => {
    expect(ropaListHref({ incompleteOnly: true })).toBe('/registre?incomplet=1');
    expect(ropaListHref({ dpiaOutcome: 'unscreened' })).toBe('/registre?aipd=unscreened');
    expect(ropaListHref({})).toBe('/registre');
  });

  it('falls back to the whole register on an input the contract refuses', () => {
    expect(ropaListHref({ dpiaOutcome: 'peut-etre' })).toBe('/registre');
  });
});
