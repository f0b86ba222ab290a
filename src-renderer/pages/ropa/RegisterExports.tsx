/**
 * Register exports: Art. 30(1) (activities as controller or joint controller) and Art. 30(2)
 * (activities carried out as a processor), in the CNIL template layout (XLSX) or as PDF.
 */
import { Stack } from '@mantine/core';
import { useState } from 'react';
import { downloadFile } from '../../api/download-file';
import { useMutationMethod } from '../../api/hooks';
import { useNotifySuccess } from '../../components/notify';
import { useT } from '../../i18n/I18nProvider';
import { ExportBar } from '../processors/common/ExportBar';

type Record30 = 'art30_1' | 'art30_2';
type Format = 'xlsx' | 'pdf';

export function RegisterExports() {
  const t = useT();
  const notifySuccess = useNotifySuccess();
  const [running, setRunning] = useState<string | null>(null);
  const exportRegister = useMutationMethod('processing.exportRegister', {
    onSuccess: (file) => {
      downloadFile(file);
      notifySuccess(t('processors.export.done', { file: file.filename }));
    },
  });
  const run = (record: Record30, format: Format) => {
    setRunning(`${record}:${format}`);
    exportRegister.mutate({ record, format }, { onSettled: () => setRunning(null) });
  };
  const items = (record: Record30) =>
    (['xlsx', 'pdf'] as const).map((format) => ({
      key: `${record}:${format}`,
      label: t(`ropa.export.${format}`),
      ariaLabel: t(`ropa.export.${record}.${format}`),
      onClick: () => run(record, format),
    }));
  return (
    <Stack gap={2}>
      <ExportBar title={t('ropa.export.art30_1')} items={items('art30_1')} running={running} />
      <ExportBar title={t('ropa.export.art30_2')} items={items('art30_2')} running={running} />
    </Stack>
  );
}
