/** Register of processors with the Art. 28 clause matrix, as XLSX or PDF (DPO and compliance officer). */
import { useState } from 'react';
import { downloadFile } from '../../api/download-file';
import { useMutationMethod } from '../../api/hooks';
import { useNotifySuccess } from '../../components/notify';
import { useT } from '../../i18n/I18nProvider';
import { ExportBar } from './common/ExportBar';

export function ProcessorExports() {
  const t = useT();
  const notifySuccess = useNotifySuccess();
  const [running, setRunning] = useState<string | null>(null);
  const exportRegister = useMutationMethod('processor.exportRegister', {
    onSuccess: (file) => {
      downloadFile(file);
      notifySuccess(t('processors.export.done', { file: file.filename }));
    },
  });
  const run = (format: 'xlsx' | 'pdf') => {
    setRunning(format);
    exportRegister.mutate({ format }, { onSettled: () => setRunning(null) });
  };
  return (
    <ExportBar
      title={t('processors.export.title')}
      running={running}
      items={[
        { key: 'xlsx', label: t('processors.export.xlsx'), ariaLabel: t('processors.export.xlsxLabel'), onClick: () => run('xlsx') },
        { key: 'pdf', label: t('processors.export.pdf'), ariaLabel: t('processors.export.pdfLabel'), onClick: () => run('pdf') },
      ]}
    />
  );
}
