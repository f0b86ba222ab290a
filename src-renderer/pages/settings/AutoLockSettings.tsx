/** Verrouillage automatique (minutes of inactivity, 0 = never) and backup rotation: settings.get/update. */
import { Button, Loader, NumberInput, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { Settings } from '../../../src-main/shared/schemas/vault';
import { SettingsUpdateInput } from '../../../src-main/shared/schemas/vault';
import { useMethod, useMutationMethod } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { apiFieldErrors, zodFieldErrors, type FieldErrors } from '../../components/form-errors';
import { useNotifySuccess } from '../../components/notify';
import { useT } from '../../i18n/I18nProvider';
import type { Access } from '../../navigation';
import { SectionIntro } from './SectionIntro';

function AutoLockForm({ settings, readOnly }: { settings: Settings; readOnly: boolean }) {
  const t = useT();
  const notifySuccess = useNotifySuccess();
  const [draft, setDraft] = useState<Settings>(settings);
  const [errors, setErrors] = useState<FieldErrors>({});
  const update = useMutationMethod('settings.update', {
    inlineErrors: true,
    invalidates: ['settings.get', 'session.state'],
    onSuccess: () => notifySuccess(t('common.saved')),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = SettingsUpdateInput.safeParse(draft);
    setErrors(parsed.success ? {} : zodFieldErrors(parsed.error));
    if (parsed.success) update.mutate(draft);
  }

  const all: FieldErrors = { ...apiFieldErrors(update.error), ...errors };
  const asInt = (value: string | number) => (typeof value === 'number' ? Math.trunc(value) : Number.parseInt(value, 10) || 0);
  return (
    <form onSubmit={submit} noValidate className="narrow-form">
      <Stack gap="md">
        <NumberInput
          label={t('autolock.minutes')}
          description={t('autolock.hint')}
          value={draft.autoLockMinutes}
          onChange={(value) => setDraft((d) => ({ ...d, autoLockMinutes: asInt(value) }))}
          min={0}
          max={480}
          allowDecimal={false}
          allowNegative={false}
          error={all.autoLockMinutes}
          readOnly={readOnly}
        />
        <NumberInput
          label={t('autolock.backupKeep')}
          description={t('autolock.backupKeepHint')}
          value={draft.backupKeep}
          onChange={(value) => setDraft((d) => ({ ...d, backupKeep: asInt(value) }))}
          min={1}
          max={365}
          allowDecimal={false}
          allowNegative={false}
          error={all.backupKeep}
          readOnly={readOnly}
        />
        <ErrorAlert error={update.error} />
        {!readOnly && (
          <div>
            <Button type="submit" loading={update.isPending}>
              {t('common.save')}
            </Button>
          </div>
        )}
      </Stack>
    </form>
  );
}

export function AutoLockSettings({ access }: { access: Access }) {
  const t = useT();
  const settings = useMethod('settings.get');
  const readOnly = access !== 'write';
  return (
    <Stack>
      <SectionIntro title={t('settings.section.autolock')} readOnly={readOnly} />
      {settings.isPending && <Loader size="sm" aria-label={t('app.loading')} />}
      {settings.isError && <ErrorAlert error={settings.error} />}
      {settings.data && <AutoLockForm settings={settings.data} readOnly={readOnly} />}
    </Stack>
  );
}
