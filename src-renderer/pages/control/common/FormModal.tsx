/**
 * A modal holding one form: Enter submits, Esc closes, the service's error (sentence and field
 * issues) is shown above the buttons.
 */
import { Button, Group, Modal, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useT } from '../../../i18n/I18nProvider';

interface Props {
  opened: boolean;
  title: string;
  submitLabel: string;
  loading: boolean;
  error: unknown;
  onClose: () => void;
  onSubmit: () => void;
  size?: string;
  children: ReactNode;
}

export function FormModal({ opened, title, submitLabel, loading, error, onClose, onSubmit, size = 'lg', children }: Props) {
  const t = useT();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!loading) onSubmit();
  };
  return (
    <Modal opened={opened} onClose={onClose} title={title} size={size} lockScroll={false} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {children}
          {error ? <ErrorAlert error={error} /> : null}
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
    </Modal>
  );
}
