/**
 * What an audit looks at: a processing of the register, a processor, or an organisation-level
 * control. The choices come from the plan's coverage (every processing and processor it counts), so
 * the list is the one the coverage chart measures.
 */
import { SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import type { CoverageOutput } from '../../../../src-main/shared/schemas/control';
import { useT } from '../../../i18n/I18nProvider';
import type { FieldErrors } from '../../../components/form-errors';
import { TARGET_KINDS, type AuditItemDraft, type TargetKind } from './audit-item-draft';

interface Props {
  draft: AuditItemDraft;
  coverage: CoverageOutput | undefined;
  errors: FieldErrors;
  onChange: (patch: Partial<AuditItemDraft>) => void;
}

function options(labels: Readonly<Record<string, string>>) {
  return Object.entries(labels)
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label, 'fr'));
}

export function TargetFields({ draft, coverage, errors, onChange }: Props) {
  const t = useT();
  const available = (kind: TargetKind): boolean =>
    kind === 'organisation' || (kind === 'processing' ? coverage?.processings.available : coverage?.processors.available) === true;
  const part = draft.targetKind === 'processing' ? coverage?.processings : draft.targetKind === 'processor' ? coverage?.processors : undefined;

  return (
    <Stack gap={6}>
      <Text size="sm" fw={500} id="audit-target-kind">
        {t('control.item.targetKind')}
      </Text>
      <SegmentedControl
        aria-labelledby="audit-target-kind"
        value={draft.targetKind}
        onChange={(v) => onChange({ targetKind: v as TargetKind, targetId: null })}
        data={TARGET_KINDS.map((k) => ({ value: k, label: t(`control.target.${k}`), disabled: !available(k) }))}
      />
      {draft.targetKind === 'organisation' ? (
        <TextInput
          label={t('control.item.control')}
          description={t('control.item.controlHint')}
          value={draft.control}
          onChange={(e) => onChange({ control: e.currentTarget.value })}
          error={errors['target.control']}
          required
        />
      ) : (
        <Select
          label={t(draft.targetKind === 'processing' ? 'control.item.processing' : 'control.item.processor')}
          value={draft.targetId}
          onChange={(v) => onChange({ targetId: v })}
          data={part ? options(part.labels) : []}
          searchable
          nothingFoundMessage={t('control.item.noTarget')}
          error={errors['target.id']}
          required
        />
      )}
    </Stack>
  );
}
