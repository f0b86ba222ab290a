/**
 * The ENISA 2013 severity on its scale: SE = DPC × EI + CB, bands Low < 2 ≤ Medium < 3 ≤ High < 4 ≤
 * Very high (cut-offs above 2 to be confirmed, REGULATORY.md §3b). Hand-written SVG (CSP-safe).
 */
import { SEVERITY_BANDS, SEVERITY_BAND_LABELS, type SeverityBand } from '../../../../src-main/core/breach-risk';
import { useLang, useT } from '../../../i18n/I18nProvider';

const MAX = 5;
const WIDTH = 400;
const BAND_RANGE: Record<SeverityBand, [number, number]> = { low: [0, 2], medium: [2, 3], high: [3, 4], very_high: [4, MAX] };
const BAND_FILL: Record<SeverityBand, string> = { low: '#2b8a3e', medium: '#e8a100', high: '#d9480f', very_high: '#c92a2a' };

export function EnisaScale({ se, band }: { se: number; band: SeverityBand }) {
  const t = useT();
  const [lang] = useLang();
  const x = (value: number) => (Math.min(Math.max(value, 0), MAX) / MAX) * WIDTH;
  const score = se.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 2 });
  const label = t('breaches.risk.scaleLabel', { score, band: SEVERITY_BAND_LABELS[band][lang] });
  return (
    <svg viewBox={`0 0 ${WIDTH} 46`} className="enisa-scale" role="img" aria-label={label}>
      <title>{label}</title>
      {SEVERITY_BANDS.map((b) => {
        const [from, to] = BAND_RANGE[b];
        return (
          <g key={b}>
            <rect x={x(from)} y={14} width={x(to) - x(from)} height={12} fill={BAND_FILL[b]} opacity={b === band ? 1 : 0.35} />
            <text x={(x(from) + x(to)) / 2} y={42} textAnchor="middle" fontSize={10} fill="#343a40">
              {SEVERITY_BAND_LABELS[b][lang]}
            </text>
          </g>
        );
      })}
      <path d={`M ${x(se)} 12 l -6 -9 h 12 z`} fill="#212529" />
    </svg>
  );
}
