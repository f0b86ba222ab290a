/** Adds or edits a contract's dates and terms (the Art. 28 answers are edited in the grid). Enter saves, Esc closes. */
import { Button, Checkbox, Group, NumberInput, Stack, Textarea, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { ContractInput, type ContractView } from '../../../src-main/shared/schemas/processor';
import { ModalFrame } from './common/ModalFrame';
import { useMutationMethod } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { apiFieldErrors, withoutPrefix, zodFieldErrors, type FieldErrors } from '../../components/form-errors';
import { useNotifySuccess } from '../../components/notify';
import { useT } from '../../i18n/I18nProvider';
import { DateField } from './common/DateField';
import { contractToDraft, draftToContractInput, EMPTY_CONTRACT, type ContractDraft } from './contract-draft';

interface Props {
  processorId: string;
  /** The contract edited; null adds a new one. */
  contract: ContractView | null;
  opened: boolean;
  onClose: () => void;
}

export function ContractFormModal({ processorId, contract, opened, onClose }: Props) {
  const t = useT();
  const notifySuccess = useNotifySuccess();
  const [draft, setDraft] = useState<ContractDraft>(EMPTY_CONTRACT);
  const [errors, setErrors] = useState<FieldErrors>({});
  const done = () => {
    notifySuccess(t('common.saved'));
    onClose();
  };
  const add = useMutationMethod('processor.addContract', { inlineErrors: true, invalidates: ['processor.get', 'processor.list', 'processor.alerts'], onSuccess: done });
  const update = useMutationMethod('processor.updateContract', { inlineErrors: true, invalidates: ['processor.get', 'processor.list', 'processor.alerts'], onSuccess: done });
  const running = contract ? update : add;

  useEffect(() => {
    if (!opened) return;
    setDraft(contract ? contractToDraft(contract) : EMPTY_CONTRACT);
    setErrors({});
    add.reset();
    update.reset();
    // Reset only when the dialog opens on a contract (not on every re-read of the processor).
  }, [opened, contract?.id]);

  const patch = (p: Partial<ContractDraft>) => setDraft((d) => ({ ...d, ...p }));
  const all: FieldErrors = { ...withoutPrefix(apiFieldErrors(running.error), 'contract.'), ...errors };

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = draftToContractInput(draft, contract?.checklist ?? {});
    const parsed = ContractInput.safeParse(input);
    setErrors(parsed.success ? {} : zodFieldErrors(parsed.error));
    if (!parsed.success) return;
    if (contract) update.mutate({ id: contract.id, contract: input });
    else add.mutate({ processorId, contract: input });
  }

  return (
    <ModalFrame
      opened={opened}
      onClose={onClose}
      title={contract ? t('processors.contract.editTitle') : t('processors.contract.addTitle')}
      size="lg"
     
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput label={t('processors.contract.title')} value={draft.title} onChange={(e) => patch({ title: e.currentTarget.value })} error={all.title} required data-autofocus />
          <div className="form-grid">
            <DateField label={t('processors.contract.signedOn')} value={draft.signedOn} onChange={(signedOn) => patch({ signedOn })} error={all.signedOn} />
            <NumberInput
              label={t('processors.contract.durationMonths')}
              description={t('processors.contract.durationHint')}
              value={draft.durationMonths}
              onChange={(v) => patch({ durationMonths: typeof v === 'number' ? v : '' })}
              min={1}
              max={1200}
              allowDecimal={false}
              error={all.durationMonths}
            />
            <DateField
              label={t('processors.contract.reviewDate')}
              description={t('processors.contract.reviewHint')}
              value={draft.reviewDate}
              onChange={(reviewDate) => patch({ reviewDate })}
              error={all.reviewDate}
            />
            <Checkbox label={t('processors.contract.tacitRenewal')} checked={draft.tacitRenewal} onChange={(e) => patch({ tacitRenewal: e.currentTarget.checked })} mt={28} />
          </div>
          <Textarea label={t('processors.contract.notes')} value={draft.notes} onChange={(e) => patch({ notes: e.currentTarget.value })} autosize minRows={2} error={all.notes} />
          <ErrorAlert error={running.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={running.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ModalFrame>
  );
}
