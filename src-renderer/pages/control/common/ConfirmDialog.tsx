/**
 * Asks before removing something (an audit, a piece of evidence). Same as components/ConfirmModal,
 * with the page scroll left unlocked: Mantine's scroll lock injects a <style> element, which the
 * CSP refuses.
 */
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useT } from '../../../i18n/I18nProvider';

interface Props {
  opened: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  loading?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog({ opened, title, body, confirmLabel, loading = false, onConfirm, onCancel }: Props) {
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
