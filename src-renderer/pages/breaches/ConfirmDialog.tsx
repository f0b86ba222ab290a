/** Asks before a step that cannot be undone from the UI (closing a breach); CSP-safe (PlainModal). */
import { Button, Group, Stack, Text } from '@mantine/core';
import { useT } from '../../i18n/I18nProvider';
import { PlainModal } from './PlainModal';

interface Props {
  opened: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  loading: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog({ opened, title, body, confirmLabel, loading, onConfirm, onCancel }: Props) {
  const t = useT();
  return (
    <PlainModal opened={opened} onClose={onCancel} title={title}>
      <Stack>
        <Text size="sm">{body}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={loading}>
            {t('common.cancel')}
          </Button>
          <Button onClick={onConfirm} loading={loading} data-autofocus>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </PlainModal>
  );
}
