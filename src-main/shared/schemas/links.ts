/**
 * Links from breaches and requests to the register of processing activities and to processors
 * (issue 6). A breach names the processings it touched (Art. 33(3)(a): categories of data and
 * people come from them) and the processors involved (Art. 33(2)); a request names the processings
 * it concerns (Art. 15(1)(a)-(c): purposes, categories, recipients). Enums come from core/ so that
 * this file imports nothing of breach.ts or request.ts (no import cycle).
 */
import { z } from 'zod';
import { BREACH_STATUSES } from '../../core/breach-workflow';
import { REQUEST_STATES, REQUEST_TYPES } from '../../core/request-workflow';
import { Id } from './common';

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];

/** Ids of linked records, de-duplicated (ticking the same processing twice is not an error). */
export const LinkIds = z.array(Id).max(100, '100 liens au plus.').transform(unique);

export const LinkedProcessing = z.object({ id: z.string(), reference: z.string(), name: z.string() });
export type LinkedProcessing = z.infer<typeof LinkedProcessing>;

export const LinkedProcessor = z.object({ id: z.string(), reference: z.string(), name: z.string() });
export type LinkedProcessor = z.infer<typeof LinkedProcessor>;

export const LinkedBreach = z.object({
  id: z.string(),
  reference: z.string(),
  title: z.string(),
  status: z.enum(BREACH_STATUSES),
  discoveredAt: z.string(),
});
export type LinkedBreach = z.infer<typeof LinkedBreach>;

export const LinkedRequest = z.object({
  id: z.string(),
  reference: z.string(),
  type: z.enum(REQUEST_TYPES),
  state: z.enum(REQUEST_STATES),
  receivedAt: z.string(),
});
export type LinkedRequest = z.infer<typeof LinkedRequest>;

/** How many linked records a processing or processor fiche lists (the count gives the rest). */
export const LINKED_LIST_LIMIT = 50;
