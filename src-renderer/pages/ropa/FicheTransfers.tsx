/**
 * « Transferts hors UE » (Art. 30(1)(e)) and the processors used: transfers are derived from the
 * linked processors' locations and sub-processors, shown here, never retyped in the fiche.
 */
import { List, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { ProcessingDetail } from '../../../src-main/shared/schemas/processing';
import { useT } from '../../i18n/I18nProvider';
import { TransfersTable } from '../processors/common/TransfersTable';
import { FicheSection } from './FicheSection';

export function FicheTransfers({ processing: p, canOpenProcessors }: { processing: ProcessingDetail; canOpenProcessors: boolean }) {
  const t = useT();
  return (
    <>
      <FicheSection title={t('ropa.block.processors')} article={t('ropa.article.processors')}>
        {p.processors.length === 0 ? (
          <Text size="sm">{t('ropa.processors.none')}</Text>
        ) : (
          <List size="sm">
            {p.processors.map((x) => (
              <List.Item key={x.id}>
                {canOpenProcessors ? <Link to={`/sous-traitants/${x.id}`}>{`${x.name} (${x.reference})`}</Link> : `${x.name} (${x.reference})`} — {x.country}
              </List.Item>
            ))}
          </List>
        )}
      </FicheSection>
      <FicheSection title={t('ropa.block.transfers')} article={t('ropa.article.transfers')}>
        <Text size="xs" c="dimmed" mb={4}>
          {t('ropa.transfers.derived')}
        </Text>
        <TransfersTable transfers={p.transfers} withProcessor caption={t('processors.transfers.caption', { count: p.transfers.length })} />
      </FicheSection>
    </>
  );
}
