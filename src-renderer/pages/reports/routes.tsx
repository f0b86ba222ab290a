/** Route of the Rapports module (issue 7): audit pack, register exports, pack verification. */
import type { RouteObject } from 'react-router';
import { RequireModule } from '../RequireModule';
import { ReportsPage } from './ReportsPage';

export const reportRoutes: RouteObject[] = [
  {
    path: '/rapports',
    element: (
      <RequireModule id="reports">
        <ReportsPage />
      </RequireModule>
    ),
  },
];
