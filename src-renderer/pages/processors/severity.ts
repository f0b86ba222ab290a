/** Alert severities of core/processor-alerts.ts, worst first, with the colour of each in charts. */
export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const SEVERITY_COLOURS: Readonly<Record<Severity, string>> = {
  critical: '#c92a2a',
  high: '#e8590c',
  medium: '#e0a800',
  low: '#868e96',
};
