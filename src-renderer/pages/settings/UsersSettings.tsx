/** Utilisateurs et rôles (DPO only): the active users, removal with confirmation, and the add form. */
import { Badge, Button, Loader, Stack, Table } from '@mantine/core';
import { useState } from 'react';
import type { User } from '../../../src-main/shared/schemas/users';
import { useMethod, useMutationMethod } from '../../api/hooks';
import { ConfirmModal } from '../../components/ConfirmModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useNotifySuccess } from '../../components/notify';
import { formatDateTime } from '../../format/date-time';
import { useLang, useT } from '../../i18n/I18nProvider';
import { useUnlockedSession } from '../../session/SessionUserContext';
import { AddUserForm } from './AddUserForm';
import { SectionIntro } from './SectionIntro';

export function UsersSettings() {
  const t = useT();
  const notifySuccess = useNotifySuccess();
  const [lang] = useLang();
  const { user: me } = useUnlockedSession();
  const users = useMethod('user.list');
  const [toRemove, setToRemove] = useState<User | null>(null);
  const remove = useMutationMethod('user.remove', {
    invalidates: ['user.list'],
    onSuccess: (_value, input) => {
      notifySuccess(t('users.removed', { username: input.username }));
      setToRemove(null);
    },
  });

  return (
    <Stack>
      <SectionIntro title={t('settings.section.users')} intro={t('users.intro')} />
      {users.isPending && <Loader size="sm" aria-label={t('app.loading')} />}
      {users.isError && <ErrorAlert error={users.error} />}
      {users.data && (
        <Table.ScrollContainer minWidth={560}>
          <Table captionSide="top">
            <Table.Caption>{t('users.listTitle')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('users.colUsername')}</Table.Th>
                <Table.Th scope="col">{t('users.colDisplayName')}</Table.Th>
                <Table.Th scope="col">{t('users.colRole')}</Table.Th>
                <Table.Th scope="col">{t('users.colCreated')}</Table.Th>
                <Table.Th scope="col">{t('users.colActions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {users.data.map((u) => (
                <Table.Tr key={u.id}>
                  <Table.Td>
                    <code>{u.username}</code>
                    {u.username === me.username && (
                      <Badge variant="outline" color="gray.8" size="xs" ml="xs">
                        {t('users.you')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{u.displayName}</Table.Td>
                  <Table.Td>{t(`roles.${u.role}`)}</Table.Td>
                  <Table.Td>{formatDateTime(u.createdAt, lang)}</Table.Td>
                  <Table.Td>
                    {u.username !== me.username && (
                      <Button
                        size="xs"
                        variant="outline"
                        color="red.9"
                        aria-label={t('users.removeLabel', { username: u.username })}
                        onClick={() => setToRemove(u)}
                      >
                        {t('users.remove')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <AddUserForm />
      <ConfirmModal
        opened={toRemove !== null}
        title={t('users.removeTitle', { name: toRemove?.displayName ?? '' })}
        body={t('users.removeBody', { username: toRemove?.username ?? '' })}
        confirmLabel={t('users.remove')}
        loading={remove.isPending}
        onCancel={() => setToRemove(null)}
        onConfirm={() => {
          if (toRemove) remove.mutate({ username: toRemove.username });
        }}
      />
    </Stack>
  );
}
