/**
 * Record one execution of a permanent control: the day, compliant or not, a comment (required when
 * not compliant), who did it; a non-compliant result may open a finding at once.
 */
import { Checkbox, List, SegmentedControl, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { CHECK_RESULT_LABELS, CHECK_RESULTS, FINDING_SEVERITIES, FINDING_SEVERITY_LABELS, type Check } from '../../../../src-main/shared/schemas/control';
import type { FindingSeverity } from '../../../../src-main/core/audit-plan';
import { useMutationMethod } from '../../../api/hooks';
import { useNotifySuccess } from '../../../components/notify';
import { useLang, useT } from '../../../i18n/I18nProvider';
import { formErrors } from '../common/field-errors';
import { FormModal } from '../common/FormModal';
import { pickKey, vocabularyOptions } from '../common/labels';

interface Props {
  check: Check;
  today: string;
  onClose: () => void;
}

const INVALIDATES = ['check.list', 'check.get', 'finding.list', 'reminder.list', 'dashboard.get'] as const;

export function RecordExecutionModal({ check, today, onClose }: Props) {
  const t = useT();
  const [lang] = useLang();
  const notifySuccess = useNotifySuccess();
  const [performedOn, setPerformedOn] = useState(today);
  const [result, setResult] = useState<'ok' | 'ko'>('ok');
  const [comment, setComment] = useState('');
  const [performedBy, setPerformedBy] = useState('');
  const [openFinding, setOpenFinding] = useState(true);
  const [findingTitle, setFindingTitle] = useState('');
  const [severity, setSeverity] = useState<FindingSeverity>('medium');
  const [tried, setTried] = useState(false);
  const record = useMutationMethod('check.record', {
    invalidates: INVALIDATES,
    inlineErrors: true,
    onSuccess: (out) => {
      notifySuccess(out.finding ? t('control.record.savedWithFinding', { reference: out.finding.reference }) : t('control.record.saved'));
      onClose();
    },
  });
  const withFinding = result === 'ko' && openFinding;
  const missing = [
    result === 'ko' && comment.trim() === '' ? 'comment' : null,
    withFinding && findingTitle.trim() === '' ? 'finding.title' : null,
  ].filter((p): p is string => p !== null);
  const errors = formErrors(record.error, missing, tried, t);

  const submit = () => {
    setTried(true);
    if (missing.length > 0) return;
    record.mutate({
      checkId: check.id,
      performedOn,
      result,
      comment: comment.trim(),
      performedBy: performedBy.trim(),
      ...(withFinding ? { finding: { title: findingTitle.trim(), severity, description: comment.trim() } } : {}),
    });
  };

  return (
    <FormModal opened title={t('control.record.title', { title: check.title })} submitLabel={t('control.record.submit')} loading={record.isPending} error={record.error} onClose={onClose} onSubmit={submit}>
      {check.checklist.length > 0 && (
        <div>
          <Text size="sm" fw={500}>
            {t('control.check.checklist')}
          </Text>
          <List size="sm">
            {check.checklist.map((point) => (
              <List.Item key={point}>{point}</List.Item>
            ))}
          </List>
        </div>
      )}
      <div className="form-grid">
        <TextInput type="date" label={t('control.record.performedOn')} value={performedOn} onChange={(e) => setPerformedOn(e.currentTarget.value)} error={errors.performedOn} required data-autofocus />
        <TextInput label={t('control.record.performedBy')} description={t('control.record.performedByHint')} value={performedBy} onChange={(e) => setPerformedBy(e.currentTarget.value)} error={errors.performedBy} />
      </div>
      <Stack gap={4}>
        <Text size="sm" fw={500} id="record-result">
          {t('control.record.result')}
        </Text>
        <SegmentedControl
          aria-labelledby="record-result"
          value={result}
          onChange={(v) => setResult(pickKey(CHECK_RESULTS, v) ?? 'ok')}
          data={vocabularyOptions(CHECK_RESULTS, CHECK_RESULT_LABELS, lang)}
          color={result === 'ko' ? 'red.9' : 'teal.9'}
        />
      </Stack>
      <Textarea
        label={t('control.record.comment')}
        description={result === 'ko' ? t('control.record.commentKoHint') : undefined}
        value={comment}
        onChange={(e) => setComment(e.currentTarget.value)}
        autosize
        minRows={2}
        error={errors.comment}
        required={result === 'ko'}
      />
      {result === 'ko' && (
        <Stack gap="xs" className="ctl-section">
          <Checkbox label={t('control.record.openFinding')} checked={openFinding} onChange={(e) => setOpenFinding(e.currentTarget.checked)} />
          {openFinding && (
            <div className="form-grid">
              <TextInput label={t('control.finding.title')} value={findingTitle} onChange={(e) => setFindingTitle(e.currentTarget.value)} error={errors['finding.title']} required />
              <Select
                label={t('control.finding.severity')}
                value={severity}
                onChange={(v) => setSeverity(pickKey(FINDING_SEVERITIES, v) ?? severity)}
                data={vocabularyOptions(FINDING_SEVERITIES, FINDING_SEVERITY_LABELS, lang)}
                allowDeselect={false}
              />
            </div>
          )}
        </Stack>
      )}
    </FormModal>
  );
}
