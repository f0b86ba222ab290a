/** Create or edit a multi-year audit plan: title, first year, 3 to 5 years (the audit cycle), notes. */
import { NumberInput, Select, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { AuditPlanDetail, AuditPlanSummary } from '../../../../src-main/shared/schemas/control';
import { useMutationMethod } from '../../../api/hooks';
import { useNotifySuccess } from '../../../components/notify';
import { useT } from '../../../i18n/I18nProvider';
import { formErrors } from '../common/field-errors';
import { FormModal } from '../common/FormModal';

interface Props {
  opened: boolean;
  /** The plan to edit; a new plan otherwise. */
  plan: AuditPlanSummary | null;
  defaultStartYear: number;
  onClose: () => void;
  onSaved: (plan: AuditPlanDetail) => void;
}

const INVALIDATES = ['control.planList', 'control.planGet', 'control.coverage', 'dashboard.get'] as const;

export function PlanFormModal({ opened, plan, defaultStartYear, onClose, onSaved }: Props) {
  const t = useT();
  const notifySuccess = useNotifySuccess();
  const [title, setTitle] = useState(plan?.title ?? '');
  const [startYear, setStartYear] = useState<number>(plan?.startYear ?? defaultStartYear);
  const [years, setYears] = useState<string>(String(plan?.years ?? 3));
  const [notes, setNotes] = useState(plan?.notes ?? '');
  const [tried, setTried] = useState(false);
  const done = (saved: AuditPlanDetail) => {
    notifySuccess(t('control.plan.saved', { title: saved.title }));
    onSaved(saved);
  };
  const create = useMutationMethod('control.planCreate', { invalidates: INVALIDATES, inlineErrors: true, onSuccess: done });
  const update = useMutationMethod('control.planUpdate', { invalidates: INVALIDATES, inlineErrors: true, onSuccess: done });
  const mutation = plan ? update : create;
  const missing = title.trim() === '' ? ['title'] : [];
  const errors = formErrors(mutation.error, missing, tried, t);

  const submit = () => {
    setTried(true);
    if (missing.length > 0) return;
    const fields = { title: title.trim(), startYear, years: Number(years), notes: notes.trim() };
    if (plan) update.mutate({ id: plan.id, ...fields });
    else create.mutate(fields);
  };

  return (
    <FormModal
      opened={opened}
      title={plan ? t('control.plan.editTitle') : t('control.plan.newTitle')}
      submitLabel={t('common.save')}
      loading={mutation.isPending}
      error={mutation.error}
      onClose={onClose}
      onSubmit={submit}
    >
      <TextInput label={t('control.plan.title')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={errors.title} required data-autofocus />
      <div className="form-grid">
        <NumberInput
          label={t('control.plan.startYear')}
          value={startYear}
          onChange={(v) => setStartYear(typeof v === 'number' ? v : Number(v) || defaultStartYear)}
          min={2000}
          max={2100}
          allowDecimal={false}
          error={errors.startYear}
          required
        />
        <Select
          label={t('control.plan.years')}
          description={t('control.plan.yearsHint')}
          value={years}
          onChange={(v) => setYears(v ?? '3')}
          data={['3', '4', '5'].map((n) => ({ value: n, label: t('control.plan.yearsN', { n }) }))}
          allowDeselect={false}
          error={errors.years}
        />
      </div>
      <Textarea label={t('control.plan.notes')} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} autosize minRows={2} error={errors.notes} />
    </FormModal>
  );
}
