import { Dashboard, DashboardInput } from '../schemas/dashboard';
import { ALL_ROLES, method } from './define';

/** The dashboard: figures of every module the caller's role may see, each linked to its list. */
export const dashboardContract = {
  'dashboard.get': method({
    input: DashboardInput,
    output: Dashboard,
    roles: ALL_ROLES,
    kind: 'read',
    summary: 'Tableau de bord : délais de 72 h en cours, demandes à échéance, taux de réponse dans le délai, alertes, AIPD manquantes, plan d’audit, actions en retard ; chaque chiffre avec le filtre de sa liste.',
  }),
} as const;
