/**
 * A button that asks the service for a document and saves it: busy while the file is built (a long
 * register can take seconds), then a notification names the file saved.
 */
import { Button } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { FileOutput } from '../../../../src-main/shared/schemas/common';
import { downloadFile } from '../../../api/download-file';
import { useNotifyError, useNotifySuccess } from '../../../components/notify';
import { useT } from '../../../i18n/I18nProvider';

interface Props {
  produce: () => Promise<FileOutput>;
  children: ReactNode;
  variant?: 'default' | 'filled' | 'light' | 'outline' | 'subtle';
  size?: 'xs' | 'sm' | 'compact-xs' | 'compact-sm';
  disabled?: boolean;
  ariaLabel?: string;
}

export function ExportButton({ produce, children, variant = 'default', size = 'sm', disabled = false, ariaLabel }: Props) {
  const t = useT();
  const notifySuccess = useNotifySuccess();
  const notifyError = useNotifyError();
  const [busy, setBusy] = useState(false);
  const run = () => {
    setBusy(true);
    produce()
      .then((file) => {
        downloadFile(file);
        notifySuccess(t('control.export.saved', { filename: file.filename }));
      })
      .catch(notifyError)
      .finally(() => setBusy(false));
  };
  return (
    <Button variant={variant} size={size} onClick={run} loading={busy} disabled={disabled} aria-label={ariaLabel} loaderProps={{ 'aria-label': t('control.export.busy') }}>
      {children}
    </Button>
  );
}
