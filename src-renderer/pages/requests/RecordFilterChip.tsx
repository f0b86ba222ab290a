/**
 * A removable chip « Traitement : TRT-… » / « Sous-traitant : ST-… » for a list filtered on a linked
 * record (a link from a fiche, a processor or a bookmark). The record is named through its `get`
 * method; when it cannot be read (deleted, or not allowed), the id itself is shown.
 */
import { Badge, CloseButton, Group } from '@mantine/core';
import { useMethod } from '../../api/hooks';
import { useT } from '../../i18n/I18nProvider';
import { canCall } from '../../navigation';
import { useUnlockedSession } from '../../session/SessionUserContext';

interface Props {
  kind: 'processing' | 'processor';
  id: string;
  onRemove: () => void;
}

function useRecordName(kind: Props['kind'], id: string): string {
  const { user } = useUnlockedSession();
  const processing = useMethod('processing.get', { id }, { enabled: kind === 'processing' && canCall(user.role, 'processing.get') });
  const processor = useMethod('processor.get', { id }, { enabled: kind === 'processor' && canCall(user.role, 'processor.get') });
  const record = kind === 'processing' ? processing.data : processor.data;
  return record ? `${record.reference} — ${record.name}` : id;
}

export function RecordFilterChip({ kind, id, onRemove }: Props) {
  const t = useT();
  const name = useRecordName(kind, id);
  const label = t(kind === 'processing' ? 'listUrl.processingChip' : 'listUrl.processorChip', { name });
  return (
    // A Badge with a real button (Mantine's Pill hides its remove button from the keyboard).
    <Badge
      variant="light"
      size="lg"
      tt="none"
      data-testid={`filter-chip-${kind}`}
      rightSection={<CloseButton size="sm" aria-label={t('listUrl.remove', { label })} onClick={onRemove} />}
    >
      {label}
    </Badge>
  );
}

/** The chips of the filters on linked records, in one labelled group (nothing when none is set). */
export function RecordFilterChips({ processingId, processorId, onRemove }: { processingId: string | null; processorId?: string | null; onRemove: (kind: Props['kind']) => void }) {
  const t = useT();
  if (!processingId && !processorId) return null;
  return (
    <Group gap="xs" role="group" aria-label={t('listUrl.activeFilters')}>
      {processingId && <RecordFilterChip kind="processing" id={processingId} onRemove={() => onRemove('processing')} />}
      {processorId && <RecordFilterChip kind="processor" id={processorId} onRemove={() => onRemove('processor')} />}
    </Group>
  );
}
