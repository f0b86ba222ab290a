/** Adds a user with a role and an initial passphrase (user.add, DPO only). */
import { Button, Fieldset, Select, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ROLES, type Role } from '../../../src-main/shared/roles';
import { UserAddInput } from '../../../src-main/shared/schemas/users';
import { useMutationMethod } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { apiFieldErrors, zodFieldErrors, type FieldErrors } from '../../components/form-errors';
import { checkNewPassphrase } from '../../components/new-passphrase-check';
import { useNotifySuccess } from '../../components/notify';
import { PassphraseFields } from '../../components/PassphraseFields';
import { loadStrengthEstimator } from '../../components/passphrase-strength';
import { useT } from '../../i18n/I18nProvider';

const EMPTY = { username: '', displayName: '', role: 'security' as Role, passphrase: '', confirm: '' };

export function AddUserForm() {
  const t = useT();
  const notifySuccess = useNotifySuccess();
  const [draft, setDraft] = useState(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const add = useMutationMethod('user.add', {
    inlineErrors: true,
    invalidates: ['user.list'],
    onSuccess: (user) => {
      notifySuccess(t('users.added', { username: user.username }));
      setDraft(EMPTY);
    },
  });
  const patch = (p: Partial<typeof EMPTY>) => setDraft((d) => ({ ...d, ...p }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = { username: draft.username, displayName: draft.displayName, role: draft.role, passphrase: draft.passphrase };
    const parsed = UserAddInput.safeParse(input);
    const next: Record<string, string> = parsed.success ? {} : { ...zodFieldErrors(parsed.error) };
    const pass = checkNewPassphrase(draft.passphrase, draft.confirm, [draft.username, draft.displayName], await loadStrengthEstimator(), t);
    if (pass.passphrase) next.passphrase = pass.passphrase;
    if (pass.confirm) next.confirm = pass.confirm;
    setErrors(next);
    if (Object.keys(next).length === 0) add.mutate(input);
  }

  const all: FieldErrors = { ...apiFieldErrors(add.error), ...errors };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Fieldset legend={t('users.addTitle')} variant="filled">
        <Stack gap="sm">
          <div className="form-grid">
            <TextInput
              label={t('user.username')}
              description={t('user.usernameHint')}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              value={draft.username}
              onChange={(e) => patch({ username: e.currentTarget.value })}
              error={all.username}
              required
              autoComplete="off"
            />
            <TextInput
              label={t('user.displayName')}
              value={draft.displayName}
              onChange={(e) => patch({ displayName: e.currentTarget.value })}
              error={all.displayName}
              required
              autoComplete="off"
            />
            <Select
              label={t('user.role')}
              value={draft.role}
              onChange={(value) => {
                const role = ROLES.find((r) => r === value);
                if (role) patch({ role });
              }}
              data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
              allowDeselect={false}
              error={all.role}
              required
            />
          </div>
          <PassphraseFields
            label={t('users.initialPassphrase')}
            value={draft.passphrase}
            onChange={(passphrase) => patch({ passphrase })}
            confirmValue={draft.confirm}
            onConfirmChange={(confirm) => patch({ confirm })}
            error={all.passphrase}
            confirmError={all.confirm}
            userInputs={[draft.username, draft.displayName]}
          />
          <ErrorAlert error={add.error} />
          <div>
            <Button type="submit" loading={add.isPending}>
              {t('users.add')}
            </Button>
          </div>
        </Stack>
      </Fieldset>
    </form>
  );
}
