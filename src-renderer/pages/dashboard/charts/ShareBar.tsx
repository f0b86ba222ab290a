/**
 * One horizontal bar split into parts of a total (audited, planned, not covered…), drawn in SVG
 * with its legend underneath. The legend carries the figures, so the drawing is hidden from
 * screen readers.
 */
import { stack, type Series } from './chart-math';

interface Props {
  /** What the bar measures (« Traitements »), shown above it. */
  title: string;
  total: number;
  series: readonly Series[];
  values: Readonly<Record<string, number>>;
  /** One sentence with the figures, read by screen readers and shown under the bar. */
  summary: string;
}

const WIDTH = 300;
const HEIGHT = 14;

export function ShareBar({ title, total, series, values, summary }: Props) {
  const segments = stack(series.map((s) => s.key), values, total, WIDTH);
  const color = (key: string) => series.find((s) => s.key === key)?.color ?? '#adb5bd';
  return (
    <figure className="chart-figure">
      <div className="chart-title">{title}</div>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="none" className="chart-bar" aria-hidden="true" focusable="false">
        <rect x="0" y="0" width={WIDTH} height={HEIGHT} rx="3" fill="#e9ecef" />
        {segments.map((s) => (
          <rect key={s.key} x={s.start} y="0" width={s.length} height={HEIGHT} fill={color(s.key)} />
        ))}
      </svg>
      <figcaption className="chart-caption">{summary}</figcaption>
    </figure>
  );
}
