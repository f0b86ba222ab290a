/** Asks before an action that cannot be undone from the UI (delete a contract, a fiche…), in a CSP-safe modal. */
import { Button, Group, Stack, Text } from '@mantine/core';
import { useT } from '../../../i18n/I18nProvider';
import { ModalFrame } from './ModalFrame';

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
    <ModalFrame opened={opened} onClose={onCancel} title={title} centered>
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
    </ModalFrame>
  );
}
