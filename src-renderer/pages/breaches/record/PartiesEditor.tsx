/**
 * Other parties involved (template fields 38-41): processors (Art. 33(2): they must alert the
 * controller without undue delay — the alert's instant is kept), sub-processors, joint controllers.
 */
import { Button, Fieldset, Group, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { PARTY_ROLES, PARTY_ROLE_LABELS, type BreachDetail } from '../../../../src-main/shared/schemas/breach';
import { BreachUpdateInput } from '../../../../src-main/shared/schemas/breach';
import { useMutationMethod } from '../../../api/hooks';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { apiFieldErrors, zodFieldErrors, type FieldErrors } from '../../../components/form-errors';
import { useNotifySuccess } from '../../../components/notify';
import { useLang, useT } from '../../../i18n/I18nProvider';
import { parisLocalToIso, toParisLocalInput } from '../paris-time';
import { optionsOf, pick } from '../vocabulary-options';

interface PartyDraft {
  name: string;
  role: string;
  contact: string;
  alertedAt: string;
  note: string;
}

const EMPTY: PartyDraft = { name: '', role: 'processor', contact: '', alertedAt: '', note: '' };

export function PartiesEditor({ breach, editable }: { breach: BreachDetail; editable: boolean }) {
  const t = useT();
  const [lang] = useLang();
  const notifySuccess = useNotifySuccess();
  const [parties, setParties] = useState<PartyDraft[]>(() =>
    breach.facts.parties.map((p) => ({ ...p, alertedAt: p.alertedAt ? toParisLocalInput(p.alertedAt) : '' })),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const update = useMutationMethod('breach.update', {
    inlineErrors: true,
    invalidates: ['breach.get'],
    onSuccess: () => notifySuccess(t('breaches.record.saved', { section: t('breaches.section.parties') })),
  });
  const set = (index: number, patch: Partial<PartyDraft>) => setParties((list) => list.map((p, i) => (i === index ? { ...p, ...patch } : p)));

  function submit(event: FormEvent) {
    event.preventDefault();
    const next: Record<string, string> = {};
    const input = {
      id: breach.id,
      parties: parties.map((p, i) => {
        const alertedAt = p.alertedAt === '' ? null : parisLocalToIso(p.alertedAt);
        if (p.alertedAt !== '' && alertedAt === null) next[`parties.${i}.alertedAt`] = t('breaches.form.instantInvalid');
        return { name: p.name, role: pick(PARTY_ROLES, p.role) ?? 'other', contact: p.contact, alertedAt, note: p.note };
      }),
    };
    const parsed = BreachUpdateInput.safeParse(input);
    if (!parsed.success) Object.assign(next, zodFieldErrors(parsed.error));
    setErrors(next);
    if (parsed.success && Object.keys(next).length === 0) update.mutate(parsed.data);
  }

  const all: FieldErrors = { ...apiFieldErrors(update.error), ...errors };
  return (
    <form onSubmit={submit} noValidate aria-label={t('breaches.section.parties')}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('breaches.section.parties.intro')}
        </Text>
        {parties.length === 0 && <Text size="sm">{t('breaches.parties.none')}</Text>}
        {parties.map((p, i) => (
          <Fieldset key={i} legend={t('breaches.parties.legend', { n: i + 1 })} variant="filled">
            <div className="form-grid">
              <TextInput label={t('breaches.parties.name')} value={p.name} readOnly={!editable} required onChange={(e) => set(i, { name: e.currentTarget.value })} error={all[`parties.${i}.name`]} />
              <Select label={t('breaches.parties.role')} data={optionsOf(PARTY_ROLES, PARTY_ROLE_LABELS, lang)} value={p.role} readOnly={!editable} allowDeselect={false} onChange={(v) => set(i, { role: v ?? 'other' })} />
              <TextInput label={t('breaches.parties.contact')} value={p.contact} readOnly={!editable} onChange={(e) => set(i, { contact: e.currentTarget.value })} error={all[`parties.${i}.contact`]} />
              <TextInput type="datetime-local" label={t('breaches.parties.alertedAt')} value={p.alertedAt} readOnly={!editable} onChange={(e) => set(i, { alertedAt: e.currentTarget.value })} error={all[`parties.${i}.alertedAt`]} />
              <Textarea className="span-2" label={t('breaches.parties.note')} value={p.note} readOnly={!editable} autosize minRows={1} onChange={(e) => set(i, { note: e.currentTarget.value })} />
            </div>
            {editable && (
              <Button mt="xs" size="xs" variant="subtle" color="red.9" onClick={() => setParties((list) => list.filter((_, j) => j !== i))}>
                {t('breaches.parties.remove', { n: i + 1 })}
              </Button>
            )}
          </Fieldset>
        ))}
        {update.isError && <ErrorAlert error={update.error} />}
        {editable && (
          <Group>
            <Button variant="default" onClick={() => setParties((list) => [...list, EMPTY])}>
              {t('breaches.parties.add')}
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
