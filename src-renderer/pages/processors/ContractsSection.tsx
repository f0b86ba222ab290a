/**
 * The processor's contracts (Art. 28(3), 28(9)): a summary line per contract, then the selected
 * contract in full with its clause grid (one grid at a time keeps the keyboard focus in one place).
 */
import { Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { ProcessorDetail } from '../../../src-main/shared/schemas/processor';
import { useT } from '../../i18n/I18nProvider';
import { CompletenessMeter } from './common/CompletenessMeter';
import { ContractFormModal } from './ContractFormModal';
import { ContractPanel } from './ContractPanel';

export function ContractsSection({ processor, canWrite }: { processor: ProcessorDetail; canWrite: boolean }) {
  const t = useT();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [form, setForm] = useState<{ open: boolean; editing: boolean }>({ open: false, editing: false });
  const contracts = processor.contracts;
  const selected = contracts.find((c) => c.id === selectedId) ?? contracts[0] ?? null;

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text size="sm">{contracts.length === 0 ? t('processors.contract.none') : t('processors.contract.count', { count: contracts.length })}</Text>
        {canWrite && (
          <Button size="xs" onClick={() => setForm({ open: true, editing: false })}>
            {t('processors.contract.add')}
          </Button>
        )}
      </Group>
      {contracts.length > 1 && (
        <SegmentedControl
          aria-label={t('processors.contract.choose')}
          value={selected?.id ?? ''}
          onChange={setSelectedId}
          data={contracts.map((c) => ({
            value: c.id,
            label: (
              <span>
                {c.title} <CompletenessMeter percent={c.completeness} />
              </span>
            ),
          }))}
        />
      )}
      {selected && <ContractPanel key={selected.id} contract={selected} canWrite={canWrite} onEdit={() => setForm({ open: true, editing: true })} />}
      <ContractFormModal
        processorId={processor.id}
        contract={form.editing ? selected : null}
        opened={form.open}
        onClose={() => setForm({ open: false, editing: false })}
      />
    </Stack>
  );
}
