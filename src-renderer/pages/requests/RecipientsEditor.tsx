/**
 * Art. 19: a rectification, erasure or restriction is communicated to each recipient of the data,
 * unless this proves impossible or involves disproportionate effort (the reason is recorded); the
 * person is told about those recipients if they ask.
 */
import { Button, Fieldset, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { RECIPIENT_EXEMPTIONS, RequestUpdateInput, type RequestDetail } from '../../../src-main/shared/schemas/request';
import { useMutationMethod } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { apiFieldErrors, zodFieldErrors, type FieldErrors } from '../../components/form-errors';
import { useNotifySuccess } from '../../components/notify';
import { useT } from '../../i18n/I18nProvider';
import { canCall } from '../../navigation';
import { useUnlockedSession } from '../../session/SessionUserContext';
import { parisLocalToIso, toParisLocalInput } from '../breaches/paris-time';
import { pick } from '../breaches/vocabulary-options';

interface RecipientDraft {
  name: string;
  informedAt: string;
  exemption: string;
  note: string;
}

const ART19_TYPES: readonly string[] = ['rectification', 'erasure', 'restriction'];

export function RecipientsEditor({ request }: { request: RequestDetail }) {
  const t = useT();
  const notifySuccess = useNotifySuccess();
  const { user } = useUnlockedSession();
  const editable = canCall(user.role, 'request.update') && request.state !== 'closed';
  const [list, setList] = useState<RecipientDraft[]>(() =>
    request.recipients.map((r) => ({ name: r.name, informedAt: r.informedAt ? toParisLocalInput(r.informedAt) : '', exemption: r.exemption ?? '', note: r.note })),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const update = useMutationMethod('request.update', {
    inlineErrors: true,
    invalidates: ['request.get'],
    onSuccess: () => notifySuccess(t('requests.recipients.saved')),
  });
  const set = (i: number, patch: Partial<RecipientDraft>) => setList((l) => l.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  function submit(event: FormEvent) {
    event.preventDefault();
    const next: Record<string, string> = {};
    const recipients = list.map((r, i) => {
      const informedAt = r.informedAt === '' ? null : parisLocalToIso(r.informedAt);
      if (r.informedAt !== '' && informedAt === null) next[`recipients.${i}.informedAt`] = t('requests.form.instantInvalid');
      return { name: r.name, informedAt, exemption: pick(RECIPIENT_EXEMPTIONS, r.exemption), note: r.note };
    });
    const parsed = RequestUpdateInput.safeParse({ id: request.id, recipients });
    if (!parsed.success) Object.assign(next, zodFieldErrors(parsed.error));
    setErrors(next);
    if (parsed.success && Object.keys(next).length === 0) update.mutate(parsed.data);
  }

  const all: FieldErrors = { ...apiFieldErrors(update.error), ...errors };
  return (
    <form onSubmit={submit} noValidate aria-label={t('requests.tab.recipients')}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {ART19_TYPES.includes(request.type) ? t('requests.recipients.intro') : t('requests.recipients.notApplicable')}
        </Text>
        {list.length === 0 && <Text size="sm">{t('requests.recipients.none')}</Text>}
        {list.map((r, i) => (
          <Fieldset key={i} legend={t('requests.recipients.legend', { n: i + 1 })} variant="filled">
            <div className="form-grid">
              <TextInput label={t('requests.recipients.name')} value={r.name} onChange={(e) => set(i, { name: e.currentTarget.value })} error={all[`recipients.${i}.name`]} required readOnly={!editable} maxLength={200} />
              <TextInput type="datetime-local" label={t('requests.recipients.informedAt')} value={r.informedAt} onChange={(e) => set(i, { informedAt: e.currentTarget.value })} error={all[`recipients.${i}.informedAt`]} readOnly={!editable} />
              <Select
                label={t('requests.recipients.exemption')}
                data={RECIPIENT_EXEMPTIONS.map((x) => ({ value: x, label: t(`requests.recipients.exemption.${x}`) }))}
                value={r.exemption || null}
                onChange={(v) => set(i, { exemption: v ?? '' })}
                clearable={editable}
                readOnly={!editable}
              />
              <TextInput label={t('requests.recipients.note')} value={r.note} onChange={(e) => set(i, { note: e.currentTarget.value })} readOnly={!editable} maxLength={1000} />
            </div>
            {editable && (
              <Button mt="xs" size="xs" variant="subtle" color="red.9" onClick={() => setList((l) => l.filter((_, j) => j !== i))}>
                {t('requests.recipients.remove', { n: i + 1 })}
              </Button>
            )}
          </Fieldset>
        ))}
        {update.isError && <ErrorAlert error={update.error} />}
        {editable && (
          <Group>
            <Button variant="default" onClick={() => setList((l) => [...l, { name: '', informedAt: '', exemption: '', note: '' }])}>
              {t('requests.recipients.add')}
            </Button>
            <Button type="submit" loading={update.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
