/**
 * The link that opens the action plan with the « Nouvelle action » form already open on its origin:
 * from a breach's planned measures (GDPR Art. 33(3)(d)) or from a processor alert (Art. 28).
 *   #/controle/actions?nouvelle=breach:<breachId>&titre=…&detail=…
 *   #/controle/actions?nouvelle=processor:<processorId>:<alertKey>&titre=…
 * The alert key (core/processor-alerts.ts) contains colons itself: everything after the processor id
 * is the key. Pure, so the parsing is unit-tested; the service validates the source again.
 */
import { PROCESSOR_ALERT_CODES, type ProcessorAlertCode } from '../../../../src-main/core/processor-alerts';
import { ActionSourceInput } from '../../../../src-main/shared/schemas/control';
import { sectionPath } from '../sections';

export const NEW_ACTION_PARAM = 'nouvelle';
export const TITLE_PARAM = 'titre';
export const DETAIL_PARAM = 'detail';

/** Limits of action.create (schemas/control.ts): title 300 characters, description 10 000. */
export const TITLE_MAX = 300;
export const DETAIL_MAX = 10_000;

export interface NewActionPreset {
  source: ActionSourceInput;
  title: string;
  description: string;
}

/** `breach:<id>`, `finding:<id>` or `processor:<processorId>:<alertKey>`. */
export function sourceToParam(source: ActionSourceInput): string {
  return source.type === 'processor' ? `processor:${source.id}:${source.alert}` : `${source.type}:${source.id}`;
}

/** The source named by the parameter, or null when it is missing or malformed (the form then opens empty). */
export function sourceFromParam(value: string | null): ActionSourceInput | null {
  if (!value) return null;
  const first = value.indexOf(':');
  if (first < 0) return null;
  const type = value.slice(0, first);
  const rest = value.slice(first + 1);
  let candidate: unknown;
  if (type === 'processor') {
    const second = rest.indexOf(':');
    if (second < 0) return null;
    candidate = { type, id: rest.slice(0, second), alert: rest.slice(second + 1) };
  } else {
    candidate = { type, id: rest };
  }
  const parsed = ActionSourceInput.safeParse(candidate);
  return parsed.success ? parsed.data : null;
}

/** Text cut to `max` characters, an ellipsis marking the cut. */
export function clip(text: string, max: number): string {
  const trimmed = text.trim();
  return trimmed.length <= max ? trimmed : `${trimmed.slice(0, max - 1).trimEnd()}…`;
}

/** An action title from free text (the planned measures): its first non-empty line, clipped. */
export function titleFromText(text: string): string {
  const line = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  return clip(line.replace(/^[-•*\s]+/, ''), TITLE_MAX);
}

/** The path of the action plan with the form open on this source and these first words. */
export function newActionPath(source: ActionSourceInput, title: string, description = ''): string {
  const params = new URLSearchParams({ [NEW_ACTION_PARAM]: sourceToParam(source) });
  const t = clip(title, TITLE_MAX);
  const d = clip(description, DETAIL_MAX);
  if (t) params.set(TITLE_PARAM, t);
  if (d) params.set(DETAIL_PARAM, d);
  return `${sectionPath('actions')}?${params.toString()}`;
}

/** What the action form starts with, read from the address; null when no valid source is named. */
export function presetFromParams(params: URLSearchParams): NewActionPreset | null {
  const source = sourceFromParam(params.get(NEW_ACTION_PARAM));
  if (!source) return null;
  return { source, title: clip(params.get(TITLE_PARAM) ?? '', TITLE_MAX), description: clip(params.get(DETAIL_PARAM) ?? '', DETAIL_MAX) };
}

/** The same address without the form's parameters (once it is closed), the filters kept. */
export function withoutPreset(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of [NEW_ACTION_PARAM, TITLE_PARAM, DETAIL_PARAM]) next.delete(key);
  return next;
}

/** The alert's code inside its stable key `<processorId>:<code>:<objectId>` (or a bare code), if known. */
export function alertCodeOf(alert: string): ProcessorAlertCode | null {
  return PROCESSOR_ALERT_CODES.find((code) => alert === code || alert.includes(`:${code}:`) || alert.endsWith(`:${code}`)) ?? null;
}
