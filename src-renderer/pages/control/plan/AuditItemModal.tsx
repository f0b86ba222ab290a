/** Add an audit to the plan, or edit one (including its status, completion day and conclusion). */
import { Select, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { AUDIT_ITEM_STATUS_LABELS, AUDIT_ITEM_STATUSES, type AuditItem, type AuditPlanDetail, type CoverageOutput } from '../../../../src-main/shared/schemas/control';
import { useMutationMethod } from '../../../api/hooks';
import { useNotifySuccess } from '../../../components/notify';
import { useLang, useT } from '../../../i18n/I18nProvider';
import { formErrors } from '../common/field-errors';
import { FormModal } from '../common/FormModal';
import { pickKey, vocabularyOptions } from '../common/labels';
import { draftFromItem, emptyAuditItem, missingFields, toItemAdd, toItemUpdate, type AuditItemDraft } from './audit-item-draft';
import { planYears } from './plan-view';
import { TargetFields } from './TargetFields';

interface Props {
  plan: AuditPlanDetail;
  /** The audit to edit; a new audit otherwise. */
  item: AuditItem | null;
  coverage: CoverageOutput | undefined;
  defaultYear: number;
  onClose: () => void;
}

const INVALIDATES = ['control.planList', 'control.planGet', 'control.coverage', 'dashboard.get'] as const;
const QUARTERS = ['', '1', '2', '3', '4'] as const;

export function AuditItemModal({ plan, item, coverage, defaultYear, onClose }: Props) {
  const t = useT();
  const [lang] = useLang();
  const notifySuccess = useNotifySuccess();
  const [draft, setDraft] = useState<AuditItemDraft>(() => (item ? draftFromItem(item) : emptyAuditItem(defaultYear)));
  const [tried, setTried] = useState(false);
  const patch = (p: Partial<AuditItemDraft>) => setDraft((d) => ({ ...d, ...p }));
  const saved = () => {
    notifySuccess(t('control.item.saved', { title: draft.title.trim() }));
    onClose();
  };
  const add = useMutationMethod('control.itemAdd', { invalidates: INVALIDATES, inlineErrors: true, onSuccess: saved });
  const update = useMutationMethod('control.itemUpdate', { invalidates: INVALIDATES, inlineErrors: true, onSuccess: saved });
  const mutation = item ? update : add;
  const missing = missingFields(draft);
  const errors = formErrors(mutation.error, missing, tried, t);

  const submit = () => {
    setTried(true);
    if (missing.length > 0) return;
    if (item) update.mutate(toItemUpdate(draft, item.id));
    else add.mutate(toItemAdd(draft, plan.id));
  };

  return (
    <FormModal
      opened
      title={item ? t('control.item.editTitle') : t('control.item.newTitle')}
      submitLabel={t('common.save')}
      loading={mutation.isPending}
      error={mutation.error}
      onClose={onClose}
      onSubmit={submit}
    >
      <TextInput label={t('control.item.title')} value={draft.title} onChange={(e) => patch({ title: e.currentTarget.value })} error={errors.title} required data-autofocus />
      <TargetFields draft={draft} coverage={coverage} errors={errors} onChange={patch} />
      <div className="form-grid">
        <Select
          label={t('control.item.year')}
          value={String(draft.year)}
          onChange={(v) => patch({ year: Number(v ?? draft.year) })}
          data={planYears(plan).map((y) => String(y))}
          allowDeselect={false}
          error={errors.year}
        />
        <Select
          label={t('control.item.quarter')}
          value={draft.quarter}
          onChange={(v) => patch({ quarter: (v ?? '') as AuditItemDraft['quarter'] })}
          data={QUARTERS.map((q) => ({ value: q, label: q === '' ? t('control.item.noQuarter') : t('control.quarterN', { n: q }) }))}
          allowDeselect={false}
          error={errors.quarter}
        />
        <TextInput label={t('control.item.auditor')} value={draft.auditor} onChange={(e) => patch({ auditor: e.currentTarget.value })} error={errors.auditor} required />
        <Select
          label={t('control.item.status')}
          value={draft.status}
          onChange={(v) => patch({ status: pickKey(AUDIT_ITEM_STATUSES, v) ?? draft.status })}
          data={vocabularyOptions(AUDIT_ITEM_STATUSES, AUDIT_ITEM_STATUS_LABELS, lang)}
          allowDeselect={false}
          error={errors.status}
        />
        {draft.status === 'done' && (
          <TextInput
            type="date"
            label={t('control.item.completedOn')}
            description={t('control.item.completedOnHint')}
            value={draft.completedOn ?? ''}
            onChange={(e) => patch({ completedOn: e.currentTarget.value === '' ? null : e.currentTarget.value })}
            error={errors.completedOn}
          />
        )}
      </div>
      <Textarea label={t('control.item.conclusion')} value={draft.conclusion} onChange={(e) => patch({ conclusion: e.currentTarget.value })} autosize minRows={2} error={errors.conclusion} />
    </FormModal>
  );
}
