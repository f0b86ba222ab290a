/** The DPO's actions on a fiche: edit, validate (only when complete, Art. 30) or back to draft, delete. */
import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { ProcessingDetail } from '../../../src-main/shared/schemas/processing';
import { useMutationMethod } from '../../api/hooks';
import { ConfirmModal } from '../../components/ConfirmModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useNotifySuccess } from '../../components/notify';
import { useT } from '../../i18n/I18nProvider';

export function FicheActions({ processing: p }: { processing: ProcessingDetail }) {
  const t = useT();
  const navigate = useNavigate();
  const notifySuccess = useNotifySuccess();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const setStatus = useMutationMethod('processing.setStatus', {
    inlineErrors: true,
    invalidates: ['processing.get', 'processing.list'],
    onSuccess: (d) => notifySuccess(d.status === 'validated' ? t('ropa.fiche.validated') : t('ropa.fiche.backToDraft')),
  });
  const remove = useMutationMethod('processing.delete', {
    invalidates: ['processing.list', 'processor.get', 'processor.list'],
    onSuccess: async () => {
      setConfirmDelete(false);
      notifySuccess(t('ropa.fiche.deleted'));
      await navigate('/registre');
    },
  });
  return (
    <>
      <Group gap="xs">
        <Button component={Link} to={`/registre/${p.id}/modifier`} variant="default">
          {t('ropa.fiche.edit')}
        </Button>
        {p.status === 'draft' ? (
          <Button
            onClick={() => setStatus.mutate({ id: p.id, status: 'validated' })}
            loading={setStatus.isPending}
            disabled={!p.completeness.complete}
            title={p.completeness.complete ? undefined : t('ropa.fiche.validateDisabled')}
          >
            {t('ropa.fiche.validate')}
          </Button>
        ) : (
          <Button variant="default" onClick={() => setStatus.mutate({ id: p.id, status: 'draft' })} loading={setStatus.isPending}>
            {t('ropa.fiche.toDraft')}
          </Button>
        )}
        <Button variant="outline" color="red.9" onClick={() => setConfirmDelete(true)}>
          {t('ropa.fiche.delete')}
        </Button>
      </Group>
      <ErrorAlert error={setStatus.error} />
      <ConfirmModal
        opened={confirmDelete}
        title={t('ropa.fiche.deleteTitle', { name: p.name })}
        body={t('ropa.fiche.deleteBody')}
        confirmLabel={t('ropa.fiche.delete')}
        loading={remove.isPending}
        onCancel={() => setConfirmDelete(false)}
        onConfirm={() => remove.mutate({ id: p.id })}
      />
    </>
  );
}
