/** The legend of a chart: a colour swatch, the series name and its figure. */
import type { Series } from './chart-math';

export function Legend({ series, values }: { series: readonly Series[]; values?: Readonly<Record<string, number>> }) {
  return (
    <ul className="chart-legend">
      {series.map((s) => (
        <li key={s.key}>
          <span className="chart-swatch" style={{ background: s.color }} aria-hidden="true" />
          {s.label}
          {values && (
            <>
              {' : '}
              <strong>{values[s.key] ?? 0}</strong>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
