/**
 * Creates or edits a processor: identity, establishment (and its transfer framing outside the EEA),
 * contacts, certifications, hosting locations, sub-processor chain. Checked with the contract's own
 * schema before sending; the service's field errors are shown next to each field.
 */
import { Button, Checkbox, Fieldset, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useMemo, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ProcessorInput } from '../../../src-main/shared/schemas/processor';
import { configureZodFrench } from '../../../src-main/shared/zod-setup';
import { useMutationMethod } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { apiFieldErrors, withoutPrefix, zodFieldErrors, type FieldErrors } from '../../components/form-errors';
import { useNotifySuccess } from '../../components/notify';
import { useT } from '../../i18n/I18nProvider';
import { useUnsavedGuard } from './common/use-unsaved-guard';
import { CertificationsEditor } from './CertificationsEditor';
import { ContactsFields } from './ContactsFields';
import { CountryField } from './CountryField';
import { HostingEditor } from './HostingEditor';
import { MechanismFields } from './MechanismFields';
import { draftToProcessorInput, type ProcessorDraft } from './processor-draft';
import { SubProcessorsEditor } from './SubProcessorsEditor';

// Client-side checks speak French like the service (the renderer's entry point does not set the zod locale).
configureZodFrench();

const INVALIDATES = ['processor.list', 'processor.get', 'processor.alerts', 'processing.get'] as const;

export function ProcessorForm({ id, initial }: { id: string | null; initial: ProcessorDraft }) {
  const t = useT();
  const navigate = useNavigate();
  const notifySuccess = useNotifySuccess();
  const [draft, setDraft] = useState<ProcessorDraft>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const dirty = useMemo(() => JSON.stringify(draft) !== JSON.stringify(initial), [draft, initial]);
  const guard = useUnsavedGuard(dirty);
  const saved = async (p: { id: string; name: string }) => {
    guard.release();
    notifySuccess(t('processors.form.saved', { name: p.name }));
    await navigate(`/sous-traitants/${p.id}`);
  };
  const create = useMutationMethod('processor.create', { inlineErrors: true, invalidates: INVALIDATES, onSuccess: saved });
  const update = useMutationMethod('processor.update', { inlineErrors: true, invalidates: INVALIDATES, onSuccess: saved });
  const running = id ? update : create;
  const patch = (p: Partial<ProcessorDraft>) => setDraft((d) => ({ ...d, ...p }));
  const all: FieldErrors = { ...withoutPrefix(apiFieldErrors(running.error), id ? 'processor.' : ''), ...errors };

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = draftToProcessorInput(draft);
    const parsed = ProcessorInput.safeParse(input);
    setErrors(parsed.success ? {} : zodFieldErrors(parsed.error));
    if (!parsed.success) return;
    if (id) update.mutate({ id, processor: input });
    else create.mutate(input);
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Fieldset legend={t('processors.form.identity')} variant="filled">
          <div className="form-grid">
            <TextInput label={t('processors.field.name')} value={draft.name} onChange={(e) => patch({ name: e.currentTarget.value })} error={all.name} required maxLength={200} data-autofocus />
            <CountryField label={t('processors.field.countryEstablishment')} value={draft.country} onChange={(country) => patch({ country })} error={all.country} />
            <TextInput label={t('processors.field.siren')} value={draft.siren} onChange={(e) => patch({ siren: e.currentTarget.value })} error={all.siren} inputMode="numeric" maxLength={11} />
            <TextInput
              label={t('processors.field.foreignIdentifier')}
              value={draft.foreignIdentifier}
              onChange={(e) => patch({ foreignIdentifier: e.currentTarget.value })}
              error={all.foreignIdentifier}
              maxLength={100}
            />
            <TextInput className="span-2" label={t('processors.field.street')} value={draft.street} onChange={(e) => patch({ street: e.currentTarget.value })} maxLength={200} />
            <TextInput label={t('processors.field.postalCode')} value={draft.postalCode} onChange={(e) => patch({ postalCode: e.currentTarget.value })} maxLength={20} />
            <TextInput label={t('processors.field.city')} value={draft.city} onChange={(e) => patch({ city: e.currentTarget.value })} maxLength={100} />
            <Textarea className="span-2" label={t('processors.field.service')} value={draft.service} onChange={(e) => patch({ service: e.currentTarget.value })} autosize minRows={2} maxLength={2000} />
            <Checkbox
              className="span-2"
              label={t('processors.field.hostsHealthData')}
              description={t('processors.form.hostsHealthHint')}
              checked={draft.hostsHealthData}
              onChange={(e) => patch({ hostsHealthData: e.currentTarget.checked })}
            />
          </div>
          <MechanismFields country={draft.country} value={draft.establishment} onChange={(p) => patch({ establishment: { ...draft.establishment, ...p } })} errors={all} prefix="establishment." />
        </Fieldset>
        <ContactsFields value={draft.contacts} onChange={(contacts) => patch({ contacts })} errors={all} />
        <CertificationsEditor items={draft.certifications} onChange={(certifications) => patch({ certifications })} errors={all} />
        <HostingEditor items={draft.hostingLocations} onChange={(hostingLocations) => patch({ hostingLocations })} errors={all} />
        <SubProcessorsEditor items={draft.subProcessors} onChange={(subProcessors) => patch({ subProcessors })} errors={all} prefix="subProcessors." depth={1} parentName={draft.name} />
        <Textarea label={t('processors.field.notes')} value={draft.notes} onChange={(e) => patch({ notes: e.currentTarget.value })} autosize minRows={2} maxLength={5000} />
        <ErrorAlert error={running.error} />
        {Object.keys(errors).length > 0 && (
          <p role="alert" className="wb-form-error">
            {t('processors.form.fixErrors', { count: Object.keys(errors).length })}
          </p>
        )}
        <Group>
          <Button type="submit" loading={running.isPending}>
            {id ? t('common.save') : t('processors.form.create')}
          </Button>
          <Button variant="default" onClick={() => void navigate(id ? `/sous-traitants/${id}` : '/sous-traitants')}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
      {guard.modal}
    </form>
  );
}
