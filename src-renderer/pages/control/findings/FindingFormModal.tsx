/**
 * Record a finding made during an audit of the plan or when a permanent control failed, or edit
 * one (title, description, severity). The severity sets the default priority of its actions.
 */
import { Select, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Input } from '../../../../src-main/shared/contract';
import { FINDING_SEVERITIES, FINDING_SEVERITY_LABELS, type Finding, type FindingDetail } from '../../../../src-main/shared/schemas/control';
import type { FindingSeverity } from '../../../../src-main/core/audit-plan';
import { useMutationMethod } from '../../../api/hooks';
import { useNotifySuccess } from '../../../components/notify';
import { useLang, useT } from '../../../i18n/I18nProvider';
import { parisToday } from '../common/calendar-day';
import { formErrors } from '../common/field-errors';
import { FormModal } from '../common/FormModal';
import { pickKey, vocabularyOptions } from '../common/labels';
import { findingPath } from '../sections';

type Props =
  | { source: Input<'finding.create'>['source']; sourceLabel: string; finding?: undefined; onClose: () => void }
  | { finding: Finding; source?: undefined; sourceLabel?: undefined; onClose: () => void };

const INVALIDATES = ['finding.list', 'finding.get', 'control.planGet', 'check.get', 'check.list', 'dashboard.get'] as const;

export function FindingFormModal({ source, sourceLabel, finding, onClose }: Props) {
  const t = useT();
  const [lang] = useLang();
  const navigate = useNavigate();
  const notifySuccess = useNotifySuccess();
  const [title, setTitle] = useState(finding?.title ?? '');
  const [description, setDescription] = useState(finding?.description ?? '');
  const [severity, setSeverity] = useState<FindingSeverity>(finding?.severity ?? 'medium');
  const [observedOn, setObservedOn] = useState(parisToday());
  const [tried, setTried] = useState(false);
  const create = useMutationMethod('finding.create', {
    invalidates: INVALIDATES,
    inlineErrors: true,
    onSuccess: (created: FindingDetail) => {
      notifySuccess(t('control.finding.created', { reference: created.reference }));
      onClose();
      void navigate(findingPath(created.id));
    },
  });
  const update = useMutationMethod('finding.update', {
    invalidates: INVALIDATES,
    inlineErrors: true,
    onSuccess: () => {
      notifySuccess(t('common.saved'));
      onClose();
    },
  });
  const mutation = finding ? update : create;
  const missing = title.trim() === '' ? ['title'] : [];
  const errors = formErrors(mutation.error, missing, tried, t);

  const submit = () => {
    setTried(true);
    if (missing.length > 0) return;
    const fields = { title: title.trim(), description: description.trim(), severity };
    if (finding) update.mutate({ id: finding.id, ...fields });
    else if (source) create.mutate({ ...fields, observedOn, source });
  };

  return (
    <FormModal
      opened
      title={finding ? t('control.finding.editTitle', { reference: finding.reference }) : t('control.finding.newTitle')}
      submitLabel={t('common.save')}
      loading={mutation.isPending}
      error={mutation.error}
      onClose={onClose}
      onSubmit={submit}
    >
      {sourceLabel && <Text size="sm">{t('control.finding.from', { source: sourceLabel })}</Text>}
      <TextInput label={t('control.finding.title')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={errors.title} required data-autofocus />
      <div className="form-grid">
        <Select
          label={t('control.finding.severity')}
          value={severity}
          onChange={(v) => setSeverity(pickKey(FINDING_SEVERITIES, v) ?? severity)}
          data={vocabularyOptions(FINDING_SEVERITIES, FINDING_SEVERITY_LABELS, lang)}
          allowDeselect={false}
          error={errors.severity}
        />
        {!finding && (
          <TextInput type="date" label={t('control.finding.observedOn')} value={observedOn} onChange={(e) => setObservedOn(e.currentTarget.value)} error={errors.observedOn} required />
        )}
      </div>
      <Textarea label={t('control.finding.description')} value={description} onChange={(e) => setDescription(e.currentTarget.value)} autosize minRows={3} error={errors.description} />
    </FormModal>
  );
}
