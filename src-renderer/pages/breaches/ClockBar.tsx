/**
 * The 72 hours as a bar: how much of the Art. 33(1) window has gone since awareness. Hand-written
 * SVG (CSP-safe); the text equivalent is the countdown badge next to it.
 */
import { useT } from '../../i18n/I18nProvider';
import { URGENT_MS } from './clock-view';
import { useNow } from './now-store';

export function ClockBar({ awareAt, dueAt }: { awareAt: string; dueAt: string }) {
  const t = useT();
  const now = useNow();
  const start = Date.parse(awareAt);
  const end = Date.parse(dueAt);
  const share = Math.min(1, Math.max(0, (now - start) / (end - start)));
  const urgent = end - now < URGENT_MS;
  const percent = Math.round(share * 100);
  return (
    <svg viewBox="0 0 400 10" className="clock-bar" role="img" aria-label={t('breaches.clock.elapsed', { percent })}>
      <rect x={0} y={0} width={400} height={10} rx={3} fill="#e9ecef" />
      <rect x={0} y={0} width={400 * share} height={10} rx={3} fill={urgent ? '#d9480f' : '#2f549a'} />
      {[24, 48].map((h) => (
        <line key={h} x1={(400 * h) / 72} x2={(400 * h) / 72} y1={0} y2={10} stroke="#ffffff" strokeWidth={1.5} />
      ))}
    </svg>
  );
}
