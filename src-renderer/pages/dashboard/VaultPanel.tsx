/** The vault at a glance: where it is, its encryption, last backup and the audit-log head. */
import { Loader } from '@mantine/core';
import { useMethod } from '../../api/hooks';
import { DefinitionList } from '../../components/DefinitionList';
import { ErrorAlert } from '../../components/ErrorAlert';
import { HashText } from '../../components/HashText';
import { formatBytes } from '../../format/bytes';
import { formatDateTime } from '../../format/date-time';
import { useLang, useT } from '../../i18n/I18nProvider';
import { Panel } from './Panel';

export function VaultPanel() {
  const t = useT();
  const [lang] = useLang();
  const status = useMethod('vault.status');
  const s = status.data;
  return (
    <Panel id="dash-vault" title={t('dashboard.vaultTitle')} wide>
      {status.isPending && <Loader size="sm" aria-label={t('app.loading')} />}
      {status.isError && <ErrorAlert error={status.error} />}
      {s && (
        <DefinitionList
          items={[
            { label: t('dashboard.path'), value: <code>{s.path}</code> },
            { label: t('dashboard.createdAt'), value: formatDateTime(s.createdAt, lang) },
            { label: t('dashboard.cipher'), value: s.cipher },
            { label: t('dashboard.keyId'), value: <code>{s.keyId}</code> },
            { label: t('dashboard.schemaVersion'), value: String(s.schemaVersion) },
            { label: t('dashboard.appVersion'), value: s.appVersion },
            { label: t('dashboard.size'), value: formatBytes(s.sizeBytes, lang) },
            { label: t('dashboard.lastBackup'), value: s.lastBackupAt ? formatDateTime(s.lastBackupAt, lang) : t('dashboard.noBackup') },
            { label: t('dashboard.auditHead', { seq: s.auditHead.seq }), value: <HashText value={s.auditHead.hash} /> },
          ]}
        />
      )}
    </Panel>
  );
}
