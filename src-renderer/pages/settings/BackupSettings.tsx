/**
 * Sauvegardes: list (date, type, size, SHA-256), create now, restore with confirmation.
 * Create and restore buttons follow the contract's roles (restore is DPO only).
 */
import { Button, Group, Loader, Stack, Table, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { BackupManifest } from '../../../src-main/shared/schemas/vault';
import { useMethod, useMutationMethod } from '../../api/hooks';
import { ConfirmModal } from '../../components/ConfirmModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { HashText } from '../../components/HashText';
import { useNotifySuccess } from '../../components/notify';
import { formatBytes } from '../../format/bytes';
import { formatDateTime } from '../../format/date-time';
import { useLang, useT } from '../../i18n/I18nProvider';
import { canCall } from '../../navigation';
import { useUnlockedSession } from '../../session/SessionUserContext';
import { SectionIntro } from './SectionIntro';

export function BackupSettings() {
  const t = useT();
  const notifySuccess = useNotifySuccess();
  const [lang] = useLang();
  const client = useQueryClient();
  const { user } = useUnlockedSession();
  const backups = useMethod('backup.list');
  const [note, setNote] = useState('');
  const [toRestore, setToRestore] = useState<BackupManifest | null>(null);
  const create = useMutationMethod('backup.create', {
    invalidates: ['backup.list', 'vault.status'],
    onSuccess: (manifest) => {
      notifySuccess(t('backups.created', { file: manifest.file }));
      setNote('');
    },
  });
  const restore = useMutationMethod('backup.restore', {
    onSuccess: async () => {
      setToRestore(null);
      notifySuccess(t('backups.restored'));
      // Everything may have changed: drop every cached answer (not just mark it stale), so a form
      // opened next starts from the restored data, never from what was read before the restore.
      await client.resetQueries();
    },
  });
  const canCreate = canCall(user.role, 'backup.create');
  const canRestore = canCall(user.role, 'backup.restore');
  const sorted = [...(backups.data ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

  return (
    <Stack>
      <SectionIntro title={t('settings.section.backups')} intro={t('backups.intro')} />
      {canCreate && (
        <Group align="flex-end">
          <TextInput label={t('backups.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} maxLength={200} />
          <Button onClick={() => create.mutate(note.trim() ? { note: note.trim() } : {})} loading={create.isPending}>
            {t('backups.create')}
          </Button>
        </Group>
      )}
      {backups.isPending && <Loader size="sm" aria-label={t('app.loading')} />}
      {backups.isError && <ErrorAlert error={backups.error} />}
      {backups.data && sorted.length === 0 && <Text size="sm">{t('backups.empty')}</Text>}
      {sorted.length > 0 && (
        <Table.ScrollContainer minWidth={720}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('backups.colDate')}</Table.Th>
                <Table.Th scope="col">{t('backups.colKind')}</Table.Th>
                <Table.Th scope="col">{t('backups.colSize')}</Table.Th>
                <Table.Th scope="col">{t('backups.colHash')}</Table.Th>
                {canRestore && <Table.Th scope="col">{t('backups.colActions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sorted.map((b) => (
                <Table.Tr key={b.id}>
                  <Table.Td>{formatDateTime(b.createdAt, lang)}</Table.Td>
                  <Table.Td>{t(`backups.kind.${b.kind}`)}</Table.Td>
                  <Table.Td>{formatBytes(b.sizeBytes, lang)}</Table.Td>
                  <Table.Td>
                    <HashText value={b.sha256} />
                  </Table.Td>
                  {canRestore && (
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="outline"
                        color="red.9"
                        aria-label={t('backups.restoreLabel', { date: formatDateTime(b.createdAt, lang) })}
                        onClick={() => setToRestore(b)}
                      >
                        {t('backups.restore')}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ConfirmModal
        opened={toRestore !== null}
        title={t('backups.restoreTitle', { date: toRestore ? formatDateTime(toRestore.createdAt, lang) : '' })}
        body={t('backups.restoreBody', { date: toRestore ? formatDateTime(toRestore.createdAt, lang) : '' })}
        confirmLabel={t('backups.restore')}
        loading={restore.isPending}
        onCancel={() => setToRestore(null)}
        onConfirm={() => {
          if (toRestore) restore.mutate({ id: toRestore.id });
        }}
      />
    </Stack>
  );
}
