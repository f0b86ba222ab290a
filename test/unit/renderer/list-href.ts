/**
 * Test helper: the list call a page makes when opened at `href` — what the user sees behind a
 * dashboard figure. Parses the URL with each page's own parser and builds the input its list query
 * sends, then normalises it (and the expected input) through the contract's schema.
 */
import { ActionListInput } from '../../../src-main/shared/schemas/control';
import { BreachListInput } from '../../../src-main/shared/schemas/breach';
import { ProcessingListInput } from '../../../src-main/shared/schemas/processing';
import { ProcessorListInput } from '../../../src-main/shared/schemas/processor';
import { RequestListInput } from '../../../src-main/shared/schemas/request';
import { toBreachListInput } from '../../../src-renderer/pages/breaches/breach-list-query';
import { parseBreachUrl } from '../../../src-renderer/pages/breaches/breach-list-url';
import { filtersFromParams, toListInput } from '../../../src-renderer/pages/control/actions/action-list-state';
import { parseProcessorUrl, processorListInput } from '../../../src-renderer/pages/processors/processor-list-state';
import { toRequestListBase } from '../../../src-renderer/pages/requests/request-list-query';
import { parseRequestUrl } from '../../../src-renderer/pages/requests/request-list-url';
import { parseRopaUrl, ropaListInput } from '../../../src-renderer/pages/ropa/ropa-list-state';

interface Page {
  method: string;
  schema: { parse: (input: unknown) => unknown };
  input: (params: URLSearchParams) => unknown;
}

const PAGES: Readonly<Record<string, Page>> = {
  '/violations': { method: 'breach.list', schema: BreachListInput, input: (p) => toBreachListInput(parseBreachUrl(p)) },
  '/demandes': { method: 'request.list', schema: RequestListInput, input: (p) => toRequestListBase(parseRequestUrl(p)) },
  '/sous-traitants': {
    method: 'processor.list',
    schema: ProcessorListInput,
    input: (p) => {
      const s = parseProcessorUrl(p);
      return processorListInput(s.filters, s.sort, s.page);
    },
  },
  '/registre': {
    method: 'processing.list',
    schema: ProcessingListInput,
    input: (p) => {
      const s = parseRopaUrl(p);
      return ropaListInput(s.filters, s.sort, s.page);
    },
  },
  '/controle/actions': { method: 'action.list', schema: ActionListInput, input: (p) => toListInput(filtersFromParams(p)) },
};

/** The input without its paging (a page of the list, not the list). */
function filterPart(value: unknown): Record<string, unknown> {
  const { offset: _offset, limit: _limit, ...rest } = value as Record<string, unknown>;
  return rest;
}

/** The contract's reading of a list input, paging left out: two inputs that list the same rows compare equal. */
export function normalised(method: string, input: unknown): Record<string, unknown> {
  const page = Object.values(PAGES).find((p) => p.method === method);
  if (!page) throw new Error(`liste inconnue : ${method}`);
  return filterPart(page.schema.parse(input));
}

/** The list method and (normalised) input a page opened at `href` sends. */
export function listCallOfHref(href: string): { method: string; input: Record<string, unknown> } {
  const [path = '', query = ''] = href.split('?');
  const page = PAGES[path];
  if (!page) throw new Error(`page sans liste : ${path}`);
  return { method: page.method, input: filterPart(page.schema.parse(page.input(new URLSearchParams(query)))) };
}
