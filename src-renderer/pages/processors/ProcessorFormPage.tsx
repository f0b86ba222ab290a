/** `/sous-traitants/nouveau` and `/sous-traitants/:id/modifier`: the processor form, for the DPO only. */
import { Anchor, Loader, Stack } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useMethod } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../i18n/I18nProvider';
import { canCall, moduleAccess } from '../../navigation';
import { useUnlockedSession } from '../../session/SessionUserContext';
import { AccessDeniedPage } from '../AccessDeniedPage';
import './common/workbench.css';
import { EMPTY_PROCESSOR, processorToDraft } from './processor-draft';
import { ProcessorForm } from './ProcessorForm';

export function ProcessorFormPage() {
  const t = useT();
  const { id } = useParams();
  const { user } = useUnlockedSession();
  const existing = useMethod('processor.get', { id: id ?? '' }, { enabled: id !== undefined });
  if (moduleAccess(user.role, 'processors') !== 'write' || !canCall(user.role, id ? 'processor.update' : 'processor.create')) return <AccessDeniedPage />;
  const back = (
    <Anchor component={Link} to={id ? `/sous-traitants/${id}` : '/sous-traitants'} size="sm">
      {id ? t('processors.form.backToFiche') : t('processors.detail.back')}
    </Anchor>
  );
  if (id === undefined) {
    return (
      <Stack gap="md">
        {back}
        <PageHeader title={t('processors.form.newTitle')}>{t('processors.form.intro')}</PageHeader>
        <ProcessorForm id={null} initial={EMPTY_PROCESSOR} />
      </Stack>
    );
  }
  if (existing.isPending) return <Loader size="sm" aria-label={t('app.loading')} />;
  if (existing.isError) return <ErrorAlert error={existing.error} />;
  return (
    <Stack gap="md">
      {back}
      <PageHeader title={t('processors.form.editTitle', { name: existing.data.name })}>{t('processors.form.intro')}</PageHeader>
      <ProcessorForm key={existing.data.updatedAt} id={existing.data.id} initial={processorToDraft(existing.data)} />
    </Stack>
  );
}
