/** Create or edit a permanent control: what is checked, how often, by whom, and its checkpoints. */
import { Select, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { CONTROL_FREQUENCIES, CONTROL_FREQUENCY_LABELS, type Check } from '../../../../src-main/shared/schemas/control';
import { useMutationMethod } from '../../../api/hooks';
import { useNotifySuccess } from '../../../components/notify';
import { useLang, useT } from '../../../i18n/I18nProvider';
import { formErrors } from '../common/field-errors';
import { FormModal } from '../common/FormModal';
import { pickKey, vocabularyOptions } from '../common/labels';
import { checkMissing, draftFromCheck, emptyCheck, toCheckCreate, toCheckUpdate, type CheckDraft } from './check-draft';

const INVALIDATES = ['check.list', 'check.get', 'reminder.list'] as const;

export function CheckFormModal({ check, onClose }: { check: Check | null; onClose: () => void }) {
  const t = useT();
  const [lang] = useLang();
  const notifySuccess = useNotifySuccess();
  const [draft, setDraft] = useState<CheckDraft>(() => (check ? draftFromCheck(check) : emptyCheck()));
  const [tried, setTried] = useState(false);
  const patch = (p: Partial<CheckDraft>) => setDraft((d) => ({ ...d, ...p }));
  const saved = () => {
    notifySuccess(t('control.check.saved', { title: draft.title.trim() }));
    onClose();
  };
  const create = useMutationMethod('check.create', { invalidates: INVALIDATES, inlineErrors: true, onSuccess: saved });
  const update = useMutationMethod('check.update', { invalidates: INVALIDATES, inlineErrors: true, onSuccess: saved });
  const mutation = check ? update : create;
  const missing = checkMissing(draft);
  const errors = formErrors(mutation.error, missing, tried, t);

  const submit = () => {
    setTried(true);
    if (missing.length > 0) return;
    if (check) update.mutate(toCheckUpdate(draft, check.id));
    else create.mutate(toCheckCreate(draft));
  };

  return (
    <FormModal
      opened
      title={check ? t('control.check.editTitle') : t('control.check.newTitle')}
      submitLabel={t('common.save')}
      loading={mutation.isPending}
      error={mutation.error}
      onClose={onClose}
      onSubmit={submit}
    >
      <TextInput label={t('control.check.title')} value={draft.title} onChange={(e) => patch({ title: e.currentTarget.value })} error={errors.title} required data-autofocus />
      <div className="form-grid">
        <Select
          label={t('control.check.frequency')}
          value={draft.frequency}
          onChange={(v) => patch({ frequency: pickKey(CONTROL_FREQUENCIES, v) ?? draft.frequency })}
          data={vocabularyOptions(CONTROL_FREQUENCIES, CONTROL_FREQUENCY_LABELS, lang)}
          allowDeselect={false}
          error={errors.frequency}
        />
        <TextInput label={t('control.check.owner')} value={draft.owner} onChange={(e) => patch({ owner: e.currentTarget.value })} error={errors.owner} required />
        {!check && (
          <TextInput
            type="date"
            label={t('control.check.lastDone')}
            description={t('control.check.lastDoneHint')}
            value={draft.lastDone ?? ''}
            onChange={(e) => patch({ lastDone: e.currentTarget.value === '' ? null : e.currentTarget.value })}
            error={errors.lastDone}
          />
        )}
      </div>
      <Textarea
        label={t('control.check.checklist')}
        description={t('control.check.checklistHint')}
        value={draft.checklist}
        onChange={(e) => patch({ checklist: e.currentTarget.value })}
        autosize
        minRows={3}
        error={errors.checklist ?? Object.entries(errors).find(([k]) => k.startsWith('checklist.'))?.[1]}
      />
      <Textarea label={t('control.check.description')} value={draft.description} onChange={(e) => patch({ description: e.currentTarget.value })} autosize minRows={2} error={errors.description} />
    </FormModal>
  );
}
