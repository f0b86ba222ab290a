/**
 * Create an action (from a given finding, from a link naming its origin — a breach's planned
 * measures or a processor alert, Art. 33(3)(d) and 28 — or choosing its origin) or edit one. Moving the due date
 * later, or removing it, asks for the reason: the postponement is kept in the action's history.
 */
import { Select, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ACTION_PRIORITIES, ACTION_PRIORITY_LABELS, type ActionDetail, type ActionSourceInput, type ActionSourceType } from '../../../../src-main/shared/schemas/control';
import { useMutationMethod } from '../../../api/hooks';
import { useNotifySuccess } from '../../../components/notify';
import { useLang, useT } from '../../../i18n/I18nProvider';
import { formErrors } from '../common/field-errors';
import { FormModal } from '../common/FormModal';
import { pickKey, vocabularyOptions } from '../common/labels';
import { actionPath } from '../sections';
import { actionMissing, draftFromAction, emptyAction, isPostponed, toActionCreate, toActionUpdate, type ActionDraft } from './action-draft';
import type { NewActionPreset } from './action-source-url';
import { SourcePicker } from './SourcePicker';

/** `source` fixes the origin (hidden picker); `preset` only pre-selects it and pre-fills the text. */
export type ActionFormMode =
  | { kind: 'create'; source?: ActionSourceInput; sourceLabel?: string; preset?: NewActionPreset }
  | { kind: 'edit'; action: ActionDetail };

function initialDraft(mode: ActionFormMode): ActionDraft {
  if (mode.kind === 'edit') return draftFromAction(mode.action);
  return mode.preset ? { ...emptyAction(), title: mode.preset.title, description: mode.preset.description } : emptyAction();
}

const INVALIDATES = ['action.list', 'action.get', 'finding.list', 'finding.get', 'reminder.list', 'dashboard.get'] as const;

export function ActionFormModal({ mode, onClose }: { mode: ActionFormMode; onClose: () => void }) {
  const t = useT();
  const [lang] = useLang();
  const navigate = useNavigate();
  const notifySuccess = useNotifySuccess();
  const before = mode.kind === 'edit' ? mode.action : null;
  const fixedSource = mode.kind === 'create' ? (mode.source ?? null) : null;
  const initialSource = fixedSource ?? (mode.kind === 'create' ? (mode.preset?.source ?? null) : null);
  const [draft, setDraft] = useState<ActionDraft>(() => initialDraft(mode));
  const [sourceType, setSourceType] = useState<ActionSourceType>(initialSource?.type ?? 'finding');
  const [source, setSource] = useState<ActionSourceInput | null>(initialSource);
  const [tried, setTried] = useState(false);
  const patch = (p: Partial<ActionDraft>) => setDraft((d) => ({ ...d, ...p }));
  const create = useMutationMethod('action.create', {
    invalidates: INVALIDATES,
    inlineErrors: true,
    onSuccess: (created) => {
      notifySuccess(t('control.action.created', { reference: created.reference }));
      onClose();
      void navigate(actionPath(created.id));
    },
  });
  const update = useMutationMethod('action.update', {
    invalidates: INVALIDATES,
    inlineErrors: true,
    onSuccess: () => {
      notifySuccess(t('common.saved'));
      onClose();
    },
  });
  const mutation = before ? update : create;
  const missing = actionMissing(draft, before, source);
  const errors = formErrors(mutation.error, missing, tried, t);
  const postponed = before !== null && isPostponed(before.dueDate, draft.dueDate);

  const submit = () => {
    setTried(true);
    if (missing.length > 0) return;
    if (before) update.mutate(toActionUpdate(draft, before));
    else if (source) create.mutate(toActionCreate(draft, source));
  };

  return (
    <FormModal
      opened
      title={before ? t('control.action.editTitle', { reference: before.reference }) : t('control.action.newTitle')}
      submitLabel={t('common.save')}
      loading={mutation.isPending}
      error={mutation.error}
      onClose={onClose}
      onSubmit={submit}
    >
      {mode.kind === 'create' && mode.sourceLabel && <Text size="sm">{t('control.action.from', { source: mode.sourceLabel })}</Text>}
      {mode.kind === 'create' && !fixedSource && (
        <SourcePicker
          type={sourceType}
          value={source}
          error={errors['source.id'] ?? errors['source.alert']}
          onType={(type) => {
            setSourceType(type);
            setSource(null);
          }}
          onChange={setSource}
        />
      )}
      <TextInput label={t('control.action.title')} value={draft.title} onChange={(e) => patch({ title: e.currentTarget.value })} error={errors.title} required data-autofocus />
      <div className="form-grid">
        <TextInput label={t('control.action.owner')} value={draft.owner} onChange={(e) => patch({ owner: e.currentTarget.value })} error={errors.owner} required />
        <TextInput
          type="date"
          label={t('control.action.dueDate')}
          value={draft.dueDate ?? ''}
          onChange={(e) => patch({ dueDate: e.currentTarget.value === '' ? null : e.currentTarget.value })}
          error={errors.dueDate}
        />
        <Select
          label={t('control.action.priority')}
          description={before ? undefined : t('control.action.priorityHint')}
          placeholder={t('control.action.priorityDefault')}
          value={draft.priority}
          onChange={(v) => patch({ priority: pickKey(ACTION_PRIORITIES, v) })}
          data={vocabularyOptions(ACTION_PRIORITIES, ACTION_PRIORITY_LABELS, lang)}
          clearable={!before}
          allowDeselect={!before}
          error={errors.priority}
        />
      </div>
      {postponed && (
        <Textarea
          label={t('control.action.reason')}
          description={t('control.action.reasonHint')}
          value={draft.reason}
          onChange={(e) => patch({ reason: e.currentTarget.value })}
          autosize
          minRows={2}
          error={errors.reason}
          required
        />
      )}
      <Textarea label={t('control.action.description')} value={draft.description} onChange={(e) => patch({ description: e.currentTarget.value })} autosize minRows={3} error={errors.description} />
    </FormModal>
  );
}
