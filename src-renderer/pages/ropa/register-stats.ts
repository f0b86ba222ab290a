/**
 * The register at a glance: how many fiches are complete (Art. 30), where a DPIA stands (Art. 35),
 * how many transfers need a safeguard and how many reviews are overdue. Pure, from the list rows.
 */
import type { ProcessingRow } from '../../../src-main/shared/schemas/processing';

export interface RegisterStats {
  total: number;
  complete: number;
  incomplete: number;
  validated: number;
  /** DPIA required by the screening and not done yet. */
  dpiaPending: number;
  /** DPIA required and carried out. */
  dpiaDone: number;
  dpiaRecommended: number;
  dpiaNotRequired: number;
  unscreened: number;
  transferIssues: number;
  reviewOverdue: number;
}

export function registerStats(rows: readonly ProcessingRow[]): RegisterStats {
  const s: RegisterStats = {
    total: rows.length,
    complete: 0,
    incomplete: 0,
    validated: 0,
    dpiaPending: 0,
    dpiaDone: 0,
    dpiaRecommended: 0,
    dpiaNotRequired: 0,
    unscreened: 0,
    transferIssues: 0,
    reviewOverdue: 0,
  };
  for (const r of rows) {
    if (r.missingCount === 0) s.complete += 1;
    else s.incomplete += 1;
    if (r.status === 'validated') s.validated += 1;
    if (r.dpiaOutcome === null) s.unscreened += 1;
    else if (r.dpiaOutcome === 'required') {
      if (r.dpiaPending) s.dpiaPending += 1;
      else s.dpiaDone += 1;
    } else if (r.dpiaOutcome === 'recommended') s.dpiaRecommended += 1;
    else s.dpiaNotRequired += 1;
    if (r.transferIssues > 0) s.transferIssues += 1;
    if (r.reviewOverdue) s.reviewOverdue += 1;
  }
  return s;
}
