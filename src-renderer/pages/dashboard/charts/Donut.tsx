/** A donut of parts of a whole (audits by status…), with the main figure in its centre and a legend. */
import { donutArcs, type Series } from './chart-math';
import { Legend } from './Legend';

interface Props {
  series: readonly Series[];
  values: Readonly<Record<string, number>>;
  /** Big text in the centre (« 7/12 »), and the smaller line under it. */
  centre: string;
  centreNote?: string;
  label: string;
}

const R = 40;
const C = 2 * Math.PI * R;

export function Donut({ series, values, centre, centreNote, label }: Props) {
  const arcs = donutArcs(series.map((s) => s.key), values, C);
  const color = (key: string) => series.find((s) => s.key === key)?.color ?? '#adb5bd';
  return (
    <figure className="chart-figure chart-donut" aria-label={label}>
      <svg viewBox="0 0 100 100" aria-hidden="true" focusable="false">
        <circle cx="50" cy="50" r={R} fill="none" stroke="#e9ecef" strokeWidth="14" />
        {arcs.map((a) => (
          <circle
            key={a.key}
            cx="50"
            cy="50"
            r={R}
            fill="none"
            stroke={color(a.key)}
            strokeWidth="14"
            strokeDasharray={`${a.length} ${C - a.length}`}
            strokeDashoffset={-a.start}
            transform="rotate(-90 50 50)"
          />
        ))}
        <text x="50" y={centreNote ? 50 : 55} textAnchor="middle" fontSize="16" fontWeight="700" fill="#212529">
          {centre}
        </text>
        {centreNote && (
          <text x="50" y="64" textAnchor="middle" fontSize="8" fill="#495057">
            {centreNote}
          </text>
        )}
      </svg>
      <figcaption>
        <Legend series={series} values={values} />
      </figcaption>
    </figure>
  );
}
