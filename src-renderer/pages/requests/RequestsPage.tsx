/**
 * Demandes: the rights requests (Art. 12(3), 15-22; loi 78-17 art. 85) — « which answers are due
 * this week, and can I prove each was on time? ». DPO writes; compliance officer reads and exports;
 * the security officer has no access (navigation.ts).
 */
import { Button, Group, Stack } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../i18n/I18nProvider';
import { canCall, moduleAccess } from '../../navigation';
import { useUnlockedSession } from '../../session/SessionUserContext';
import { nextSort } from '../breaches/breach-list-query';
import { RequestExports } from './RequestExports';
import { RequestFilters } from './RequestFilters';
import { RecordFilterChips } from './RecordFilterChip';
import { toRequestListBase, type RequestFilterState } from './request-list-query';
import { parseRequestUrl, requestParams } from './request-list-url';
import { RequestTable } from './RequestTable';

export function RequestsPage() {
  const t = useT();
  const { user } = useUnlockedSession();
  // The filters live in the URL (request-list-url.ts): links, back/forward, bookmarks and reloads keep them.
  const [params, setParams] = useSearchParams();
  const filters = parseRequestUrl(params);
  const [search] = useDebouncedValue(filters.search, 300);
  /** A change of filter is a step in the history; typing in the search box replaces it. */
  const write = (next: RequestFilterState, replace = false) => setParams(requestParams(next), { replace });
  const patch = (p: Partial<RequestFilterState>) => write({ ...filters, ...p });

  return (
    <Stack>
      <PageHeader title={t('nav.requests')} readOnly={moduleAccess(user.role, 'requests') === 'read'}>
        {t('module.requests.summary')}
      </PageHeader>
      {canCall(user.role, 'request.create') && (
        <Group>
          <Button component={Link} to="/demandes/nouvelle">
            {t('requests.new')}
          </Button>
        </Group>
      )}
      <RequestFilters value={filters} search={filters.search} onSearch={(q) => write({ ...filters, search: q }, true)} onChange={patch} />
      <RecordFilterChips processingId={filters.processingId} onRemove={() => patch({ processingId: null })} />
      <RequestTable base={toRequestListBase({ ...filters, search })} sort={filters.sort} direction={filters.direction} onSort={(column) => patch(nextSort(filters, column))} />
      {canCall(user.role, 'request.register') && <RequestExports />}
    </Stack>
  );
}
