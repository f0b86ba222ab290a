/** The open vault: session context, auto-lock, and the hash router (works at `/` and at app://workbench/). */
import { useState } from 'react';
import { createHashRouter, RouterProvider } from 'react-router';
import { useNotifySuccess } from '../components/notify';
import { useT } from '../i18n/I18nProvider';
import { SessionUserContext, type UnlockedSession } from '../session/SessionUserContext';
import { useAutoLock } from '../session/use-auto-lock';
import { useLockVault } from '../session/use-session';
import { storeLastUsername } from '../screens/unlock/last-username';
import { appRoutes } from './routes';

/** Who had the vault open last in this window: another user starts from the dashboard. */
let previousUsername: string | null = null;

function createRouterFor(username: string) {
  if (previousUsername !== null && previousUsername !== username) window.history.replaceState(null, '', '#/');
  previousUsername = username;
  // Pre-filled on the unlock screen after a lock (the identifier is not a secret).
  storeLastUsername(username);
  return createHashRouter(appRoutes);
}

export function UnlockedApp({ session }: { session: UnlockedSession }) {
  const t = useT();
  const notifySuccess = useNotifySuccess();
  const lock = useLockVault();
  const [router] = useState(() => createRouterFor(session.user.username));

  useAutoLock(session.autoLockMinutes, () => {
    void lock().then(() => notifySuccess(t('shell.autoLocked', { minutes: session.autoLockMinutes ?? 0 })));
  });

  return (
    <SessionUserContext value={session}>
      <RouterProvider router={router} />
    </SessionUserContext>
  );
}
