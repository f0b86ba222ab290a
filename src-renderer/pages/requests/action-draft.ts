/**
 * The step forms of a request (`request.act`), as typed, and the action sent. What each step
 * requires comes from the law:
 * - identity: ask only what is needed to confirm it (Art. 12(6), EDPB 01/2022);
 * - extension: reasons, told to the person within the first month (Art. 12(3));
 * - a refusal, even partial: the reasons, and the possibility of a complaint to the CNIL and of a
 *   judicial remedy (Art. 12(4)); « manifestly unfounded or excessive »: the controller proves it
 *   (Art. 12(5)).
 */
import type { Input } from '../../../src-main/shared/contract';
import { REQUEST_ACTION_TYPES, REQUEST_CHANNELS, REQUEST_OUTCOMES, RequestActInput, type RequestActionType } from '../../../src-main/shared/schemas/request';
import { zodFieldErrors, type FieldErrors } from '../../components/form-errors';
import { parisLocalToIso } from '../breaches/paris-time';
import { pick } from '../breaches/vocabulary-options';

export interface ActionDraft {
  type: RequestActionType;
  at: string;
  note: string;
  documentsRequested: string;
  question: string;
  answer: string;
  reasons: string;
  outcome: string;
  channel: string;
  summary: string;
  refusalReasons: string;
  complaintToCnilMentioned: boolean;
  judicialRemedyMentioned: boolean;
  /** `YYYY-MM-DD`; empty: the day of the answer. */
  informedOn: string;
  justification: string;
}

export function emptyActionDraft(type: RequestActionType, at: string, channel: string): ActionDraft {
  return {
    type,
    at,
    note: '',
    documentsRequested: '',
    question: '',
    answer: '',
    reasons: '',
    outcome: 'granted',
    channel,
    summary: '',
    refusalReasons: '',
    complaintToCnilMentioned: true,
    judicialRemedyMentioned: true,
    informedOn: '',
    justification: '',
  };
}

/** Outcomes that do not (fully) grant the request: Art. 12(4) information is due. */
export const REFUSING_OUTCOMES: readonly string[] = ['partly_granted', 'refused', 'manifestly_unfounded', 'excessive'];
/** Outcomes whose character the controller must demonstrate (Art. 12(5)). */
export const BURDEN_OUTCOMES: readonly string[] = ['manifestly_unfounded', 'excessive'];

function actionOf(draft: ActionDraft, at: string) {
  const base = { at, note: draft.note };
  switch (draft.type) {
    case 'request_identity':
      return { type: draft.type, ...base, documentsRequested: draft.documentsRequested };
    case 'request_clarification':
      return { type: draft.type, ...base, question: draft.question };
    case 'receive_clarification':
      return { type: draft.type, ...base, answer: draft.answer };
    case 'extend':
      return { type: draft.type, ...base, reasons: draft.reasons };
    case 'answer': {
      const refusing = REFUSING_OUTCOMES.includes(draft.outcome);
      return {
        type: draft.type,
        ...base,
        outcome: pick(REQUEST_OUTCOMES, draft.outcome) ?? 'granted',
        channel: pick(REQUEST_CHANNELS, draft.channel) ?? 'letter',
        summary: draft.summary,
        refusal: refusing
          ? {
              reasons: draft.refusalReasons,
              complaintToCnilMentioned: draft.complaintToCnilMentioned,
              judicialRemedyMentioned: draft.judicialRemedyMentioned,
              ...(draft.informedOn ? { informedOn: draft.informedOn } : {}),
            }
          : null,
        justification: BURDEN_OUTCOMES.includes(draft.outcome) ? draft.justification : '',
      };
    }
    case 'start':
    case 'receive_identity':
    case 'close':
      return { type: draft.type, ...base };
  }
}

export type ActionResult = { ok: true; input: Input<'request.act'> } | { ok: false; errors: FieldErrors };

/**
 * The `request.act` input, checked before sending. Issues are keyed as the service keys them
 * (`at`, `reasons`, `refusal.reasons`…), the `action.` prefix removed.
 */
export function actionInput(id: string, draft: ActionDraft, messages: { instantInvalid: string; extendReasons: string; refusalReasons: string; mentions: string; justification: string }): ActionResult {
  const errors: Record<string, string> = {};
  const at = parisLocalToIso(draft.at);
  if (at === null) errors.at = messages.instantInvalid;
  if (draft.type === 'extend' && draft.reasons.trim() === '') errors.reasons = messages.extendReasons;
  if (draft.type === 'answer' && REFUSING_OUTCOMES.includes(draft.outcome)) {
    if (draft.refusalReasons.trim() === '') errors['refusal.reasons'] = messages.refusalReasons;
    if (!draft.complaintToCnilMentioned) errors['refusal.complaintToCnilMentioned'] = messages.mentions;
    if (!draft.judicialRemedyMentioned) errors['refusal.judicialRemedyMentioned'] = messages.mentions;
  }
  if (draft.type === 'answer' && BURDEN_OUTCOMES.includes(draft.outcome) && draft.justification.trim() === '') errors.justification = messages.justification;
  const parsed = RequestActInput.safeParse({ id, action: actionOf(draft, at ?? '') });
  if (!parsed.success) {
    for (const [path, message] of Object.entries(zodFieldErrors(parsed.error))) {
      const key = path.replace(/^action\./, '');
      if (!(key in errors)) errors[key] = message;
    }
  }
  return parsed.success && Object.keys(errors).length === 0 ? { ok: true, input: parsed.data } : { ok: false, errors };
}

export const isActionType = (value: string): value is RequestActionType => pick(REQUEST_ACTION_TYPES, value) !== null;
