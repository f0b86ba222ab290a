/** Shares shown as whole percentages (0.733 → 73); null stays null: nothing was due to measure. */
export function ratePercent(share: number | null): number | null {
  return share === null ? null : Math.round(share * 100);
}

/**
 * Processors split by their worst alert, from the dashboard's cumulative counts (« critical »,
 * « high or critical », « any alert »): each processor lands in exactly one part.
 */
export function alertBands(p: { total: number; withAlerts: number; highOrCritical: number; critical: number }): Record<'critical' | 'high' | 'other' | 'none', number> {
  return {
    critical: p.critical,
    high: Math.max(0, p.highOrCritical - p.critical),
    other: Math.max(0, p.withAlerts - p.highOrCritical),
    none: Math.max(0, p.total - p.withAlerts),
  };
}
