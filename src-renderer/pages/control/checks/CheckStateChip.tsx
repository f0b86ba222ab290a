/** Where a permanent control stands: upcoming, due today, never done, or overdue by N days. */
import type { Check } from '../../../../src-main/shared/schemas/control';
import { useT } from '../../../i18n/I18nProvider';
import { Chip } from '../common/Chip';
import { useLabel } from '../common/labels';
import { CONTROL_STATE_TONE } from '../common/tones';

export function CheckStateChip({ check }: { check: Pick<Check, 'state' | 'stateLabel' | 'daysOverdue' | 'active'> }) {
  const t = useT();
  const label = useLabel();
  if (!check.active) return <Chip tone="neutral">{t('control.check.inactive')}</Chip>;
  return (
    <Chip tone={CONTROL_STATE_TONE[check.state]}>
      {check.state === 'overdue' ? t('control.check.overdueBy', { n: check.daysOverdue }) : label(check.stateLabel)}
    </Chip>
  );
}
