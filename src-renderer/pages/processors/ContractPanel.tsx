/** One contract: its terms, what Art. 28 clauses it lacks, the signed document, and the clause grid. */
import { Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { ART28_CHECKLIST } from '../../../src-main/core/art28';
import type { ContractView } from '../../../src-main/shared/schemas/processor';
import { useMutationMethod } from '../../api/hooks';
import { ConfirmModal } from '../../components/ConfirmModal';
import { DefinitionList } from '../../components/DefinitionList';
import { useNotifySuccess } from '../../components/notify';
import { useLang, useT } from '../../i18n/I18nProvider';
import { Art28Grid } from './Art28Grid';
import { formatDay } from './common/calendar-day';
import { contractWithChecklist } from './contract-draft';
import { ContractDocument } from './ContractDocument';

const INVALIDATES = ['processor.get', 'processor.list', 'processor.alerts'] as const;

interface Props {
  contract: ContractView;
  canWrite: boolean;
  onEdit: () => void;
}

function ClauseList({ keys, title }: { keys: readonly string[]; title: string }) {
  const [lang] = useLang();
  if (keys.length === 0) return null;
  return (
    <div>
      <Text size="sm" fw={600}>
        {title}
      </Text>
      <List size="sm">
        {keys.map((k) => {
          const item = ART28_CHECKLIST.find((i) => i.key === k);
          return <List.Item key={k}>{item ? `${item.article} — ${lang === 'fr' ? item.labelFr : item.labelEn}` : k}</List.Item>;
        })}
      </List>
    </div>
  );
}

export function ContractPanel({ contract, canWrite, onEdit }: Props) {
  const t = useT();
  const [lang] = useLang();
  const notifySuccess = useNotifySuccess();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const save = useMutationMethod('processor.updateContract', { invalidates: INVALIDATES, onSuccess: () => notifySuccess(t('processors.grid.saved')) });
  const remove = useMutationMethod('processor.removeContract', {
    invalidates: INVALIDATES,
    onSuccess: () => {
      setConfirmDelete(false);
      notifySuccess(t('processors.contract.removed'));
    },
  });
  const day = (d: string | null) => (d ? formatDay(d, lang) : t('processors.common.none'));

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="center">
        <Title order={3}>{contract.title}</Title>
        {canWrite && (
          <Group gap="xs">
            <Button size="xs" variant="default" onClick={onEdit}>
              {t('processors.contract.edit')}
            </Button>
            <Button size="xs" variant="outline" color="red.9" onClick={() => setConfirmDelete(true)}>
              {t('processors.contract.remove')}
            </Button>
          </Group>
        )}
      </Group>
      <DefinitionList
        items={[
          { label: t('processors.contract.signedOn'), value: day(contract.signedOn) },
          {
            label: t('processors.contract.durationMonths'),
            value: contract.durationMonths === null ? t('processors.contract.openEnded') : t('processors.contract.months', { count: contract.durationMonths }),
          },
          { label: t('processors.contract.endsOn'), value: day(contract.endsOn) },
          { label: t('processors.contract.tacitRenewal'), value: contract.tacitRenewal ? t('processors.common.yes') : t('processors.common.no') },
          { label: t('processors.contract.effectiveReview'), value: day(contract.effectiveReviewDate) },
          {
            label: t('processors.contract.compliance'),
            value: contract.compliant ? (
              <span className="wb-chip wb-chip-ok">{t('processors.contract.compliant')}</span>
            ) : (
              <span className="wb-chip wb-chip-high">{t('processors.contract.notCompliant')}</span>
            ),
          },
          ...(contract.notes ? [{ label: t('processors.contract.notes'), value: contract.notes }] : []),
        ]}
      />
      <ClauseList keys={contract.missingMandatory} title={t('processors.contract.missingTitle', { count: contract.missingMandatory.length })} />
      <ClauseList keys={contract.partialMandatory} title={t('processors.contract.partialTitle', { count: contract.partialMandatory.length })} />
      <ClauseList keys={contract.riskFlags} title={t('processors.contract.riskTitle', { count: contract.riskFlags.length })} />
      <section aria-label={t('processors.document.title')}>
        <Title order={4} mb={4}>
          {t('processors.document.title')}
        </Title>
        <ContractDocument contract={contract} canWrite={canWrite} />
      </section>
      <section aria-label={t('processors.grid.title')}>
        <Title order={4} mb={4}>
          {t('processors.grid.title')}
        </Title>
        <Art28Grid
          contract={contract}
          readOnly={!canWrite}
          saving={save.isPending}
          onSave={(checklist) => save.mutate({ id: contract.id, contract: contractWithChecklist(contract, checklist) })}
        />
      </section>
      <ConfirmModal
        opened={confirmDelete}
        title={t('processors.contract.removeTitle', { title: contract.title })}
        body={t('processors.contract.removeBody')}
        confirmLabel={t('processors.contract.remove')}
        loading={remove.isPending}
        onCancel={() => setConfirmDelete(false)}
        onConfirm={() => remove.mutate({ id: contract.id })}
      />
    </Stack>
  );
}
