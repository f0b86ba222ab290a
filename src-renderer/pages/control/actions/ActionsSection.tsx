/**
 * The action plan: every measure decided after a finding, a breach (Art. 33(3)(d)) or a processor
 * alert (Art. 28), with owner, due date, priority and status; filters kept in the URL; XLSX export.
 * `?nouvelle=<source>` (action-source-url.ts) opens the form on that origin, from a breach or an alert.
 */
import { Button, Group, Loader, Pagination, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { callMethod } from '../../../api/call-method';
import { useMethod } from '../../../api/hooks';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useT } from '../../../i18n/I18nProvider';
import { canCall } from '../../../navigation';
import { useUnlockedSession } from '../../../session/SessionUserContext';
import { ExportButton } from '../common/ExportButton';
import { toggleSort } from '../common/sort-state';
import { ACTION_PAGE_SIZE, filtersFromParams, filtersToParams, toExportInput, toListInput, type ActionFilters } from './action-list-state';
import { presetFromParams, sourceToParam, withoutPreset } from './action-source-url';
import { ActionFiltersBar } from './ActionFiltersBar';
import { ActionFormModal } from './ActionFormModal';
import { ActionTable } from './ActionTable';

export function ActionsSection() {
  const t = useT();
  const { user } = useUnlockedSession();
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const canCreate = canCall(user.role, 'action.create');
  const preset = canCreate ? presetFromParams(params) : null;
  const filters = filtersFromParams(params);
  const [search] = useDebouncedValue(filters.search, 250);
  const list = useMethod('action.list', toListInput({ ...filters, search }));
  const change = (next: ActionFilters) => setParams(filtersToParams(next), { replace: true });

  return (
    <Stack gap="md">
      <Text size="sm">{t('control.actions.intro')}</Text>
      <Group justify="space-between">
        {canCreate ? <Button onClick={() => setCreating(true)}>{t('control.action.new')}</Button> : <span />}
        {canCall(user.role, 'action.exportXlsx') && (
          <ExportButton produce={() => callMethod('action.exportXlsx', toExportInput(filters))}>{t('control.actions.export')}</ExportButton>
        )}
      </Group>
      <ActionFiltersBar value={filters} onChange={change} />
      {list.isPending && <Loader size="sm" aria-label={t('app.loading')} />}
      {list.isError && <ErrorAlert error={list.error} />}
      {list.data && list.data.rows.length === 0 && <Text size="sm">{t('control.actions.empty')}</Text>}
      {list.data && list.data.rows.length > 0 && (
        <ActionTable
          rows={list.data.rows}
          caption={t('control.actions.caption', { shown: list.data.rows.length, total: list.data.total })}
          sort={filters}
          onSort={(column) => change({ ...filters, ...toggleSort(filters, column), page: 1 })}
        />
      )}
      {list.data && list.data.total > ACTION_PAGE_SIZE && (
        <Pagination
          total={Math.ceil(list.data.total / ACTION_PAGE_SIZE)}
          value={filters.page}
          onChange={(page) => change({ ...filters, page })}
          getControlProps={(control) => ({ 'aria-label': t(`control.page.${control}`) })}
          getItemProps={(p) => ({ 'aria-label': t('control.page.n', { page: p }) })}
        />
      )}
      {creating && <ActionFormModal mode={{ kind: 'create' }} onClose={() => setCreating(false)} />}
      {!creating && preset && <ActionFormModal key={sourceToParam(preset.source)} mode={{ kind: 'create', preset }} onClose={() => setParams(withoutPreset(params), { replace: true })} />}
    </Stack>
  );
}
