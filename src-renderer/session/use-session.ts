/** The session as the service sees it, and the actions that change it. */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { getDpo } from '../api/dpo-host';
import { useMethod } from '../api/hooks';
import { resetAfterSessionChange } from '../api/query-client';

export function useSessionState() {
  return useMethod('session.state');
}

/** Re-reads the session and forgets the previous session's cached data. */
export function useSessionChanged(): () => Promise<void> {
  const client = useQueryClient();
  return useCallback(() => resetAfterSessionChange(client), [client]);
}

/**
 * Locks the vault. Even if the call fails (service gone), the UI forgets what it had read and
 * goes back to the unlock screen: locking must never leave data on screen.
 */
export function useLockVault(): () => Promise<void> {
  const sessionChanged = useSessionChanged();
  return useCallback(async () => {
    try {
      await getDpo()['session.lock']({});
    } finally {
      await sessionChanged();
    }
  }, [sessionChanged]);
}
