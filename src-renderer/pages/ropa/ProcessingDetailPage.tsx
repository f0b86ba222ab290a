/**
 * The « fiche de registre » of one processing, in the order of the CNIL template: what is missing
 * (Art. 30), the DPIA (Art. 35), then each block of the fiche.
 */
import { Anchor, Group, Loader, Stack } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { PROCESSING_STATUS_LABELS } from '../../../src-main/shared/schemas/processing';
import { useMethod } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useLang, useT } from '../../i18n/I18nProvider';
import { canCall, moduleAccess } from '../../navigation';
import { useUnlockedSession } from '../../session/SessionUserContext';
import '../processors/common/workbench.css';
import { CompletenessPanel } from './CompletenessPanel';
import { DpiaPanel } from './DpiaPanel';
import { FicheActions } from './FicheActions';
import { FicheData } from './FicheData';
import { FicheDescription } from './FicheDescription';
import { FicheLinks } from './FicheLinks';
import { FichePurposes } from './FichePurposes';
import { FicheTransfers } from './FicheTransfers';

export function ProcessingDetailPage() {
  const t = useT();
  const [lang] = useLang();
  const { id = '' } = useParams();
  const { user } = useUnlockedSession();
  const processing = useMethod('processing.get', { id });
  const canWrite = moduleAccess(user.role, 'ropa') === 'write' && canCall(user.role, 'processing.update');
  const back = (
    <Anchor component={Link} to="/registre" size="sm">
      {t('ropa.fiche.back')}
    </Anchor>
  );
  if (processing.isPending) return <Loader size="sm" aria-label={t('app.loading')} />;
  if (processing.isError) {
    return (
      <Stack>
        {back}
        <ErrorAlert error={processing.error} />
      </Stack>
    );
  }
  const p = processing.data;
  return (
    <Stack gap="md">
      {back}
      <PageHeader title={p.name} readOnly={!canWrite}>
        <Group gap="xs" component="span">
          <span>{t('ropa.fiche.subtitle', { reference: p.reference })}</span>
          <span className={`wb-chip ${p.status === 'validated' ? 'wb-chip-ok' : 'wb-chip-neutral'}`}>{PROCESSING_STATUS_LABELS[p.status][lang]}</span>
          {p.sensitive && <span className="wb-chip wb-chip-neutral">{t('ropa.list.sensitive')}</span>}
        </Group>
      </PageHeader>
      {canWrite && <FicheActions processing={p} />}
      <CompletenessPanel completeness={p.completeness} />
      <DpiaPanel processing={p} canWrite={canWrite} />
      <FicheDescription processing={p} />
      <FichePurposes processing={p} />
      <FicheData processing={p} />
      <FicheTransfers processing={p} canOpenProcessors={moduleAccess(user.role, 'processors') !== 'none'} />
      <FicheLinks processing={p} />
    </Stack>
  );
}
