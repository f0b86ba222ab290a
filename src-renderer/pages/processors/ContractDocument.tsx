/**
 * The signed contract kept encrypted in the vault (Art. 28(9): the contract is in writing): its name,
 * size and fingerprint, download, replace or remove. PDF or DOCX, 20 MB at most (checked here first,
 * then by content in the service).
 */
import { Button, FileButton, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { MAX_DOCUMENT_BYTES, type ContractView } from '../../../src-main/shared/schemas/processor';
import { downloadFile } from '../../api/download-file';
import { useMutationMethod } from '../../api/hooks';
import { ConfirmModal } from '../../components/ConfirmModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { HashText } from '../../components/HashText';
import { useNotifySuccess } from '../../components/notify';
import { formatBytes } from '../../format/bytes';
import { formatDateTime } from '../../format/date-time';
import { useLang, useT } from '../../i18n/I18nProvider';
import { fileToBase64, megabytes, tooLarge } from './common/file-base64';

const INVALIDATES = ['processor.get', 'processor.list'] as const;

export function ContractDocument({ contract, canWrite }: { contract: ContractView; canWrite: boolean }) {
  const t = useT();
  const [lang] = useLang();
  const notifySuccess = useNotifySuccess();
  const [localError, setLocalError] = useState<string | null>(null);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const attach = useMutationMethod('processor.attachDocument', {
    inlineErrors: true,
    invalidates: INVALIDATES,
    onSuccess: (c) => notifySuccess(t('processors.document.attached', { file: c.document?.filename ?? '' })),
  });
  const download = useMutationMethod('processor.downloadDocument', { onSuccess: (file) => downloadFile(file) });
  const remove = useMutationMethod('processor.removeDocument', {
    invalidates: INVALIDATES,
    onSuccess: () => {
      setConfirmRemove(false);
      notifySuccess(t('processors.document.removed'));
    },
  });
  const doc = contract.document;

  async function choose(file: File | null) {
    setLocalError(null);
    attach.reset();
    if (!file) return;
    if (tooLarge(file, MAX_DOCUMENT_BYTES)) {
      setLocalError(t('processors.document.tooLarge', { size: megabytes(file.size) }));
      return;
    }
    attach.mutate({ contractId: contract.id, filename: file.name, base64: await fileToBase64(file) });
  }

  return (
    <div>
      {doc ? (
        <Text size="sm">
          {t('processors.document.current', { file: doc.filename, size: formatBytes(doc.size, lang), date: formatDateTime(doc.uploadedAt, lang), user: doc.uploadedBy })}
        </Text>
      ) : (
        <Text size="sm">{t('processors.document.none')}</Text>
      )}
      {doc && (
        <Text size="xs" c="dimmed">
          {t('processors.document.sha256')} <HashText value={doc.sha256} />
        </Text>
      )}
      <Group gap="xs" mt={6}>
        {doc && (
          <Button size="xs" variant="default" loading={download.isPending} onClick={() => download.mutate({ id: contract.id })} aria-label={t('processors.document.downloadLabel', { file: doc.filename })}>
            {t('processors.document.download')}
          </Button>
        )}
        {canWrite && (
          <FileButton onChange={(file) => void choose(file)} accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document">
            {(props) => (
              <Button {...props} size="xs" variant="default" loading={attach.isPending}>
                {doc ? t('processors.document.replace') : t('processors.document.attach')}
              </Button>
            )}
          </FileButton>
        )}
        {canWrite && doc && (
          <Button size="xs" variant="outline" color="red.9" onClick={() => setConfirmRemove(true)}>
            {t('processors.document.remove')}
          </Button>
        )}
      </Group>
      {localError && (
        <Text size="sm" c="red.9" role="alert" mt={4}>
          {localError}
        </Text>
      )}
      <ErrorAlert error={attach.error} />
      <ConfirmModal
        opened={confirmRemove}
        title={t('processors.document.removeTitle')}
        body={t('processors.document.removeBody', { file: doc?.filename ?? '' })}
        confirmLabel={t('processors.document.remove')}
        loading={remove.isPending}
        onCancel={() => setConfirmRemove(false)}
        onConfirm={() => remove.mutate({ id: contract.id })}
      />
    </div>
  );
}
