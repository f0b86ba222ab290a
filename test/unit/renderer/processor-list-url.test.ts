/** The processor list's filters in the URL: « which processors have a critical alert? » as a link (Art. 28). */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PROCESSOR_SORT,
  EMPTY_PROCESSOR_FILTERS,
  parseProcessorUrl,
  processorListHref,
  processorListInput,
  processorUrl,
  type ProcessorListState,
} from '../../../src-renderer/pages/processors/processor-list-state';

const params = (query: string) => new URLSearchParams(query);
const DEFAULT: ProcessorListState = { filters: EMPTY_PROCESSOR_FILTERS, sort: DEFAULT_PROCESSOR_SORT, page: 1 };

describe('processor list filters in the URL', () => {
  it('shows every processor by name when the URL asks for nothing', () => {
    expect(parseProcessorUrl(params(''))).toEqual(DEFAULT);
    expect(processorUrl(DEFAULT)).toBe('');
  });

  it('keeps every filter, the sort and the page through the URL and back', () => {
    const s: ProcessorListState = { filters: { search: 'atlas', alerts: 'critical', outsideEea: true, healthData: true }, sort: { sort: 'alerts', direction: 'desc' }, page: 3 };
    expect(processorUrl(s)).toBe('q=atlas&alertes=critical&hors-eee=1&sante=1&tri=alerts&ordre=desc&page=3');
    expect(parseProcessorUrl(params(processorUrl(s)))).toEqual(s);
  });

  it('drops values the contract does not know instead of sending them', () => {
    expect(parseProcessorUrl(params('alertes=toutes&hors-eee=oui&tri=pays&ordre=haut&page=0'))).toEqual(DEFAULT);
  });
});

describe('links to the processor list', () => {
  it('opens the processors with an alert of each severity the dashboard counted', () => {
    expect(processorListHref({ withAlerts: 'any' })).toBe('/sous-traitants?alertes=any');
    expect(processorListHref({ withAlerts: 'high' })).toBe('/sous-traitants?alertes=high');
    expect(processorListHref({ withAlerts: 'critical' })).toBe('/sous-traitants?alertes=critical');
    expect(processorListHref({})).toBe('/sous-traitants');
  });

  it('asks the service for the same filter the link named', () => {
    const s = parseProcessorUrl(params(processorListHref({ withAlerts: 'high' }).split('?')[1] ?? ''));
    expect(processorListInput(s.filters, s.sort, s.page)).toMatchObject({ withAlerts: 'high' });
  });

  it('falls back to the default list on an input the contract refuses', () => {
    expect(processorListHref({ withAlerts: 'low' })).toBe('/sous-traitants');
  });
});
