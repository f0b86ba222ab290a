/** Routes of the unlocked app. Every module route goes through RequireModule (role → visibility). */
import type { RouteObject } from 'react-router';
import { ComingSoonPage } from '../pages/ComingSoonPage';
import { DashboardPage } from '../pages/DashboardPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { breachRoutes } from '../pages/breaches/routes';
import { controlRoutes } from '../pages/control/routes';
import { reportRoutes } from '../pages/reports/routes';
import { processorRoutes } from '../pages/processors/routes';
import { requestRoutes } from '../pages/requests/routes';
import { RequireModule } from '../pages/RequireModule';
import { ropaRoutes } from '../pages/ropa/routes';
import { SettingsPage } from '../pages/settings/SettingsPage';
import { MODULES } from '../navigation';
import { Shell } from './Shell';

const comingSoonRoutes: RouteObject[] = MODULES.filter((m) => !m.built).map((m) => ({
  path: m.path,
  element: (
    <RequireModule id={m.id}>
      <ComingSoonPage id={m.id} />
    </RequireModule>
  ),
}));

export const appRoutes: RouteObject[] = [
  {
    element: <Shell />,
    children: [
      { index: true, element: <DashboardPage /> },
      ...comingSoonRoutes,
      ...processorRoutes,
      ...ropaRoutes,
      ...breachRoutes,
      ...requestRoutes,
      ...controlRoutes,
      ...reportRoutes,
      {
        path: '/parametres/:section?',
        element: (
          <RequireModule id="settings">
            <SettingsPage />
          </RequireModule>
        ),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
