/** Ma phrase secrète: every role changes its own passphrase (user.changePassphrase). */
import { Button, Stack } from '@mantine/core';
import { SecretInput } from '../../components/SecretInput';
import { useState, type FormEvent } from 'react';
import { ChangePassphraseInput } from '../../../src-main/shared/schemas/users';
import { useMutationMethod } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { apiFieldErrors, zodFieldErrors, type FieldErrors } from '../../components/form-errors';
import { checkNewPassphrase } from '../../components/new-passphrase-check';
import { useNotifySuccess } from '../../components/notify';
import { PassphraseFields } from '../../components/PassphraseFields';
import { loadStrengthEstimator } from '../../components/passphrase-strength';
import { useT } from '../../i18n/I18nProvider';
import { useUnlockedSession } from '../../session/SessionUserContext';
import { SectionIntro } from './SectionIntro';

export function PassphraseSettings() {
  const t = useT();
  const notifySuccess = useNotifySuccess();
  const { user } = useUnlockedSession();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const change = useMutationMethod('user.changePassphrase', {
    inlineErrors: true,
    onSuccess: () => {
      notifySuccess(t('passphrase.changed'));
      setCurrent('');
      setNext('');
      setConfirm('');
    },
  });
  const userInputs = [user.username, user.displayName];

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = { current, next };
    const parsed = ChangePassphraseInput.safeParse(input);
    const found: Record<string, string> = parsed.success ? {} : { ...zodFieldErrors(parsed.error) };
    const pass = checkNewPassphrase(next, confirm, userInputs, await loadStrengthEstimator(), t);
    if (pass.passphrase) found.next = pass.passphrase;
    if (pass.confirm) found.confirm = pass.confirm;
    setErrors(found);
    if (Object.keys(found).length === 0) change.mutate(input);
  }

  const all: FieldErrors = { ...apiFieldErrors(change.error), ...errors };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="narrow-form">
      <Stack gap="md">
        <SectionIntro title={t('settings.section.passphrase')} intro={t('passphrase.intro')} />
        <SecretInput
          label={t('passphrase.current')}
          value={current}
          onChange={(e) => setCurrent(e.currentTarget.value)}
          error={all.current}
          required
          autoComplete="current-password"
        />
        <PassphraseFields
          label={t('passphrase.next')}
          value={next}
          onChange={setNext}
          confirmValue={confirm}
          onConfirmChange={setConfirm}
          error={all.next}
          confirmError={all.confirm}
          userInputs={userInputs}
        />
        <ErrorAlert error={change.error} />
        <div>
          <Button type="submit" loading={change.isPending}>
            {t('passphrase.submit')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
