/** Unlock with an identifier and a passphrase; a wrong one shows the service's own sentence. */
import { Anchor, Button, Stack, TextInput } from '@mantine/core';
import { SecretInput } from '../../components/SecretInput';
import { useState, type FormEvent } from 'react';
import { useMutationMethod } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n/I18nProvider';
import { useSessionChanged } from '../../session/use-session';
import { AuthLayout } from '../AuthLayout';
import { readLastUsername, storeLastUsername } from './last-username';

export function UnlockScreen({ organisationName, onLost }: { organisationName: string | null; onLost: () => void }) {
  const t = useT();
  const sessionChanged = useSessionChanged();
  const [username, setUsername] = useState(readLastUsername);
  const [passphrase, setPassphrase] = useState('');
  const unlock = useMutationMethod('session.unlock', {
    inlineErrors: true,
    onSuccess: async (user) => {
      storeLastUsername(user.username);
      await sessionChanged();
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    unlock.mutate({ username, passphrase }, { onError: () => setPassphrase('') });
  }

  return (
    <AuthLayout title={t('unlock.title')} intro={organisationName ? t('unlock.organisation', { name: organisationName }) : undefined}>
      <form onSubmit={submit}>
        <Stack gap="sm">
          <TextInput
            label={t('user.username')}
            value={username}
            onChange={(e) => setUsername(e.currentTarget.value)}
            required
            autoComplete="username"
            autoFocus={username === ''}
          />
          <SecretInput
            label={t('pass.passphrase')}
            value={passphrase}
            onChange={(e) => setPassphrase(e.currentTarget.value)}
            required
            autoComplete="current-password"
            autoFocus={username !== ''}
          />
          <ErrorAlert error={unlock.error} />
          <Button type="submit" loading={unlock.isPending} fullWidth>
            {t('unlock.submit')}
          </Button>
          <Anchor component="button" type="button" size="sm" onClick={onLost}>
            {t('unlock.lost')}
          </Anchor>
        </Stack>
      </form>
    </AuthLayout>
  );
}
