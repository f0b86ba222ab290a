/**
 * Violations: the register of incidents and breaches (Art. 33(5)) with their 72-hour clocks
 * (Art. 33(1)). The security officer logs and follows incidents; the DPO decides; the compliance
 * officer reads and exports.
 */
import { Button, Group, Loader, Pagination, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { callMethod } from '../../api/call-method';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../i18n/I18nProvider';
import { canCall, moduleAccess } from '../../navigation';
import { useUnlockedSession } from '../../session/SessionUserContext';
import { RecordFilterChips } from '../requests/RecordFilterChip';
import { applyLocalFilters, BREACH_PAGE_SIZE, nextSort, toBreachListInput, type BreachFilterState } from './breach-list-query';
import { breachParams, parseBreachUrl } from './breach-list-url';
import { BreachFilters } from './BreachFilters';
import { BreachRegisterExport } from './BreachRegisterExport';
import { BreachTable } from './BreachTable';

export function BreachesPage() {
  const t = useT();
  const { user } = useUnlockedSession();
  // The filters live in the URL (breach-list-url.ts): links, back/forward, bookmarks and reloads keep them.
  const [params, setParams] = useSearchParams();
  const filters = parseBreachUrl(params);
  const [search] = useDebouncedValue(filters.search, 250);
  /** A change of filter is a step in the history; typing in the search box replaces it. */
  const write = (next: BreachFilterState, replace = false) => setParams(breachParams(next), { replace });
  const patch = (p: Partial<BreachFilterState>) => write({ ...filters, page: 0, ...p });

  const input = toBreachListInput({ ...filters, search });
  const list = useQuery({
    queryKey: ['breach.list', input],
    queryFn: () => callMethod('breach.list', input),
    placeholderData: keepPreviousData,
  });
  const rows = list.data ? applyLocalFilters(list.data.rows, filters) : [];
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / BREACH_PAGE_SIZE)) : 1;

  return (
    <Stack>
      <PageHeader title={t('nav.breaches')} readOnly={moduleAccess(user.role, 'breaches') === 'read'}>
        {t('module.breaches.summary')}
      </PageHeader>
      {canCall(user.role, 'breach.create') && (
        <Group>
          <Button component={Link} to="/violations/nouvelle">
            {t('breaches.new')}
          </Button>
        </Group>
      )}
      <BreachFilters value={filters} search={filters.search} onSearch={(q) => write({ ...filters, search: q, page: 0 }, true)} onChange={patch} />
      <RecordFilterChips
        processingId={filters.processingId}
        processorId={filters.processorId}
        onRemove={(kind) => patch(kind === 'processing' ? { processingId: null } : { processorId: null })}
      />
      {list.isPending && <Loader size="sm" aria-label={t('app.loading')} />}
      {list.isError && <ErrorAlert error={list.error} />}
      {list.data && (
        <>
          <Text size="sm" role="status">
            {t('breaches.list.count', { shown: rows.length, total: list.data.total })}
          </Text>
          {rows.length === 0 ? (
            <Text size="sm">{t('breaches.list.empty')}</Text>
          ) : (
            <BreachTable rows={rows} sort={filters.sort} direction={filters.direction} onSort={(column) => patch({ ...nextSort(filters, column), page: 0 })} />
          )}
          {pages > 1 && (
            <Pagination
              total={pages}
              value={filters.page + 1}
              onChange={(page) => patch({ page: page - 1 })}
              getControlProps={(control) => ({ 'aria-label': t(`breaches.pagination.${control}`) })}
              getItemProps={(page) => ({ 'aria-label': t('breaches.pagination.page', { page }) })}
            />
          )}
        </>
      )}
      {canCall(user.role, 'breach.register') && <BreachRegisterExport />}
    </Stack>
  );
}
