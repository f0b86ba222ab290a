/**
 * Badge colours with at least 4.5:1 contrast (WCAG AA) for white text, and for coloured text on
 * the table's striped and hovered rows. Mantine's orange.9 (#d9480f, 3.9:1 on grey) and yellow.9
 * (#e67700, 3.0:1) are too light for small text. Shared by the Violations and Demandes pages.
 */
export const BADGE = {
  /** Late, very high severity: red.9. */
  late: '#c92a2a',
  /** Urgent, high severity, confirmed and clock running. */
  urgent: '#a63c06',
  /** Medium severity. */
  amber: '#7a5200',
  /** Done on time, low severity. */
  ok: '#0b6e4f',
  /** Running normally. */
  info: '#2f549a',
  /** Neutral states. */
  neutral: '#495057',
} as const;
