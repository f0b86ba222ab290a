/** Routes of the Demandes module (issue 5): list, intake, one request (with its tab). */
import './requests.css';
import type { RouteObject } from 'react-router';
import { RequireModule } from '../RequireModule';
import { NewRequestPage } from './NewRequestPage';
import { RequestDetailPage } from './RequestDetailPage';
import { RequestsPage } from './RequestsPage';

export const requestRoutes: RouteObject[] = [
  { path: '/demandes', element: <RequireModule id="requests"><RequestsPage /></RequireModule> },
  { path: '/demandes/nouvelle', element: <RequireModule id="requests"><NewRequestPage /></RequireModule> },
  { path: '/demandes/:id/:tab?', element: <RequireModule id="requests"><RequestDetailPage /></RequireModule> },
];
