/**
 * Where a dashboard figure leads: the list page showing the records behind it (Art. 5(2): a number
 * is one click from its evidence). The service gives each figure the list call it counted
 * (`{ method, input }`); this maps it to a page of the app.
 *
 * The action plan and the audit plan read their filters from the URL, so their links open exactly
 * the rows counted. The Violations, Demandes, Sous-traitants and Registre lists keep their filters
 * in the page (not in the URL) for now: their links open the list, where the same filter is one
 * click away (see docs/decisions.md).
 */
import type { ListLink } from '../../../src-main/shared/schemas/dashboard';
import { moduleAccess, type ModuleId } from '../../navigation';
import type { Role } from '../../../src-main/shared/roles';
import { actionListHref } from '../control/actions/action-list-state';
import { planPath } from '../control/sections';

interface Target {
  module: ModuleId;
  href: (input: Readonly<Record<string, unknown>>) => string;
}

const TARGETS: Readonly<Record<string, Target>> = {
  'breach.list': { module: 'breaches', href: () => '/violations' },
  'request.list': { module: 'requests', href: () => '/demandes' },
  'processor.list': { module: 'processors', href: () => '/sous-traitants' },
  'processing.list': { module: 'ropa', href: () => '/registre' },
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
