/** Routes of the unlocked app. Every module route goes through RequireModule (role → visibility). */
import type { RouteObject } from 'react-router';
import { ComingSoonPage } from '../pages/ComingSoonPage';
import { DashboardPage } from '../pages/DashboardPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { RequireModule } from '../pages/RequireModule';
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
