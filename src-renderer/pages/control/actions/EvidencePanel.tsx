/**
 * Evidence of an action (what shows it was carried out, Art. 5(2)): documents stored encrypted in
 * the vault, checked against their SHA-256 when downloaded. PDF, PNG, JPEG, DOCX, XLSX or TXT,
 * 20 Mo at most; removing one is only possible while the action is not finished.
 */
import { Button, FileButton, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { EVIDENCE_MAX_BYTES, type ActionDetail, type Evidence } from '../../../../src-main/shared/schemas/control';
import { callMethod } from '../../../api/call-method';
import { useMutationMethod } from '../../../api/hooks';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { HashText } from '../../../components/HashText';
import { useNotifySuccess } from '../../../components/notify';
import { formatBytes } from '../../../format/bytes';
import { formatDateTime } from '../../../format/date-time';
import { useLang, useT } from '../../../i18n/I18nProvider';
import { ExportButton } from '../common/ExportButton';
import { fileToBase64 } from '../common/file-base64';

export const EVIDENCE_ACCEPT = '.pdf,.png,.jpg,.jpeg,.docx,.xlsx,.txt';
const INVALIDATES = ['action.get', 'action.list'] as const;

interface Props {
  action: ActionDetail;
  canAdd: boolean;
  canRemove: boolean;
}

export function EvidencePanel({ action, canAdd, canRemove }: Props) {
  const t = useT();
  const [lang] = useLang();
  const notifySuccess = useNotifySuccess();
  const [localError, setLocalError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const [toRemove, setToRemove] = useState<Evidence | null>(null);
  const add = useMutationMethod('action.addEvidence', {
    invalidates: INVALIDATES,
    inlineErrors: true,
    onSuccess: (e) => notifySuccess(t('control.evidence.added', { filename: e.filename })),
  });
  const remove = useMutationMethod('action.removeEvidence', {
    invalidates: INVALIDATES,
    onSuccess: () => {
      notifySuccess(t('control.evidence.removed', { filename: toRemove?.filename ?? '' }));
      setToRemove(null);
    },
  });
  const open = action.status !== 'done' && action.status !== 'cancelled';

  const upload = (file: File | null) => {
    setLocalError(null);
    add.reset();
    if (!file) return;
    if (file.size > EVIDENCE_MAX_BYTES) {
      setLocalError(t('control.evidence.tooLarge', { filename: file.name, size: formatBytes(file.size, lang) }));
      return;
    }
    setReading(true);
    fileToBase64(file)
      .then((base64) => add.mutate({ actionId: action.id, filename: file.name, base64 }))
      .finally(() => setReading(false));
  };

  return (
    <Stack gap="sm">
      <Text size="sm">{t('control.evidence.intro')}</Text>
      {canAdd && action.status !== 'cancelled' && (
        <Group>
          <FileButton onChange={upload} accept={EVIDENCE_ACCEPT}>
            {(props) => (
              <Button {...props} variant="default" loading={reading || add.isPending}>
                {t('control.evidence.add')}
              </Button>
            )}
          </FileButton>
          <Text size="xs" c="dimmed">
            {t('control.evidence.formats')}
          </Text>
        </Group>
      )}
      {localError && (
        <Text size="sm" c="red.9" role="alert">
          {localError}
        </Text>
      )}
      {add.error ? <ErrorAlert error={add.error} /> : null}
      {action.evidence.length === 0 ? (
        <Text size="sm">{t('control.evidence.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped captionSide="top">
            <Table.Caption>{t('control.evidence.caption', { n: action.evidence.length })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('control.evidence.filename')}</Table.Th>
                <Table.Th scope="col">{t('control.evidence.size')}</Table.Th>
                <Table.Th scope="col">{t('control.evidence.uploaded')}</Table.Th>
                <Table.Th scope="col">{t('control.evidence.sha256')}</Table.Th>
                <Table.Th scope="col">{t('control.common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {action.evidence.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td>{e.filename}</Table.Td>
                  <Table.Td>{formatBytes(e.sizeBytes, lang)}</Table.Td>
                  <Table.Td>
                    {formatDateTime(e.uploadedAt, lang)}
                    <div className="ctl-muted">{e.uploadedBy}</div>
                  </Table.Td>
                  <Table.Td>
                    <HashText value={e.sha256} />
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <ExportButton size="compact-xs" produce={() => callMethod('action.downloadEvidence', { id: e.id })} ariaLabel={t('control.evidence.downloadLabel', { filename: e.filename })}>
                        {t('control.evidence.download')}
                      </ExportButton>
                      {canRemove && open && (
                        <Button size="compact-xs" variant="outline" color="red.9" onClick={() => setToRemove(e)} aria-label={t('control.evidence.removeLabel', { filename: e.filename })}>
                          {t('control.common.remove')}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ConfirmModal
        opened={toRemove !== null}
        title={t('control.evidence.removeTitle')}
        body={t('control.evidence.removeBody', { filename: toRemove?.filename ?? '' })}
        confirmLabel={t('control.common.remove')}
        loading={remove.isPending}
        onCancel={() => setToRemove(null)}
        onConfirm={() => {
          if (toRemove) remove.mutate({ id: toRemove.id });
        }}
      />
    </Stack>
  );
}
