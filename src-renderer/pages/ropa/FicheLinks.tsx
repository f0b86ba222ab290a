/**
 * « Violations et demandes liées »: the breaches that touched this processing (Art. 33(5) register)
 * and the rights requests about it (Art. 15-22), 50 most recent of each with the totals, and the
 * full lists filtered on this processing.
 */
import { Anchor, Stack, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { ProcessingDetail } from '../../../src-main/shared/schemas/processing';
import { useT } from '../../i18n/I18nProvider';
import { moduleAccess } from '../../navigation';
import { useUnlockedSession } from '../../session/SessionUserContext';
import { LinkedBreachTable, LinkedRequestTable } from '../breaches/links/LinkedTables';
import { FicheSection } from './FicheSection';

export function FicheLinks({ processing: p }: { processing: ProcessingDetail }) {
  const t = useT();
  const { user } = useUnlockedSession();
  const breaches = moduleAccess(user.role, 'breaches') !== 'none';
  const requests = moduleAccess(user.role, 'requests') !== 'none';
  const id = encodeURIComponent(p.id);
  return (
    <FicheSection title={t('links.fiche.title')} article={t('links.fiche.article')}>
      <Stack gap="md">
        {breaches && (
          <Stack gap={4}>
            <Title order={3}>{t('links.fiche.breaches', { count: p.linkedBreachCount })}</Title>
            <LinkedBreachTable rows={p.linkedBreaches} total={p.linkedBreachCount} canOpen empty={t('links.fiche.noBreach')} />
            {p.linkedBreachCount > 0 && (
              <Anchor component={Link} to={`/violations?traitement=${id}`} size="sm">
                {t('links.fiche.allBreaches')}
              </Anchor>
            )}
          </Stack>
        )}
        {requests && (
          <Stack gap={4}>
            <Title order={3}>{t('links.fiche.requests', { count: p.linkedRequestCount })}</Title>
            <LinkedRequestTable rows={p.linkedRequests} total={p.linkedRequestCount} canOpen empty={t('links.fiche.noRequest')} />
            {p.linkedRequestCount > 0 && (
              <Anchor component={Link} to={`/demandes?traitement=${id}`} size="sm">
                {t('links.fiche.allRequests')}
              </Anchor>
            )}
          </Stack>
        )}
      </Stack>
    </FicheSection>
  );
}
