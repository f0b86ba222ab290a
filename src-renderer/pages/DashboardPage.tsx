/** Tableau de bord: built in pages/dashboard/ (issue 7); the route keeps importing it from here. */
export { DashboardPage } from './dashboard/DashboardPage';
