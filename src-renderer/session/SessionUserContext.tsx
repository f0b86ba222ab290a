/** The signed-in user (username, display name, role), available to every page of the unlocked app. */
import { createContext, useContext } from 'react';
import type { SessionUser } from '../../src-main/shared/schemas/vault';

export interface UnlockedSession {
  user: SessionUser;
  organisationName: string | null;
  autoLockMinutes: number | null;
}

export const SessionUserContext = createContext<UnlockedSession | null>(null);

export function useUnlockedSession(): UnlockedSession {
  const session = useContext(SessionUserContext);
  if (!session) throw new Error('Session déverrouillée attendue : ce composant ne vit que dans le coffre ouvert.');
  return session;
}
