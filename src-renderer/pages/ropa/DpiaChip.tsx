/** Where a processing stands on the DPIA (Art. 35): screening outcome, and « to carry out » when required and not done. */
import { DPIA_OUTCOME_LABELS, type DpiaOutcome } from '../../../src-main/core/dpia-screening';
import { useLang, useT } from '../../i18n/I18nProvider';

const TONE: Readonly<Record<DpiaOutcome, string>> = { required: 'wb-chip-critical', recommended: 'wb-chip-medium', not_required: 'wb-chip-ok' };

export function DpiaChip({ outcome, pending }: { outcome: DpiaOutcome | null; pending: boolean }) {
  const t = useT();
  const [lang] = useLang();
  if (outcome === null) return <span className="wb-chip wb-chip-neutral">{t('ropa.dpia.unscreened')}</span>;
  return (
    <span>
      <span className={`wb-chip ${TONE[outcome]}`}>{DPIA_OUTCOME_LABELS[outcome][lang]}</span>
      {pending && <span className="wb-chip wb-chip-high">{t('ropa.dpia.toCarryOut')}</span>}
    </span>
  );
}
