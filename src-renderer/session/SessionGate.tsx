/**
 * Chooses the screen from the session: create the vault, show the kit once, unlock (or recover),
 * or the unlocked application.
 */
import { Button, Stack } from '@mantine/core';
import { useState } from 'react';
import type { RecoveryKit } from '../../src-main/shared/schemas/vault';
import { ErrorAlert } from '../components/ErrorAlert';
import { useT } from '../i18n/I18nProvider';
import { UnlockedApp } from '../layout/UnlockedApp';
import { AuthLayout } from '../screens/AuthLayout';
import { CreateVaultScreen } from '../screens/first-run/CreateVaultScreen';
import { RecoveryKitScreen } from '../screens/first-run/RecoveryKitScreen';
import { LoadingScreen } from '../screens/LoadingScreen';
import { RecoverScreen } from '../screens/unlock/RecoverScreen';
import { UnlockScreen } from '../screens/unlock/UnlockScreen';
import { useSessionChanged, useSessionState } from './use-session';

export function SessionGate() {
  const t = useT();
  const session = useSessionState();
  const sessionChanged = useSessionChanged();
  // The kit lives only in this state: once the user confirms, it is gone from the application.
  const [pendingKit, setPendingKit] = useState<RecoveryKit | null>(null);
  const [recovering, setRecovering] = useState(false);

  if (pendingKit) {
    return (
      <RecoveryKitScreen
        kit={pendingKit}
        onDone={() => {
          setPendingKit(null);
          void sessionChanged();
        }}
      />
    );
  }
  if (session.isPending) return <LoadingScreen />;
  if (session.isError) {
    return (
      <AuthLayout title={t('error.title')}>
        <Stack>
          <ErrorAlert error={session.error} />
          <div>
            <Button onClick={() => void session.refetch()}>{t('common.retry')}</Button>
          </div>
        </Stack>
      </AuthLayout>
    );
  }
  const state = session.data;
  if (!state.vaultExists) return <CreateVaultScreen onCreated={(result) => setPendingKit(result.recoveryKit)} />;
  if (!state.unlocked || !state.user) {
    return recovering ? (
      <RecoverScreen onBack={() => setRecovering(false)} />
    ) : (
      <UnlockScreen organisationName={state.organisationName} onLost={() => setRecovering(true)} />
    );
  }
  return (
    <UnlockedApp
      session={{ user: state.user, organisationName: state.organisationName, autoLockMinutes: state.autoLockMinutes }}
    />
  );
}
