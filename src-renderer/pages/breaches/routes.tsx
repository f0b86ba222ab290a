/** Routes of the Violations module (issue 4): list, fast capture, one breach (with its tab). */
import './breaches.css';
import type { RouteObject } from 'react-router';
import { RequireModule } from '../RequireModule';
import { BreachDetailPage } from './BreachDetailPage';
import { BreachesPage } from './BreachesPage';
import { NewBreachPage } from './NewBreachPage';

export const breachRoutes: RouteObject[] = [
  { path: '/violations', element: <RequireModule id="breaches"><BreachesPage /></RequireModule> },
  { path: '/violations/nouvelle', element: <RequireModule id="breaches"><NewBreachPage /></RequireModule> },
  { path: '/violations/:id/:tab?', element: <RequireModule id="breaches"><BreachDetailPage /></RequireModule> },
];
