/**
 * Stacked columns (one per month or per year), with an optional note above each column (a rate)
 * and the data as a table for whoever cannot read the picture (in a <details>, keyboard-reachable).
 */
import { niceMax, stack, type Series } from './chart-math';
import { Legend } from './Legend';

export interface Column {
  key: string;
  label: string;
  values: Readonly<Record<string, number>>;
  /** Text above the column (« 75 % »), or null. */
  note: string | null;
}

interface Props {
  series: readonly Series[];
  columns: readonly Column[];
  /** Accessible name of the chart. */
  label: string;
  /** Summary of the data table (its caption) and the label of the <details>. */
  tableLabel: string;
  /** Header of the column naming each column of the chart (« Mois »). */
  columnHeader: string;
  noteHeader?: string;
}

const HEIGHT = 120;
const TOP = 14;
const BOTTOM = 18;
const SLOT = 32;

export function ColumnChart({ series, columns, label, tableLabel, columnHeader, noteHeader }: Props) {
  const keys = series.map((s) => s.key);
  const max = niceMax(Math.max(0, ...columns.map((c) => keys.reduce((sum, k) => sum + (c.values[k] ?? 0), 0))));
  const plot = HEIGHT - TOP - BOTTOM;
  const width = Math.max(1, columns.length) * SLOT;
  const color = (key: string) => series.find((s) => s.key === key)?.color ?? '#adb5bd';
  return (
    <figure className="chart-figure" aria-label={label}>
      <svg viewBox={`0 0 ${width} ${HEIGHT}`} className="chart-columns" style={{ maxWidth: `${Math.max(12, columns.length * 4)}rem` }} aria-hidden="true" focusable="false">
        <line x1="0" x2={width} y1={TOP + plot} y2={TOP + plot} stroke="#adb5bd" strokeWidth="0.5" />
        {columns.map((c, i) => {
          const x = i * SLOT + 6;
          const segments = stack(keys, c.values, max, plot);
          const height = segments.reduce((sum, s) => sum + s.length, 0);
          return (
            <g key={c.key}>
              {segments.map((s) => (
                <rect key={s.key} x={x} y={TOP + plot - s.start - s.length} width={SLOT - 12} height={s.length} fill={color(s.key)} />
              ))}
              {c.note !== null && (
                <text x={x + (SLOT - 12) / 2} y={TOP + plot - height - 3} textAnchor="middle" fontSize="7" fill="#212529">
                  {c.note}
                </text>
              )}
              <text x={x + (SLOT - 12) / 2} y={HEIGHT - 5} textAnchor="middle" fontSize="7" fill="#495057">
                {c.label}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <Legend series={series} />
        <details className="chart-data">
          <summary>{tableLabel}</summary>
          <table>
            <caption>{tableLabel}</caption>
            <thead>
              <tr>
                <th scope="col">{columnHeader}</th>
                {series.map((s) => (
                  <th key={s.key} scope="col">
                    {s.label}
                  </th>
                ))}
                {noteHeader && <th scope="col">{noteHeader}</th>}
              </tr>
            </thead>
            <tbody>
              {columns.map((c) => (
                <tr key={c.key}>
                  <th scope="row">{c.label}</th>
                  {series.map((s) => (
                    <td key={s.key}>{c.values[s.key] ?? 0}</td>
                  ))}
                  {noteHeader && <td>{c.note ?? '—'}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </figcaption>
    </figure>
  );
}
