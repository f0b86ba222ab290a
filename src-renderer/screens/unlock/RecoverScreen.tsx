/** "J'ai perdu ma phrase secrète": the recovery kit opens the vault and sets a new passphrase. */
import { Anchor, Button, Stack, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { RecoveryUnlockInput } from '../../../src-main/shared/schemas/vault';
import { useMutationMethod } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { apiFieldErrors, zodFieldErrors, type FieldErrors } from '../../components/form-errors';
import { checkNewPassphrase } from '../../components/new-passphrase-check';
import { PassphraseFields } from '../../components/PassphraseFields';
import { loadStrengthEstimator } from '../../components/passphrase-strength';
import { useT } from '../../i18n/I18nProvider';
import { useSessionChanged } from '../../session/use-session';
import { AuthLayout } from '../AuthLayout';
import { readLastUsername, storeLastUsername } from './last-username';

export function RecoverScreen({ onBack }: { onBack: () => void }) {
  const t = useT();
  const sessionChanged = useSessionChanged();
  const [kit, setKit] = useState('');
  const [username, setUsername] = useState(readLastUsername);
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const recover = useMutationMethod('session.recover', {
    inlineErrors: true,
    onSuccess: async (user) => {
      storeLastUsername(user.username);
      await sessionChanged();
      onBack();
    },
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = { kit, username, newPassphrase: passphrase };
    const parsed = RecoveryUnlockInput.safeParse(input);
    const next: Record<string, string> = parsed.success ? {} : { ...zodFieldErrors(parsed.error) };
    const pass = checkNewPassphrase(passphrase, confirm, [username], await loadStrengthEstimator(), t);
    if (pass.passphrase) next.newPassphrase = pass.passphrase;
    if (pass.confirm) next.confirm = pass.confirm;
    setErrors(next);
    if (Object.keys(next).length === 0) recover.mutate(input);
  }

  const all: FieldErrors = { ...apiFieldErrors(recover.error), ...errors };
  return (
    <AuthLayout title={t('recover.title')} intro={t('recover.intro')}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <Textarea
            label={t('recover.kit')}
            description={t('recover.kitHint')}
            value={kit}
            onChange={(e) => setKit(e.currentTarget.value)}
            error={all.kit}
            required
            rows={3}
            spellCheck={false}
            autoComplete="off"
            classNames={{ input: 'monospace' }}
          />
          <TextInput
            label={t('user.username')}
            value={username}
            onChange={(e) => setUsername(e.currentTarget.value)}
            error={all.username}
            required
            autoComplete="username"
          />
          <PassphraseFields
            label={t('recover.newPassphrase')}
            value={passphrase}
            onChange={setPassphrase}
            confirmValue={confirm}
            onConfirmChange={setConfirm}
            error={all.newPassphrase}
            confirmError={all.confirm}
            userInputs={[username]}
          />
          <ErrorAlert error={recover.error} />
          <Button type="submit" loading={recover.isPending} fullWidth>
            {t('recover.submit')}
          </Button>
          <Anchor component="button" type="button" size="sm" onClick={onBack}>
            {t('recover.back')}
          </Anchor>
        </Stack>
      </form>
    </AuthLayout>
  );
}
