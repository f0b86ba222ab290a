/**
 * Registre des traitements: « is the register complete, and which processing needs a DPIA? »
 * (GDPR Art. 30, 35). Summary charts, filters, sortable columns, exports in the CNIL layout, import.
 */
import { Button, Group, Loader, Pagination, Paper, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMethod } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../i18n/I18nProvider';
import { canCall, moduleAccess } from '../../navigation';
import { useUnlockedSession } from '../../session/SessionUserContext';
import '../processors/common/workbench.css';
import { toggleSort } from '../processors/common/sort-state';
import { pageCount } from '../processors/processor-list-state';
import { ImportModal } from './ImportModal';
import { RegisterExports } from './RegisterExports';
import { RegisterSummary } from './RegisterSummary';
import { RopaFiltersBar } from './RopaFiltersBar';
import { parseRopaUrl, ROPA_DESC_FIRST, ROPA_PAGE_SIZE, ropaListInput, ropaParams, type RopaFilters, type RopaListState } from './ropa-list-state';
import { RopaTable } from './RopaTable';

export function RopaPage() {
  const t = useT();
  const { user } = useUnlockedSession();
  // The filters live in the URL (ropa-list-state.ts): links, back/forward, bookmarks and reloads keep them.
  const [params, setParams] = useSearchParams();
  const state = parseRopaUrl(params);
  const { filters, sort, page } = state;
  /** A change of filter is a step in the history; typing in the search box replaces it. */
  const write = (next: Partial<RopaListState>, replace = false) => setParams(ropaParams({ ...state, ...next }), { replace });
  const [importing, setImporting] = useState(false);
  const [search] = useDebouncedValue(filters.search, 250);
  const list = useMethod('processing.list', ropaListInput({ ...filters, search }, sort, page));
  const canWrite = moduleAccess(user.role, 'ropa') === 'write';

  return (
    <Stack gap="md">
      <PageHeader title={t('nav.ropa')} readOnly={!canWrite}>
        {t('ropa.list.intro')}
      </PageHeader>
      <Group justify="space-between" align="flex-start">
        <Group gap="xs">
          {canWrite && canCall(user.role, 'processing.create') && (
            <Button component={Link} to="/registre/nouveau">
              {t('ropa.list.new')}
            </Button>
          )}
          {canWrite && canCall(user.role, 'processing.import') && (
            <Button variant="default" onClick={() => setImporting(true)}>
              {t('ropa.import.open')}
            </Button>
          )}
        </Group>
        {canCall(user.role, 'processing.exportRegister') && <RegisterExports />}
      </Group>
      <Paper withBorder p="sm">
        <RegisterSummary />
      </Paper>
      <RopaFiltersBar
        value={filters}
        onChange={(next: RopaFilters) => write({ filters: next, page: 1 }, next.search !== filters.search)}
      />
      {list.isPending && <Loader size="sm" aria-label={t('app.loading')} />}
      {list.isError && <ErrorAlert error={list.error} />}
      {list.data && list.data.rows.length === 0 && <Text size="sm">{t('ropa.list.noMatch')}</Text>}
      {list.data && list.data.rows.length > 0 && (
        <RopaTable
          rows={list.data.rows}
          total={list.data.total}
          sort={sort}
          onSort={(column) => write({ sort: toggleSort(sort, column, ROPA_DESC_FIRST), page: 1 })}
        />
      )}
      {list.data && list.data.total > ROPA_PAGE_SIZE && (
        <Pagination
          total={pageCount(list.data.total, ROPA_PAGE_SIZE)}
          value={page}
          onChange={(p) => write({ page: p })}
          getControlProps={(control) => ({ 'aria-label': t(`processors.common.page.${control}`) })}
          getItemProps={(p) => ({ 'aria-label': t('processors.common.pageN', { page: p }) })}
        />
      )}
      {canWrite && <ImportModal opened={importing} onClose={() => setImporting(false)} />}
    </Stack>
  );
}
