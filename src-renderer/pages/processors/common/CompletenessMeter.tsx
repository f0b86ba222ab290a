/** A completeness ratio (Art. 28 clauses, Art. 30 fields): the figure, and a bar coloured by how far it is from 100 %. */
import { useT } from '../../../i18n/I18nProvider';

export type Tone = 'good' | 'warn' | 'bad';

/** 100 % is complete; from 80 % a few items are missing; below, the record is far from CNIL-ready. */
export function completenessTone(percent: number): Tone {
  if (percent >= 100) return 'good';
  return percent >= 80 ? 'warn' : 'bad';
}

export function CompletenessMeter({ percent, label }: { percent: number | null; label?: string }) {
  const t = useT();
  if (percent === null) return <span>{t('processors.common.none')}</span>;
  const clamped = Math.max(0, Math.min(100, percent));
  return (
    <span className="wb-meter" title={label}>
      <span className="wb-meter-track" aria-hidden="true">
        <span className={`wb-meter-fill wb-tone-${completenessTone(clamped)}`} style={{ width: `${clamped}%`, display: 'block' }} />
      </span>
      <span>{t('processors.common.percent', { value: clamped })}</span>
    </span>
  );
}
