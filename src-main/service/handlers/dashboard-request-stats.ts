/**
 * Former home of the fast request statistics, now core/dashboard-stats `requestStats` itself (one
 * implementation; test/unit/core/dashboard-stats-equivalence.test.ts shows it equals the former luxon
 * one on random vaults). Kept as an alias only while dashboard-figures.ts and
 * test/service/dashboard-stats.test.ts still import this name: switch them to core, then delete it.
 */
export { requestStats as requestStatsFast } from '../../core/dashboard-stats';
