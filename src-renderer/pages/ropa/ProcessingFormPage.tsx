/** `/registre/nouveau` and `/registre/:id/modifier`: the fiche form, for the DPO only. */
import { Anchor, Loader, Stack } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useMethod } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../i18n/I18nProvider';
import { canCall, moduleAccess } from '../../navigation';
import { useUnlockedSession } from '../../session/SessionUserContext';
import { AccessDeniedPage } from '../AccessDeniedPage';
import '../processors/common/workbench.css';
import { EMPTY_PROCESSING, processingToDraft } from './processing-draft';
import { ProcessingForm } from './ProcessingForm';

export function ProcessingFormPage() {
  const t = useT();
  const { id } = useParams();
  const { user } = useUnlockedSession();
  const existing = useMethod('processing.get', { id: id ?? '' }, { enabled: id !== undefined });
  if (moduleAccess(user.role, 'ropa') !== 'write' || !canCall(user.role, id ? 'processing.update' : 'processing.create')) return <AccessDeniedPage />;
  const back = (
    <Anchor component={Link} to={id ? `/registre/${id}` : '/registre'} size="sm">
      {id ? t('ropa.form.backToFiche') : t('ropa.fiche.back')}
    </Anchor>
  );
  if (id === undefined) {
    return (
      <Stack gap="md">
        {back}
        <PageHeader title={t('ropa.form.newTitle')}>{t('ropa.form.intro')}</PageHeader>
        <ProcessingForm id={null} initial={EMPTY_PROCESSING} />
      </Stack>
    );
  }
  if (existing.isPending) return <Loader size="sm" aria-label={t('app.loading')} />;
  if (existing.isError) return <ErrorAlert error={existing.error} />;
  return (
    <Stack gap="md">
      {back}
      <PageHeader title={t('ropa.form.editTitle', { reference: existing.data.reference })}>{t('ropa.form.intro')}</PageHeader>
      <ProcessingForm key={existing.data.updatedAt} id={existing.data.id} initial={processingToDraft(existing.data)} />
    </Stack>
  );
}
