/**
 * The recovery kit, shown once right after creation. The user cannot continue without ticking
 * "J'ai conservé mon kit": once this screen is left, the kit is gone from the application.
 */
import { Alert, Button, Checkbox, Code, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { RecoveryKit } from '../../../src-main/shared/schemas/vault';
import { downloadFile } from '../../api/download-file';
import { useMutationMethod } from '../../api/hooks';
import { useNotifySuccess } from '../../components/notify';
import { formatDateTime } from '../../format/date-time';
import { useLang, useT } from '../../i18n/I18nProvider';
import { AuthLayout } from '../AuthLayout';

export function RecoveryKitScreen({ kit, onDone }: { kit: RecoveryKit; onDone: () => void }) {
  const t = useT();
  const notifySuccess = useNotifySuccess();
  const [lang] = useLang();
  const [kept, setKept] = useState(false);
  const pdf = useMutationMethod('vault.recoveryKitPdf', {
    onSuccess: (file) => {
      downloadFile(file);
      notifySuccess(t('kit.downloaded', { filename: file.filename }));
    },
  });

  return (
    <AuthLayout title={t('kit.title')} wide>
      <Alert color="yellow.9" variant="outline">
        {t('kit.intro')}
      </Alert>
      <Stack gap={4}>
        <Text size="sm" fw={600} id="kit-label">
          {t('kit.label')}
        </Text>
        <Code block className="recovery-kit" aria-labelledby="kit-label" data-testid="recovery-kit">
          {kit.kit}
        </Code>
        <Text size="xs" c="dimmed">
          {t('kit.meta', { keyId: kit.keyId, date: formatDateTime(kit.createdAt, lang) })}
        </Text>
      </Stack>
      <Group>
        <Button variant="default" onClick={() => pdf.mutate({ kit: kit.kit })} loading={pdf.isPending}>
          {t('kit.download')}
        </Button>
      </Group>
      <Checkbox
        label={t('kit.confirm')}
        description={t('kit.confirmHint')}
        checked={kept}
        onChange={(e) => setKept(e.currentTarget.checked)}
      />
      <div>
        <Button onClick={onDone} disabled={!kept}>
          {t('kit.continue')}
        </Button>
      </div>
    </AuthLayout>
  );
}
