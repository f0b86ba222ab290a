import type { ReactNode } from 'react';
import { moduleAccess, type ModuleId } from '../navigation';
import { useUnlockedSession } from '../session/SessionUserContext';
import { AccessDeniedPage } from './AccessDeniedPage';

/** A module's URL opened by a role that cannot read it shows "Accès refusé", not the module. */
export function RequireModule({ id, children }: { id: ModuleId; children: ReactNode }) {
  const { user } = useUnlockedSession();
  return moduleAccess(user.role, id) === 'none' ? <AccessDeniedPage /> : <>{children}</>;
}
