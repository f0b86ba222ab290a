/** The ENISA severity band of the latest risk assessment (ENISA 2013: low, medium, high, very high). */
import { Badge } from '@mantine/core';
import { SEVERITY_BAND_LABELS, type SeverityBand } from '../../../src-main/core/breach-risk';
import { useLang, useT } from '../../i18n/I18nProvider';
import { BADGE } from './badge-colors';

const COLOR: Record<SeverityBand, string> = { low: BADGE.ok, medium: BADGE.amber, high: BADGE.urgent, very_high: BADGE.late };

export function SeverityBadge({ band }: { band: SeverityBand | null }) {
  const t = useT();
  const [lang] = useLang();
  if (band === null) return <span className="muted">{t('breaches.severity.none')}</span>;
  return (
    <Badge color={COLOR[band]} variant="filled" size="sm">
      {SEVERITY_BAND_LABELS[band][lang]}
    </Badge>
  );
}
