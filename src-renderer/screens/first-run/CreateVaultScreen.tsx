/**
 * First run: organisation, DPO identity, first user (role dpo) and passphrase. The input is checked
 * with the contract's own schema before sending, so the messages are the service's.
 */
import { Button, Fieldset, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { Output } from '../../../src-main/shared/contract';
import { VaultCreateInput } from '../../../src-main/shared/schemas/vault';
import { useMutationMethod } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { apiFieldErrors, withoutPrefix, zodFieldErrors, type FieldErrors } from '../../components/form-errors';
import { checkNewPassphrase } from '../../components/new-passphrase-check';
import { OrganisationFields } from '../../components/OrganisationFields';
import { PassphraseFields } from '../../components/PassphraseFields';
import { loadStrengthEstimator } from '../../components/passphrase-strength';
import { useT } from '../../i18n/I18nProvider';
import { AuthLayout } from '../AuthLayout';
import { EMPTY_CREATE_VAULT, passphraseUserInputs, toVaultCreateInput, type CreateVaultDraft } from './create-vault-draft';

export function CreateVaultScreen({ onCreated }: { onCreated: (result: Output<'vault.create'>) => void }) {
  const t = useT();
  const [draft, setDraft] = useState<CreateVaultDraft>(EMPTY_CREATE_VAULT);
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useMutationMethod('vault.create', { inlineErrors: true, onSuccess: onCreated });

  const patch = (p: Partial<CreateVaultDraft>) => setDraft((d) => ({ ...d, ...p }));
  const userInputs = passphraseUserInputs(draft);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = toVaultCreateInput(draft);
    const parsed = VaultCreateInput.safeParse(input);
    const schemaErrors = parsed.success ? {} : zodFieldErrors(parsed.error);
    const pass = checkNewPassphrase(draft.passphrase, draft.confirm, userInputs, await loadStrengthEstimator(), t);
    const next: Record<string, string> = { ...schemaErrors };
    if (pass.passphrase) next.passphrase = pass.passphrase;
    if (pass.confirm) next.confirm = pass.confirm;
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    create.mutate(input);
  }

  const all: FieldErrors = { ...apiFieldErrors(create.error), ...errors };
  return (
    <AuthLayout title={t('setup.title')} intro={t('setup.intro')} wide>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="md">
          <OrganisationFields
            value={draft.organisation}
            onChange={(p) => setDraft((d) => ({ ...d, organisation: { ...d.organisation, ...p } }))}
            errors={withoutPrefix(all, 'organisation.')}
            organisationLegend={t('setup.organisationSection')}
            dpoLegend={t('setup.dpoSection')}
          />
          <Fieldset legend={t('setup.userSection')} variant="filled">
            <div className="form-grid">
              <TextInput
                label={t('user.username')}
                description={t('user.usernameHint')}
                inputWrapperOrder={['label', 'input', 'description', 'error']}
                value={draft.username}
                onChange={(e) => patch({ username: e.currentTarget.value })}
                error={all['user.username']}
                required
                autoComplete="username"
              />
              <TextInput
                label={t('user.displayName')}
                value={draft.displayName}
                onChange={(e) => patch({ displayName: e.currentTarget.value })}
                error={all['user.displayName']}
                required
                autoComplete="name"
              />
            </div>
          </Fieldset>
          <Fieldset legend={t('setup.passphraseSection')} variant="filled">
            <PassphraseFields
              label={t('pass.passphrase')}
              value={draft.passphrase}
              onChange={(passphrase) => patch({ passphrase })}
              confirmValue={draft.confirm}
              onConfirmChange={(confirm) => patch({ confirm })}
              error={all.passphrase}
              confirmError={all.confirm}
              userInputs={userInputs}
            />
          </Fieldset>
          <ErrorAlert error={create.error} />
          <div>
            <Button type="submit" loading={create.isPending}>
              {t('setup.submit')}
            </Button>
          </div>
        </Stack>
      </form>
    </AuthLayout>
  );
}
