/**
 * `dashboard.get`: the figures of every module the caller's role may see, read in one transaction so
 * that they all describe the same state of the vault (see dashboard-figures.ts).
 */
import type { PartialHandlers } from '../context';
import { dashboardFigures } from './dashboard-figures';

export const dashboardHandlers: PartialHandlers<'dashboard.get'> = {
  'dashboard.get': (_input, ctx) => {
    const vault = ctx.session.vault();
    const role = ctx.session.user().role;
    return vault.transaction(() => dashboardFigures(vault.db, ctx.now, role));
  },
};
