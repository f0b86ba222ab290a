/**
 * One section of the breach record: its fields, and « Enregistrer » for the roles that may complete
 * the record (dpo, security). Saves only what changed; the service keeps the rest. When the stored
 * section changes while the form is open (the pre-fill from the register, a save), the new values are
 * merged into the draft: nothing typed and not yet saved is lost (record-draft.ts, rebaseDraft).
 */
import { Button, Group, Stack, Text } from '@mantine/core';
import { useMemo, useState, type FormEvent } from 'react';
import type { BreachDetail } from '../../../../src-main/shared/schemas/breach';
import { BreachUpdateInput } from '../../../../src-main/shared/schemas/breach';
import { useMutationMethod } from '../../../api/hooks';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { apiFieldErrors, withoutPrefix, zodFieldErrors, type FieldErrors } from '../../../components/form-errors';
import { useNotifySuccess } from '../../../components/notify';
import { useT } from '../../../i18n/I18nProvider';
import { FieldInput } from './FieldInput';
import { draftToPatch, rebaseDraft, sameDraft, sectionValue, toDraft, updateInputOf, type SectionDraft } from './record-draft';
import type { SectionSpec } from './section-specs';

interface Props {
  breach: BreachDetail;
  spec: SectionSpec;
  editable: boolean;
}

export function SectionForm({ breach, spec, editable }: Props) {
  const t = useT();
  const notifySuccess = useNotifySuccess();
  const stored = useMemo(() => toDraft(spec.fields, sectionValue(breach.facts, spec.id)), [breach.facts, spec]);
  // The stored values the draft was built on: compared with the latest to merge a change made elsewhere.
  const [initial, setInitial] = useState<SectionDraft>(stored);
  const [draft, setDraft] = useState<SectionDraft>(stored);
  if (!sameDraft(spec.fields, initial, stored)) {
    setInitial(stored);
    setDraft(rebaseDraft(spec.fields, initial, draft, stored));
  }
  const [errors, setErrors] = useState<FieldErrors>({});
  const update = useMutationMethod('breach.update', {
    inlineErrors: true,
    invalidates: ['breach.get', 'breach.list'],
    onSuccess: () => notifySuccess(t('breaches.record.saved', { section: t(spec.title) })),
  });
  const prefix = spec.id === 'general' ? '' : `${spec.id}.`;

  function submit(event: FormEvent) {
    event.preventDefault();
    const { values, errors: local } = draftToPatch(spec.fields, draft, initial);
    const next: Record<string, string> = Object.fromEntries(Object.entries(local).map(([k, key]) => [k, t(key)]));
    if (Object.keys(values).length === 0 && Object.keys(next).length === 0) {
      setErrors({});
      notifySuccess(t('breaches.record.unchanged'));
      return;
    }
    const parsed = BreachUpdateInput.safeParse(updateInputOf(breach.id, spec.id, values));
    if (!parsed.success) Object.assign(next, withoutPrefix(zodFieldErrors(parsed.error), prefix));
    setErrors(next);
    if (!parsed.success || Object.keys(next).length > 0) return;
    const sent = draft;
    update.mutate(parsed.data, {
      // The saved fields show the stored form (« 1 200 » becomes « 1200 »); fields typed since the click stay.
      onSuccess: (saved) => {
        const now = toDraft(spec.fields, sectionValue(saved.facts, spec.id));
        setDraft((d) => rebaseDraft(spec.fields, sent, d, now));
      },
    });
  }

  const all: FieldErrors = { ...withoutPrefix(apiFieldErrors(update.error), prefix), ...errors };
  return (
    <form onSubmit={submit} noValidate aria-label={t(spec.title)}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t(spec.intro)}
        </Text>
        <div className="form-grid">
          {spec.fields.map((field) => (
            <FieldInput
              key={field.key}
              field={field}
              value={draft[field.key]}
              error={all[field.key]}
              readOnly={!editable}
              onChange={(value) => setDraft((d) => ({ ...d, [field.key]: value }))}
            />
          ))}
        </div>
        {update.isError && <ErrorAlert error={update.error} />}
        {editable && (
          <Group>
            <Button type="submit" loading={update.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
