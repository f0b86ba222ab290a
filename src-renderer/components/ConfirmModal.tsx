/** Asks before an action that cannot be undone from the UI (remove a user, restore a backup). */
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useT } from '../i18n/I18nProvider';

interface Props {
  opened: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  loading?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmModal({ opened, title, body, confirmLabel, loading = false, onConfirm, onCancel }: Props) {
  const t = useT();
  return (
    <Modal opened={opened} onClose={onCancel} title={title} centered lockScroll={false} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack>
        <Text size="sm">{body}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={loading}>
            {t('common.cancel')}
          </Button>
          <Button color="red.9" onClick={onConfirm} loading={loading}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
