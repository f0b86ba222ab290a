/**
 * Sous-traitants: « which contracts lack a mandatory clause, and where does our data travel? »
 * (GDPR Art. 28, 44-49). Filters, sortable columns, alert counts, register exports.
 */
import { Button, Group, Loader, Pagination, Paper, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Link, useSearchParams } from 'react-router';
import { useMethod } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../i18n/I18nProvider';
import { canCall, moduleAccess } from '../../navigation';
import { useUnlockedSession } from '../../session/SessionUserContext';
import { AlertSummary } from './AlertSummary';
import './common/workbench.css';
import { toggleSort } from './common/sort-state';
import { ProcessorExports } from './ProcessorExports';
import { ProcessorFiltersBar } from './ProcessorFiltersBar';
import {
  pageCount,
  parseProcessorUrl,
  PROCESSOR_DESC_FIRST,
  PROCESSOR_PAGE_SIZE,
  processorListInput,
  processorParams,
  type ProcessorFilters,
  type ProcessorListState,
} from './processor-list-state';
import { ProcessorTable } from './ProcessorTable';

export function ProcessorsPage() {
  const t = useT();
  const { user } = useUnlockedSession();
  // The filters live in the URL (processor-list-state.ts): links, back/forward, bookmarks and reloads keep them.
  const [params, setParams] = useSearchParams();
  const state = parseProcessorUrl(params);
  const { filters, sort, page } = state;
  const [search] = useDebouncedValue(filters.search, 250);
  const list = useMethod('processor.list', processorListInput({ ...filters, search }, sort, page));
  const readOnly = moduleAccess(user.role, 'processors') !== 'write';

  /** A change of filter is a step in the history; typing in the search box replaces it. */
  const write = (next: Partial<ProcessorListState>, replace = false) => setParams(processorParams({ ...state, ...next }), { replace });
  const changeFilters = (next: ProcessorFilters) => write({ filters: next, page: 1 }, next.search !== filters.search);

  return (
    <Stack gap="md">
      <PageHeader title={t('nav.processors')} readOnly={readOnly}>
        {t('processors.list.intro')}
      </PageHeader>
      <Group justify="space-between" align="flex-start">
        {canCall(user.role, 'processor.create') && !readOnly ? (
          <Button component={Link} to="/sous-traitants/nouveau">
            {t('processors.list.new')}
          </Button>
        ) : (
          <span />
        )}
        {canCall(user.role, 'processor.exportRegister') && <ProcessorExports />}
      </Group>
      <Paper withBorder p="sm">
        <AlertSummary />
      </Paper>
      <ProcessorFiltersBar value={filters} onChange={changeFilters} />
      {list.isPending && <Loader size="sm" aria-label={t('app.loading')} />}
      {list.isError && <ErrorAlert error={list.error} />}
      {list.data && list.data.rows.length === 0 && (
        <Text size="sm">{list.data.total === 0 && search === '' ? t('processors.list.empty') : t('processors.list.noMatch')}</Text>
      )}
      {list.data && list.data.rows.length > 0 && (
        <ProcessorTable
          rows={list.data.rows}
          total={list.data.total}
          sort={sort}
          onSort={(column) => write({ sort: toggleSort(sort, column, PROCESSOR_DESC_FIRST), page: 1 })}
        />
      )}
      {list.data && list.data.total > PROCESSOR_PAGE_SIZE && (
        <Pagination
          total={pageCount(list.data.total, PROCESSOR_PAGE_SIZE)}
          value={page}
          onChange={(p) => write({ page: p })}
          getControlProps={(control) => ({ 'aria-label': t(`processors.common.page.${control}`) })}
          getItemProps={(p) => ({ 'aria-label': t('processors.common.pageN', { page: p }) })}
        />
      )}
    </Stack>
  );
}
