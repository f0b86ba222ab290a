import { describe, expect, it } from 'vitest';
import { formatDay, daysUntil } from '../../../src-renderer/pages/processors/common/calendar-day';
import { completenessTone } from '../../../src-renderer/pages/processors/common/CompletenessMeter';
import { bytesToBase64, megabytes, tooLarge } from '../../../src-renderer/pages/processors/common/file-base64';
import { moveAt, patchAt, removeAt } from '../../../src-renderer/pages/processors/common/list-edit';
import { mechanismText } from '../../../src-renderer/pages/processors/common/mechanism-text';
import { ariaSort, toggleSort } from '../../../src-renderer/pages/processors/common/sort-state';
import { countryStatus } from '../../../src-renderer/pages/processors/CountryField';
import { EMPTY_PROCESSOR_FILTERS, pageCount, processorListInput, PROCESSOR_DESC_FIRST } from '../../../src-renderer/pages/processors/processor-list-state';

describe('processor list toolbar', () => {
  it('asks the service only for the filters the DPO set', () => {
    expect(processorListInput(EMPTY_PROCESSOR_FILTERS, { sort: 'name', direction: 'asc' }, 1)).toEqual({ sort: 'name', direction: 'asc', offset: 0, limit: 100 });
    expect(processorListInput({ search: '  atlas ', alerts: 'high', outsideEea: true, healthData: true }, { sort: 'alerts', direction: 'desc' }, 3)).toEqual({
      search: 'atlas',
      withAlerts: 'high',
      outsideEea: true,
      hostsHealthData: true,
      sort: 'alerts',
      direction: 'desc',
      offset: 200,
      limit: 100,
    });
  });

  it('sorts by alerts worst first, then flips on a second click', () => {
    const first = toggleSort({ sort: 'name', direction: 'asc' }, 'alerts', PROCESSOR_DESC_FIRST);
    expect(first).toEqual({ sort: 'alerts', direction: 'desc' });
    expect(toggleSort(first, 'alerts', PROCESSOR_DESC_FIRST)).toEqual({ sort: 'alerts', direction: 'asc' });
    expect(ariaSort(first, 'alerts')).toBe('descending');
    expect(ariaSort(first, 'name')).toBe('none');
  });

  it('counts at least one page even for an empty list', () => {
    expect(pageCount(0, 100)).toBe(1);
    expect(pageCount(201, 100)).toBe(3);
  });
});

describe('what the processor pages show', () => {
  it('writes a contract review date as the same day whatever the computer’s time zone', () => {
    // The unit tests run in America/New_York: a date must not slip to the day before.
    expect(formatDay('2026-04-06', 'fr')).toBe('06 avr. 2026');
    expect(formatDay('2026-04-06', 'en')).toBe('06 Apr 2026');
    expect(formatDay(null, 'fr')).toBe('');
  });

  it('counts whole days to a certificate end, negative once it has expired', () => {
    expect(daysUntil('2026-03-31', '2026-03-01')).toBe(30);
    expect(daysUntil('2026-02-28', '2026-03-01')).toBe(-1);
    // Across the switch to summer time (29 March 2026) a day is still one day.
    expect(daysUntil('2026-03-30', '2026-03-28')).toBe(2);
  });

  it('colours a completeness of 100 % as complete and anything under 80 % as far from it', () => {
    expect(completenessTone(100)).toBe('good');
    expect(completenessTone(90)).toBe('warn');
    expect(completenessTone(79)).toBe('bad');
  });

  it('recognises a country typed by name and says it is outside the EEA (Art. 44)', () => {
    expect(countryStatus('Maroc')).toEqual({ code: 'MA', outside: true });
    expect(countryStatus('fr')).toEqual({ code: 'FR', outside: false });
    expect(countryStatus('Atlantide')).toBe('unknown');
    expect(countryStatus(' ')).toBeNull();
  });

  it('describes standard contractual clauses with their module, in the user’s language', () => {
    expect(mechanismText({ kind: 'scc_2021_914', module: 2, documentation: '' }, 'en')).toBe('Standard contractual clauses (2021/914) — Module 2: controller to processor');
    expect(mechanismText({ kind: 'art49_derogation', point: 'b', documentation: '' }, 'fr')).toBe("Dérogation pour situation particulière — 49(1)(b) Exécution d'un contrat avec la personne");
    expect(mechanismText(null, 'fr')).toBe('');
  });
});

describe('contract document upload', () => {
  it('encodes the bytes of a file as base64, large files included', () => {
    expect(bytesToBase64(new TextEncoder().encode('%PDF-1.4'))).toBe('JVBERi0xLjQ=');
    const big = new Uint8Array(100_000).fill(65);
    expect(atob(bytesToBase64(big))).toHaveLength(100_000);
  });

  it('refuses a document over 20 MB before reading it', () => {
    expect(tooLarge({ size: 20 * 1024 * 1024 + 1 }, 20 * 1024 * 1024)).toBe(true);
    expect(tooLarge({ size: 20 * 1024 * 1024 }, 20 * 1024 * 1024)).toBe(false);
    expect(megabytes(22_450_000)).toBe(21.4);
  });
});

describe('repeated form rows', () => {
  it('changes, removes and moves one row without touching the others', () => {
    const rows = [{ a: 1 }, { a: 2 }, { a: 3 }];
    expect(patchAt(rows, 1, { a: 9 })).toEqual([{ a: 1 }, { a: 9 }, { a: 3 }]);
    expect(removeAt(rows, 0)).toEqual([{ a: 2 }, { a: 3 }]);
    expect(moveAt(rows, 2, 1)).toEqual(rows);
    expect(moveAt(rows, 0, 1)).toEqual([{ a: 2 }, { a: 1 }, { a: 3 }]);
    expect(rows).toEqual([{ a: 1 }, { a: 2 }, { a: 3 }]);
  });
});
