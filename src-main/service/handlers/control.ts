/**
 * Contrôle (issue 7): audit plan, permanent controls, findings, actions and evidence, reminders.
 * Each part lives in its own file; this table is what handlers/index.ts registers.
 */
import type { PartialHandlers } from '../context';
import { controlActionHandlers } from './control-actions';
import { controlCheckHandlers } from './control-checks';
import { controlEvidenceHandlers } from './control-evidence';
import { controlFindingHandlers } from './control-findings';
import { controlPlanHandlers } from './control-plan';
import { controlReminderHandlers } from './control-reminders';
import type { controlContract } from '../../shared/contract/control';

export const controlHandlers: PartialHandlers<keyof typeof controlContract> = {
  ...controlPlanHandlers,
  ...controlCheckHandlers,
  ...controlFindingHandlers,
  ...controlActionHandlers,
  ...controlEvidenceHandlers,
  ...controlReminderHandlers,
};
