/**
 * Demandes: the rights requests (Art. 12(3), 15-22; loi 78-17 art. 85) — « which answers are due
 * this week, and can I prove each was on time? ». DPO writes; compliance officer reads and exports;
 * the security officer has no access (navigation.ts).
 */
import { Button, Group, Stack } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../i18n/I18nProvider';
import { canCall, moduleAccess } from '../../navigation';
import { useUnlockedSession } from '../../session/SessionUserContext';
import { nextSort } from '../breaches/breach-list-query';
import { RequestExports } from './RequestExports';
import { RequestFilters } from './RequestFilters';
import { DEFAULT_REQUEST_FILTERS, toRequestListBase, type RequestFilterState } from './request-list-query';
import { RequestTable } from './RequestTable';

export function RequestsPage() {
  const t = useT();
  const { user } = useUnlockedSession();
  const [filters, setFilters] = useState<RequestFilterState>(DEFAULT_REQUEST_FILTERS);
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 300);
  useEffect(() => setFilters((f) => (f.search === debouncedSearch ? f : { ...f, search: debouncedSearch })), [debouncedSearch]);
  const patch = (p: Partial<RequestFilterState>) => setFilters((f) => ({ ...f, ...p }));

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
      <RequestFilters value={filters} search={search} onSearch={setSearch} onChange={patch} />
      <RequestTable base={toRequestListBase(filters)} sort={filters.sort} direction={filters.direction} onSort={(column) => patch(nextSort(filters, column))} />
      {canCall(user.role, 'request.register') && <RequestExports />}
    </Stack>
  );
}
