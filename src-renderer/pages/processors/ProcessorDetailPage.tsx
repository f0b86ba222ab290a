/** Fiche of one processor: alerts first, then identity, contracts and their Art. 28 grid, hosting and transfers, chain, processings. */
import { Anchor, Button, Group, List, Loader, Stack, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMethod, useMutationMethod } from '../../api/hooks';
import { ConfirmModal } from '../../components/ConfirmModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useNotifySuccess } from '../../components/notify';
import { useT } from '../../i18n/I18nProvider';
import { canCall, moduleAccess } from '../../navigation';
import { useUnlockedSession } from '../../session/SessionUserContext';
import './common/workbench.css';
import { ContractsSection } from './ContractsSection';
import { HostingSection } from './HostingSection';
import { ProcessorAlerts } from './ProcessorAlerts';
import { ProcessorBreaches } from './ProcessorBreaches';
import { ProcessorIdentity } from './ProcessorIdentity';
import { SubProcessorTree } from './SubProcessorTree';

const TABS = ['contracts', 'identity', 'hosting', 'chain', 'processings'] as const;
type Tab = (typeof TABS)[number];

export function ProcessorDetailPage() {
  const t = useT();
  const navigate = useNavigate();
  const notifySuccess = useNotifySuccess();
  const { id = '' } = useParams();
  const { user } = useUnlockedSession();
  const [tab, setTab] = useState<Tab>('contracts');
  const [confirmDelete, setConfirmDelete] = useState(false);
  const processor = useMethod('processor.get', { id });
  const remove = useMutationMethod('processor.delete', {
    invalidates: ['processor.list', 'processor.alerts'],
    onSuccess: async () => {
      setConfirmDelete(false);
      notifySuccess(t('processors.detail.deleted'));
      await navigate('/sous-traitants');
    },
  });
  const canWrite = moduleAccess(user.role, 'processors') === 'write' && canCall(user.role, 'processor.update');
  const back = (
    <Anchor component={Link} to="/sous-traitants" size="sm">
      {t('processors.detail.back')}
    </Anchor>
  );

  if (processor.isPending) return <Loader size="sm" aria-label={t('app.loading')} />;
  if (processor.isError) {
    return (
      <Stack>
        {back}
        <ErrorAlert error={processor.error} />
      </Stack>
    );
  }
  const p = processor.data;
  const counts: Record<Tab, number | null> = {
    contracts: p.contracts.length,
    identity: null,
    hosting: p.transfers.length,
    chain: p.subProcessors.length,
    processings: p.processings.length,
  };

  return (
    <Stack gap="md">
      {back}
      <PageHeader title={p.name} readOnly={!canWrite}>
        {t('processors.detail.subtitle', { reference: p.reference, country: p.countryNameFr })}
      </PageHeader>
      {canWrite && (
        <Group gap="xs">
          <Button component={Link} to={`/sous-traitants/${p.id}/modifier`} variant="default">
            {t('processors.detail.edit')}
          </Button>
          <Button variant="outline" color="red.9" onClick={() => setConfirmDelete(true)}>
            {t('processors.detail.delete')}
          </Button>
        </Group>
      )}
      <ProcessorAlerts alerts={p.alerts} />
      <Tabs value={tab} onChange={(v) => setTab(TABS.find((x) => x === v) ?? 'contracts')} keepMounted={false}>
        <Tabs.List>
          {TABS.map((x) => (
            <Tabs.Tab key={x} value={x}>
              {counts[x] === null ? t(`processors.tab.${x}`) : t('processors.tab.withCount', { label: t(`processors.tab.${x}`), count: counts[x] })}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="contracts" pt="md">
          <ContractsSection processor={p} canWrite={canWrite} />
        </Tabs.Panel>
        <Tabs.Panel value="identity" pt="md">
          <ProcessorIdentity processor={p} />
        </Tabs.Panel>
        <Tabs.Panel value="hosting" pt="md">
          <HostingSection processor={p} />
        </Tabs.Panel>
        <Tabs.Panel value="chain" pt="md">
          <SubProcessorTree subProcessors={p.subProcessors} />
        </Tabs.Panel>
        <Tabs.Panel value="processings" pt="md">
          {p.processings.length === 0 ? (
            <Text size="sm">{t('processors.detail.noProcessing')}</Text>
          ) : (
            <List size="sm">
              {p.processings.map((x) => (
                <List.Item key={x.id}>
                  {moduleAccess(user.role, 'ropa') === 'none' ? (
                    `${x.reference} — ${x.name}`
                  ) : (
                    <Link to={`/registre/${x.id}`}>{`${x.reference} — ${x.name}`}</Link>
                  )}
                </List.Item>
              ))}
            </List>
          )}
        </Tabs.Panel>
      </Tabs>
      <ProcessorBreaches processor={p} />
      <ConfirmModal
        opened={confirmDelete}
        title={t('processors.detail.deleteTitle', { name: p.name })}
        body={t('processors.detail.deleteBody')}
        confirmLabel={t('processors.detail.delete')}
        loading={remove.isPending}
        onCancel={() => setConfirmDelete(false)}
        onConfirm={() => remove.mutate({ id: p.id })}
      />
    </Stack>
  );
}
