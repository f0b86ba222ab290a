/** Alert counts of a processor as small coloured chips, worst first (critical, high, medium, low). */
import { useT } from '../../i18n/I18nProvider';
import { SEVERITIES, type Severity } from './severity';

export function SeverityChip({ severity }: { severity: Severity }) {
  const t = useT();
  return <span className={`wb-chip wb-chip-${severity}`}>{t(`processors.severity.${severity}`)}</span>;
}

export function AlertChips({ counts, title }: { counts: Readonly<Record<Severity, number>>; title?: string | null }) {
  const t = useT();
  const shown = SEVERITIES.filter((s) => counts[s] > 0);
  if (shown.length === 0) return <span className="wb-chip wb-chip-ok">{t('processors.alerts.noneShort')}</span>;
  return (
    <span title={title ?? undefined}>
      {shown.map((s) => (
        <span key={s} className={`wb-chip wb-chip-${s}`}>
          {t(`processors.alerts.count.${s}`, { count: counts[s] })}
        </span>
      ))}
    </span>
  );
}
