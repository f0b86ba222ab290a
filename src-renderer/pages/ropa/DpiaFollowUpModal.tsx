/** Follow-up of the DPIA (Art. 35): planned, in progress, done, next review (Art. 35(11)), where the document is. */
import { Button, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { DPIA_STATUS_LABELS, DPIA_STATUSES, DpiaFollowUp } from '../../../src-main/shared/schemas/processing';
import { useMutationMethod } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { apiFieldErrors, withoutPrefix, zodFieldErrors, type FieldErrors } from '../../components/form-errors';
import { useNotifySuccess } from '../../components/notify';
import { useLang, useT } from '../../i18n/I18nProvider';
import { ModalFrame } from '../processors/common/ModalFrame';
import { DateField } from '../processors/common/DateField';
import { pick, recordOptions } from '../processors/common/vocabulary';

interface Props {
  processingId: string;
  value: DpiaFollowUp;
  opened: boolean;
  onClose: () => void;
}

export function DpiaFollowUpModal({ processingId, value, opened, onClose }: Props) {
  const t = useT();
  const [lang] = useLang();
  const notifySuccess = useNotifySuccess();
  const [draft, setDraft] = useState<DpiaFollowUp>(value);
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useMutationMethod('processing.updateDpia', {
    inlineErrors: true,
    invalidates: ['processing.get', 'processing.list'],
    onSuccess: () => {
      notifySuccess(t('common.saved'));
      onClose();
    },
  });
  useEffect(() => {
    if (!opened) return;
    setDraft(value);
    setErrors({});
    save.reset();
    // Start from the stored follow-up each time the dialog opens.
  }, [opened, value]);

  const patch = (p: Partial<DpiaFollowUp>) => setDraft((d) => ({ ...d, ...p }));
  const all: FieldErrors = { ...withoutPrefix(apiFieldErrors(save.error), 'dpia.'), ...errors };

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = DpiaFollowUp.safeParse(draft);
    setErrors(parsed.success ? {} : zodFieldErrors(parsed.error));
    if (parsed.success) save.mutate({ id: processingId, dpia: draft });
  }

  return (
    <ModalFrame opened={opened} onClose={onClose} title={t('ropa.dpia.followUpTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <div className="form-grid">
            <Select
              label={t('ropa.dpia.status')}
              value={draft.status}
              onChange={(v) => {
                const status = pick(DPIA_STATUSES, v);
                if (status) patch({ status });
              }}
              data={recordOptions(DPIA_STATUSES, DPIA_STATUS_LABELS, lang)}
              allowDeselect={false}
            />
            <DateField label={t('ropa.dpia.plannedFor')} value={draft.plannedFor} onChange={(plannedFor) => patch({ plannedFor })} error={all.plannedFor} required={draft.status === 'planned'} />
            <DateField label={t('ropa.dpia.doneOn')} value={draft.doneOn} onChange={(doneOn) => patch({ doneOn })} error={all.doneOn} required={draft.status === 'done'} />
            <DateField label={t('ropa.dpia.nextReview')} description={t('ropa.dpia.nextReviewHint')} value={draft.nextReview} onChange={(nextReview) => patch({ nextReview })} error={all.nextReview} />
            <TextInput
              className="span-2"
              label={t('ropa.dpia.documentLink')}
              description={t('ropa.dpia.documentLinkHint')}
              value={draft.documentLink}
              onChange={(e) => patch({ documentLink: e.currentTarget.value })}
              error={all.documentLink}
              maxLength={1000}
            />
          </div>
          <Textarea label={t('ropa.dpia.notes')} value={draft.notes} onChange={(e) => patch({ notes: e.currentTarget.value })} autosize minRows={2} maxLength={5000} />
          <ErrorAlert error={save.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ModalFrame>
  );
}
