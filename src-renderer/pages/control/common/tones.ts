/**
 * Colour tone of each state, severity and priority (a class of control.css, with contrast checked
 * by axe): red for what is late or critical, orange for high, yellow for medium, green for done.
 */
import type { ActionStatus, AuditItemStatus, FindingSeverity } from '../../../../src-main/core/audit-plan';
import type { ActionPriority, FindingState } from '../../../../src-main/shared/schemas/control';
import type { CONTROL_STATES } from '../../../../src-main/shared/schemas/control';

export type Tone = 'bad' | 'warn' | 'notice' | 'info' | 'good' | 'neutral';
type ControlState = (typeof CONTROL_STATES)[number];

export const SEVERITY_TONE: Readonly<Record<FindingSeverity, Tone>> = { critical: 'bad', high: 'warn', medium: 'notice', low: 'neutral' };
export const PRIORITY_TONE: Readonly<Record<ActionPriority, Tone>> = { urgent: 'bad', high: 'warn', normal: 'info', low: 'neutral' };
export const ACTION_STATUS_TONE: Readonly<Record<ActionStatus, Tone>> = { open: 'info', in_progress: 'notice', done: 'good', cancelled: 'neutral' };
export const AUDIT_STATUS_TONE: Readonly<Record<AuditItemStatus, Tone>> = { planned: 'info', in_progress: 'notice', done: 'good', cancelled: 'neutral' };
export const CONTROL_STATE_TONE: Readonly<Record<ControlState, Tone>> = { overdue: 'bad', due_today: 'warn', never_done: 'notice', upcoming: 'good' };
export const FINDING_STATE_TONE: Readonly<Record<FindingState, Tone>> = { no_action: 'warn', in_treatment: 'info', treated: 'good' };

/** Colours of the charts for the audit statuses (same hues as the calendar). */
export const AUDIT_STATUS_COLOR: Readonly<Record<AuditItemStatus, string>> = {
  planned: '#4263eb',
  in_progress: '#e8590c',
  done: '#2b8a3e',
  cancelled: '#868e96',
};
