/**
 * Imports a register in the CNIL template layout (XLSX): the file is checked first
 * (`processing.importPreview`, nothing written) and its errors listed fiche by fiche; the import
 * itself runs in one transaction and only when every fiche is valid.
 */
import { Alert, Button, Checkbox, FileButton, Group, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { MAX_IMPORT_BYTES } from '../../../src-main/shared/schemas/processing';
import { useMutationMethod } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useNotifySuccess } from '../../components/notify';
import { useT } from '../../i18n/I18nProvider';
import { ModalFrame } from '../processors/common/ModalFrame';
import { fileToBase64, megabytes, tooLarge } from '../processors/common/file-base64';
import { canImport } from './import-preview';
import { ImportPreviewTable } from './ImportPreviewTable';

export function ImportModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const t = useT();
  const notifySuccess = useNotifySuccess();
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [replaceExisting, setReplaceExisting] = useState(false);
  const [localError, setLocalError] = useState<string | null>(null);
  const preview = useMutationMethod('processing.importPreview', { inlineErrors: true });
  const run = useMutationMethod('processing.import', {
    inlineErrors: true,
    invalidates: ['processing.list', 'processing.get', 'processor.get', 'processor.list'],
    onSuccess: (result) => {
      notifySuccess(t('ropa.import.done', { created: result.created, updated: result.updated }));
      close();
    },
  });

  function close() {
    setFile(null);
    setLocalError(null);
    preview.reset();
    run.reset();
    onClose();
  }

  async function choose(chosen: File | null) {
    setLocalError(null);
    preview.reset();
    run.reset();
    if (!chosen) return;
    if (tooLarge(chosen, MAX_IMPORT_BYTES)) {
      setLocalError(t('ropa.import.tooLarge', { size: megabytes(chosen.size) }));
      return;
    }
    const next = { name: chosen.name, base64: await fileToBase64(chosen) };
    setFile(next);
    preview.mutate({ base64: next.base64, replaceExisting });
  }

  function toggleReplace(checked: boolean) {
    setReplaceExisting(checked);
    if (file) preview.mutate({ base64: file.base64, replaceExisting: checked });
  }

  const p = preview.data;
  return (
    <ModalFrame opened={opened} onClose={close} title={t('ropa.import.title')} size="80rem">
      <Stack gap="sm">
        <Text size="sm">{t('ropa.import.intro')}</Text>
        <Group gap="sm">
          <FileButton onChange={(f) => void choose(f)} accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet">
            {(props) => (
              <Button {...props} variant="default" loading={preview.isPending}>
                {file ? t('ropa.import.chooseOther') : t('ropa.import.choose')}
              </Button>
            )}
          </FileButton>
          {file && <Text size="sm">{file.name}</Text>}
        </Group>
        <Checkbox label={t('ropa.import.replace')} description={t('ropa.import.replaceHint')} checked={replaceExisting} onChange={(e) => toggleReplace(e.currentTarget.checked)} />
        {localError && (
          <Text size="sm" c="red.9" role="alert">
            {localError}
          </Text>
        )}
        <ErrorAlert error={preview.error} />
        {p && (
          <>
            <Alert color={canImport(p) ? 'teal.9' : 'red.9'} variant="outline" role="status" title={canImport(p) ? t('ropa.import.valid') : t('ropa.import.invalid', { count: p.errorCount })}>
              {t('ropa.import.counts', { fiches: p.fiches, create: p.toCreate, update: p.toUpdate })}
              {p.fileErrors.length > 0 && (
                <List size="sm" mt={4}>
                  {p.fileErrors.map((e) => (
                    <List.Item key={e}>
                      <span lang="fr">{e}</span>
                    </List.Item>
                  ))}
                </List>
              )}
            </Alert>
            {p.rows.length > 0 && <ImportPreviewTable preview={p} />}
          </>
        )}
        <ErrorAlert error={run.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button disabled={!p || !canImport(p) || !file} loading={run.isPending} onClick={() => file && run.mutate({ base64: file.base64, replaceExisting })}>
            {t('ropa.import.run', { count: p?.fiches ?? 0 })}
          </Button>
        </Group>
      </Stack>
    </ModalFrame>
  );
}
