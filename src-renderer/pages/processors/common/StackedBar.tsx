/**
 * A one-line stacked bar (hand-written SVG, CSP-safe) with its legend: how a total splits into
 * categories (alerts by severity, fiches by DPIA outcome). The legend carries the figures, so the
 * picture is decorative for screen readers.
 */
export interface BarSegment {
  key: string;
  label: string;
  value: number;
  color: string;
}

export function StackedBar({ segments, label }: { segments: readonly BarSegment[]; label: string }) {
  const total = segments.reduce((sum, s) => sum + s.value, 0);
  let x = 0;
  return (
    <figure className="wb-figure" aria-label={label}>
      <svg className="wb-summary-bar" viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        <rect x="0" y="0" width="100" height="4" fill="#e9ecef" />
        {total > 0 &&
          segments.map((s) => {
            const width = (s.value / total) * 100;
            const rect = <rect key={s.key} x={x} y="0" width={width} height="4" fill={s.color} />;
            x += width;
            return rect;
          })}
      </svg>
      <figcaption>
        <ul className="wb-legend">
          {segments.map((s) => (
            <li key={s.key}>
              <span className="wb-legend-swatch" style={{ background: s.color }} aria-hidden="true" />
              {s.label} : <strong>{s.value}</strong>
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
