/**
 * Routes of the Contrôle module (issue 7). An action's page is also open to the security officer:
 * it carries out the measures decided after a breach (Art. 33(3)(d)) and the contract lets it read
 * them and update their status and evidence, while the rest of Contrôle stays the DPO's.
 */
import './control.css';
import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { canCall } from '../../navigation';
import { useUnlockedSession } from '../../session/SessionUserContext';
import { AccessDeniedPage } from '../AccessDeniedPage';
import { RequireModule } from '../RequireModule';
import { ActionDetailPage } from './actions/ActionDetailPage';
import { CheckDetailPage } from './checks/CheckDetailPage';
import { ControlPage } from './ControlPage';
import { FindingDetailPage } from './findings/FindingDetailPage';

const guarded = (element: ReactNode) => <RequireModule id="audit">{element}</RequireModule>;

function RequireActionReader({ children }: { children: ReactNode }) {
  const { user } = useUnlockedSession();
  return canCall(user.role, 'action.get') ? <>{children}</> : <AccessDeniedPage />;
}

export const controlRoutes: RouteObject[] = [
  { path: '/controle', element: guarded(<ControlPage />) },
  { path: '/controle/:section', element: guarded(<ControlPage />) },
  { path: '/controle/controles/:id', element: guarded(<CheckDetailPage />) },
  { path: '/controle/constats/:id', element: guarded(<FindingDetailPage />) },
  {
    path: '/controle/actions/:id',
    element: (
      <RequireActionReader>
        <ActionDetailPage />
      </RequireActionReader>
    ),
  },
];
