/**
 * Creates or edits a fiche de registre, block by block in the order of the CNIL template. Transfers
 * are not typed here: they come from the processors chosen (Art. 30(1)(e)). Checked with the
 * contract's own schema before sending; the service's field errors land next to each field.
 */
import { Button, Fieldset, Group, MultiSelect, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useMemo, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { ART9_CONDITIONS, PROCESSING_ROLES, RECIPIENT_TYPES, SECURITY_MEASURE_TYPES } from '../../../src-main/core/ropa-vocabulary';
import { ProcessingInput } from '../../../src-main/shared/schemas/processing';
import { configureZodFrench } from '../../../src-main/shared/zod-setup';
import { useMethod, useMutationMethod } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { apiFieldErrors, withoutPrefix, zodFieldErrors, type FieldErrors } from '../../components/form-errors';
import { useNotifySuccess } from '../../components/notify';
import { useLang, useT } from '../../i18n/I18nProvider';
import { DateField } from '../processors/common/DateField';
import { useUnsavedGuard } from '../processors/common/use-unsaved-guard';
import { listOptions, pick, pickAll } from '../processors/common/vocabulary';
import { ActorsEditor } from './ActorsEditor';
import { DataCategoriesEditor } from './DataCategoriesEditor';
import { draftToProcessingInput, needsArt9Condition, type ProcessingDraft } from './processing-draft';
import { PurposesEditor } from './PurposesEditor';
import { SubjectsEditor } from './SubjectsEditor';
import { TypedRowsEditor } from './TypedRowsEditor';

// Client-side checks speak French like the service (the renderer's entry point does not set the zod locale).
configureZodFrench();

const ROLE_IDS = PROCESSING_ROLES.map((r) => r.id);
const ART9_IDS = ART9_CONDITIONS.map((c) => c.id);
const INVALIDATES = ['processing.list', 'processing.get', 'processor.get', 'processor.list'] as const;

export function ProcessingForm({ id, initial }: { id: string | null; initial: ProcessingDraft }) {
  const t = useT();
  const [lang] = useLang();
  const navigate = useNavigate();
  const notifySuccess = useNotifySuccess();
  const processors = useMethod('processor.list', { limit: 5000, sort: 'name' });
  const [draft, setDraft] = useState<ProcessingDraft>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const dirty = useMemo(() => JSON.stringify(draft) !== JSON.stringify(initial), [draft, initial]);
  const guard = useUnsavedGuard(dirty);
  const saved = async (p: { id: string; reference: string }) => {
    guard.release();
    notifySuccess(t('ropa.form.saved', { reference: p.reference }));
    await navigate(`/registre/${p.id}`);
  };
  const create = useMutationMethod('processing.create', { inlineErrors: true, invalidates: INVALIDATES, onSuccess: saved });
  const update = useMutationMethod('processing.update', { inlineErrors: true, invalidates: INVALIDATES, onSuccess: saved });
  const running = id ? update : create;
  const patch = (p: Partial<ProcessingDraft>) => setDraft((d) => ({ ...d, ...p }));
  const all: FieldErrors = { ...withoutPrefix(apiFieldErrors(running.error), id ? 'processing.' : ''), ...errors };
  const art9 = needsArt9Condition(draft.dataCategories);

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = draftToProcessingInput(draft);
    const parsed = ProcessingInput.safeParse(input);
    setErrors(parsed.success ? {} : zodFieldErrors(parsed.error));
    if (!parsed.success) return;
    if (id) update.mutate({ id, processing: input });
    else create.mutate(input);
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Fieldset legend={t('ropa.block.description')} variant="filled">
          <div className="form-grid">
            <TextInput label={t('ropa.field.name')} value={draft.name} onChange={(e) => patch({ name: e.currentTarget.value })} error={all.name} required maxLength={200} />
            <TextInput
              label={t('ropa.field.reference')}
              description={t('ropa.form.referenceHint')}
              value={draft.reference}
              onChange={(e) => patch({ reference: e.currentTarget.value })}
              error={all.reference}
              maxLength={40}
            />
            <Select
              label={t('ropa.field.role')}
              data={listOptions(PROCESSING_ROLES, lang, true)}
              value={draft.role}
              onChange={(v) => {
                const role = pick(ROLE_IDS, v);
                if (role) patch({ role });
              }}
              allowDeselect={false}
              error={all.role}
            />
            <DateField label={t('ropa.field.reviewDate')} value={draft.reviewDate} onChange={(reviewDate) => patch({ reviewDate })} error={all.reviewDate} />
            <Textarea className="span-2" label={t('ropa.field.description')} value={draft.description} onChange={(e) => patch({ description: e.currentTarget.value })} autosize minRows={2} maxLength={5000} />
          </div>
        </Fieldset>
        {draft.role === 'joint_controller' && (
          <ActorsEditor legend={t('ropa.actor.jointControllers')} intro={t('ropa.form.jointIntro')} items={draft.jointControllers} onChange={(jointControllers) => patch({ jointControllers })} errors={all} path="jointControllers" />
        )}
        {draft.role === 'processor' && (
          <ActorsEditor
            legend={t('ropa.actor.controllersServed')}
            intro={t('ropa.form.servedIntro')}
            items={draft.controllersServed}
            onChange={(controllersServed) => patch({ controllersServed })}
            errors={all}
            path="controllersServed"
            withCategories
          />
        )}
        <PurposesEditor items={draft.purposes} onChange={(purposes) => patch({ purposes })} errors={all} />
        <DataCategoriesEditor items={draft.dataCategories} onChange={(dataCategories) => patch({ dataCategories })} errors={all} />
        <MultiSelect
          label={t('ropa.art9.title')}
          description={art9 ? t('ropa.form.art9Needed') : t('ropa.form.art9Hint')}
          data={listOptions(ART9_CONDITIONS, lang, true)}
          value={draft.art9Conditions}
          onChange={(v) => patch({ art9Conditions: pickAll(ART9_IDS, v) })}
          error={all.art9Conditions}
        />
        <SubjectsEditor items={draft.subjectCategories} onChange={(subjectCategories) => patch({ subjectCategories })} errors={all} />
        <div className="form-grid">
          <TextInput label={t('ropa.subjects.volume')} value={draft.subjectVolume} onChange={(e) => patch({ subjectVolume: e.currentTarget.value })} maxLength={200} />
          <TextInput label={t('ropa.subjects.origin')} value={draft.dataOrigin} onChange={(e) => patch({ dataOrigin: e.currentTarget.value })} maxLength={1000} />
        </div>
        <TypedRowsEditor
          legend={t('ropa.block.recipients')}
          intro={t('ropa.form.recipientsIntro')}
          vocabulary={RECIPIENT_TYPES}
          items={draft.recipients}
          onChange={(recipients) => patch({ recipients })}
          typeLabel={t('ropa.recipients.type')}
          addLabel={t('ropa.form.addRecipient')}
          removeLabel={(i) => t('ropa.form.removeRecipient', { n: i + 1 })}
        />
        <TypedRowsEditor
          legend={t('ropa.block.security')}
          intro={t('ropa.form.securityIntro')}
          vocabulary={SECURITY_MEASURE_TYPES}
          items={draft.securityMeasures}
          onChange={(securityMeasures) => patch({ securityMeasures })}
          typeLabel={t('ropa.security.type')}
          addLabel={t('ropa.form.addMeasure')}
          removeLabel={(i) => t('ropa.form.removeMeasure', { n: i + 1 })}
        />
        <MultiSelect
          label={t('ropa.block.processors')}
          description={t('ropa.form.processorsHint')}
          data={(processors.data?.rows ?? []).map((p) => ({ value: p.id, label: `${p.name} (${p.reference})` }))}
          value={draft.processorIds}
          onChange={(processorIds) => patch({ processorIds })}
          searchable
          nothingFoundMessage={t('ropa.filters.noProcessor')}
          error={all.processorIds}
        />
        <ErrorAlert error={running.error} />
        {Object.keys(errors).length > 0 && (
          <p role="alert" className="wb-form-error">
            {t('processors.form.fixErrors', { count: Object.keys(errors).length })}
          </p>
        )}
        <Group>
          <Button type="submit" loading={running.isPending}>
            {id ? t('common.save') : t('ropa.form.create')}
          </Button>
          <Button variant="default" onClick={() => void navigate(id ? `/registre/${id}` : '/registre')}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
      {guard.modal}
    </form>
  );
}
