/** Two pictures of the register: Art. 30 completeness of the fiches, and where each DPIA stands (Art. 35). */
import { Loader, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useMethod } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n/I18nProvider';
import { StackedBar } from '../processors/common/StackedBar';
import { registerStats } from './register-stats';

/** The whole register for the summary: rows are light (no fiche body). */
const ALL_ROWS = { limit: 5000 } as const;

export function RegisterSummary() {
  const t = useT();
  const list = useMethod('processing.list', ALL_ROWS);
  const stats = useMemo(() => (list.data ? registerStats(list.data.rows) : null), [list.data]);
  if (list.isPending) return <Loader size="xs" aria-label={t('app.loading')} />;
  if (list.isError) return <ErrorAlert error={list.error} />;
  if (!stats || stats.total === 0) return <Text size="sm">{t('ropa.summary.empty')}</Text>;
  return (
    <Stack gap="sm">
      <div>
        <Text size="sm" fw={600} mb={4}>
          {t('ropa.summary.completeness', { complete: stats.complete, total: stats.total, validated: stats.validated })}
        </Text>
        <StackedBar
          label={t('ropa.summary.completenessLabel')}
          segments={[
            { key: 'complete', label: t('ropa.summary.complete'), value: stats.complete, color: '#2b8a3e' },
            { key: 'incomplete', label: t('ropa.summary.incomplete'), value: stats.incomplete, color: '#c92a2a' },
          ]}
        />
      </div>
      <div>
        <Text size="sm" fw={600} mb={4}>
          {t('ropa.summary.dpia')}
        </Text>
        <StackedBar
          label={t('ropa.summary.dpia')}
          segments={[
            { key: 'pending', label: t('ropa.summary.dpiaPending'), value: stats.dpiaPending, color: '#c92a2a' },
            { key: 'done', label: t('ropa.summary.dpiaDone'), value: stats.dpiaDone, color: '#2b8a3e' },
            { key: 'recommended', label: t('ropa.summary.dpiaRecommended'), value: stats.dpiaRecommended, color: '#e0a800' },
            { key: 'not_required', label: t('ropa.summary.dpiaNotRequired'), value: stats.dpiaNotRequired, color: '#74b816' },
            { key: 'unscreened', label: t('ropa.summary.unscreened'), value: stats.unscreened, color: '#adb5bd' },
          ]}
        />
      </div>
      <Text size="xs" c="dimmed">
        {t('ropa.summary.other', { transfers: stats.transferIssues, reviews: stats.reviewOverdue })}
      </Text>
    </Stack>
  );
}
