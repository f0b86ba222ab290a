/** A modal asking for one reason (dismissal, reopening): Enter in the field's form submits, Esc closes. */
import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { apiFieldErrors } from '../../components/form-errors';
import { useT } from '../../i18n/I18nProvider';
import { PlainModal } from './PlainModal';

interface Props {
  opened: boolean;
  title: string;
  intro: string;
  label: string;
  submitLabel: string;
  loading: boolean;
  error: unknown;
  onSubmit: (reason: string) => void;
  onClose: () => void;
}

export function ReasonModal({ opened, title, intro, label, submitLabel, loading, error, onSubmit, onClose }: Props) {
  const t = useT();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    if (opened) {
      setReason('');
      setMissing(false);
    }
  }, [opened]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (reason.trim() === '') {
      setMissing(true);
      return;
    }
    onSubmit(reason.trim());
  }

  return (
    <PlainModal opened={opened} onClose={onClose} title={title} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{intro}</Text>
          <Textarea
            label={label}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={missing ? t('common.required') : apiFieldErrors(error).reason}
            required
            autosize
            minRows={3}
            data-autofocus
          />
          {error !== null && error !== undefined && <ErrorAlert error={error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={loading}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </PlainModal>
  );
}
