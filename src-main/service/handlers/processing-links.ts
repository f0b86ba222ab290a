/**
 * Links from breaches and requests to processings and processors (issue 6): the checks the breach,
 * request, processing and processor handlers share. Unknown ids are refused before anything is
 * written; a processing or processor still named by a breach or a request cannot be deleted, so that
 * the register of breaches keeps its facts (GDPR Art. 33(5)) and each answer to a request its context.
 */
import { DomainError } from '../../shared/errors';
import type { FieldIssue } from '../../shared/result';
import type { LinkedBreach, LinkedRequest } from '../../shared/schemas/links';
import { LINKED_LIST_LIMIT } from '../../shared/schemas/links';
import {
  breachesOfProcessing,
  breachesOfProcessor,
  missingProcessings,
  missingProcessors,
  requestsOfProcessing,
} from '../../store/repos/links';
import type { Db } from '../../store/sqlite';

export const UNKNOWN_PROCESSING = 'Le traitement indiqué n’existe pas (ou plus) dans le registre : rechargez la page et choisissez-le à nouveau.';
export const UNKNOWN_PROCESSOR = 'Le sous-traitant indiqué n’existe pas (ou plus) : rechargez la page et choisissez-le à nouveau.';

/** Refuses (VALIDATION) a list naming a processing that is not in the register; `path` locates the field. */
export function assertProcessingsExist(db: Db, ids: readonly string[], path = 'processingIds'): void {
  const missing = missingProcessings(db, ids);
  if (missing.length === 0) return;
  const issues: FieldIssue[] = missing.map((id) => ({ path: `${path}.${ids.indexOf(id)}`, message: UNKNOWN_PROCESSING }));
  throw new DomainError('VALIDATION', UNKNOWN_PROCESSING, issues);
}

/** Refuses (VALIDATION) a list naming a processor that is not recorded. */
export function assertProcessorsExist(db: Db, ids: readonly string[], path = 'processorIds'): void {
  const missing = missingProcessors(db, ids);
  if (missing.length === 0) return;
  const issues: FieldIssue[] = missing.map((id) => ({ path: `${path}.${ids.indexOf(id)}`, message: UNKNOWN_PROCESSOR }));
  throw new DomainError('VALIDATION', UNKNOWN_PROCESSOR, issues);
}

/** What a processing fiche shows: the 50 most recent breaches and requests that name it, and their counts. */
export function processingLinks(db: Db, processingId: string): {
  linkedBreaches: LinkedBreach[];
  linkedBreachCount: number;
  linkedRequests: LinkedRequest[];
  linkedRequestCount: number;
} {
  const breaches = breachesOfProcessing(db, processingId, LINKED_LIST_LIMIT);
  const requests = requestsOfProcessing(db, processingId, LINKED_LIST_LIMIT);
  return { linkedBreaches: breaches.rows, linkedBreachCount: breaches.total, linkedRequests: requests.rows, linkedRequestCount: requests.total };
}

/** What a processor fiche shows: the 50 most recent breaches it was involved in (Art. 33(2)), and their count. */
export function processorLinks(db: Db, processorId: string): { linkedBreaches: LinkedBreach[]; linkedBreachCount: number } {
  const breaches = breachesOfProcessor(db, processorId, LINKED_LIST_LIMIT);
  return { linkedBreaches: breaches.rows, linkedBreachCount: breaches.total };
}

const SHOWN = 5;

/** « à la violation VIO-2026-0003 » / « aux violations VIO-…, VIO-… et 3 autre(s) ». */
function breachPhrase(references: readonly string[], total: number): string {
  const shown = references.slice(0, SHOWN).join(', ');
  const more = total > SHOWN ? ` et ${total - SHOWN} autre(s)` : '';
  return total === 1 ? `à la violation ${shown}` : `aux violations ${shown}${more}`;
}

/**
 * The French refusal for deleting a record still linked, or null when nothing names it.
 * `subject` is « Ce traitement » or « Ce sous-traitant ».
 */
export function linkedRefusal(subject: string, breaches: { references: readonly string[]; total: number }, requestCount: number): string | null {
  const parts: string[] = [];
  if (breaches.total > 0) parts.push(breachPhrase(breaches.references, breaches.total));
  if (requestCount > 0) parts.push(`à ${requestCount} demande(s)`);
  if (parts.length === 0) return null;
  const single = breaches.total + requestCount === 1;
  // Art. 33(5): the register documents every breach with its facts; Art. 5(2): a request's file proves the answer.
  const why = breaches.total > 0 ? 'le registre des violations doit rester complet, art. 33(5)' : 'le dossier de chaque demande doit rester complet, art. 5(2)';
  return `${subject} est lié ${parts.join(' et ')} : retirez ${single ? 'ce lien' : 'ces liens'} avant de le supprimer (${why}).`;
}

/** Refuses (INVALID_STATE) deleting a processing that a breach or a request still names. */
export function assertProcessingUnlinked(db: Db, processingId: string): void {
  const links = processingLinks(db, processingId);
  const message = linkedRefusal(
    'Ce traitement',
    { references: links.linkedBreaches.map((b) => b.reference), total: links.linkedBreachCount },
    links.linkedRequestCount,
  );
  if (message) throw new DomainError('INVALID_STATE', message);
}

/** Refuses (INVALID_STATE) deleting a processor that a breach still names. */
export function assertProcessorUnlinked(db: Db, processorId: string): void {
  const links = processorLinks(db, processorId);
  const message = linkedRefusal('Ce sous-traitant', { references: links.linkedBreaches.map((b) => b.reference), total: links.linkedBreachCount }, 0);
  if (message) throw new DomainError('INVALID_STATE', message);
}
