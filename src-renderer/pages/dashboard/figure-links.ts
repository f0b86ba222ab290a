/**
 * Where a dashboard figure leads: the list page showing the records behind it (Art. 5(2): a number
 * is one click from its evidence). The service gives each figure the list call it counted
 * (`{ method, input }`, dashboard-figures.ts); this maps it to the page of the app whose URL carries
 * the same filter, so the list opens on exactly the rows counted and its total is the figure:
 * Violations (`filtre`), Demandes (`en-attente`, `en-retard`, `echeance`), Sous-traitants
 * (`alertes`), Registre (`aipd`, `incomplet`), the action plan and the audit plan.
 */
import type { ListLink } from '../../../src-main/shared/schemas/dashboard';
import { moduleAccess, type ModuleId } from '../../navigation';
import type { Role } from '../../../src-main/shared/roles';
import { breachListHref } from '../breaches/breach-list-url';
import { actionListHref } from '../control/actions/action-list-state';
import { planPath } from '../control/sections';
import { processorListHref } from '../processors/processor-list-state';
import { requestListHref } from '../requests/request-list-url';
import { ropaListHref } from '../ropa/ropa-list-state';

interface Target {
  module: ModuleId;
  href: (input: Readonly<Record<string, unknown>>) => string;
}

const TARGETS: Readonly<Record<string, Target>> = {
  'breach.list': { module: 'breaches', href: breachListHref },
  'request.list': { module: 'requests', href: requestListHref },
  'processor.list': { module: 'processors', href: processorListHref },
  'processing.list': { module: 'ropa', href: ropaListHref },
  'action.list': { module: 'audit', href: actionListHref },
  'control.coverage': { module: 'audit', href: (input) => (typeof input.planId === 'string' ? planPath(input.planId) : '/controle/plan') },
};

/** The page behind a figure, or null when there is none the role may open. */
export function figureHref(link: ListLink | null, role: Role): string | null {
  if (!link) return null;
  const target = TARGETS[link.method];
  if (!target || moduleAccess(role, target.module) === 'none') return null;
  return target.href(link.input);
}
