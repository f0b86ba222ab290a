/** The fields of one step of a request, by step type (action-draft.ts says what each requires). */
import { Checkbox, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { REQUEST_CHANNELS, REQUEST_CHANNEL_LABELS, REQUEST_OUTCOMES, REQUEST_OUTCOME_LABELS, type RequestDetail } from '../../../src-main/shared/schemas/request';
import type { FieldErrors } from '../../components/form-errors';
import { useLang, useT } from '../../i18n/I18nProvider';
import { optionsOf } from '../breaches/vocabulary-options';
import { BURDEN_OUTCOMES, REFUSING_OUTCOMES, type ActionDraft } from './action-draft';

interface Props {
  request: RequestDetail;
  draft: ActionDraft;
  errors: FieldErrors;
  onChange: (patch: Partial<ActionDraft>) => void;
}

export function ActionFields({ request, draft, errors, onChange }: Props) {
  const t = useT();
  const [lang] = useLang();
  // Art. 21(3): an objection to direct marketing cannot be refused, not even partly.
  const outcomes = request.type === 'objection_direct_marketing' ? REQUEST_OUTCOMES.filter((o) => o !== 'refused' && o !== 'partly_granted') : REQUEST_OUTCOMES;
  const text = (key: keyof ActionDraft & string, label: string, options: { required?: boolean; hint?: string; area?: boolean } = {}) => {
    const value = draft[key];
    const common = { label, description: options.hint, required: options.required, error: errors[key === 'refusalReasons' ? 'refusal.reasons' : key], value: typeof value === 'string' ? value : '' };
    return options.area ? (
      <Textarea {...common} autosize minRows={2} onChange={(e) => onChange({ [key]: e.currentTarget.value })} />
    ) : (
      <TextInput {...common} onChange={(e) => onChange({ [key]: e.currentTarget.value })} />
    );
  };
  return (
    <Stack gap="sm">
      <TextInput type="datetime-local" label={t('requests.action.at')} description={t('requests.action.atHint')} value={draft.at} onChange={(e) => onChange({ at: e.currentTarget.value })} error={errors.at} required data-autofocus />
      {draft.type === 'request_identity' && text('documentsRequested', t('requests.action.documentsRequested'), { required: true, hint: t('requests.action.documentsRequestedHint'), area: true })}
      {draft.type === 'request_clarification' && text('question', t('requests.action.question'), { required: true, area: true })}
      {draft.type === 'receive_clarification' && text('answer', t('requests.action.answer'), { area: true })}
      {draft.type === 'extend' && text('reasons', t('requests.action.reasons'), { required: true, hint: t('requests.action.reasonsHint'), area: true })}
      {draft.type === 'answer' && (
        <>
          <Select label={t('requests.action.outcome')} data={optionsOf(outcomes, REQUEST_OUTCOME_LABELS, lang)} value={draft.outcome} onChange={(v) => onChange({ outcome: v ?? 'granted' })} allowDeselect={false} required error={errors.outcome} />
          <Select label={t('requests.action.channel')} description={t('requests.action.channelHint')} data={optionsOf(REQUEST_CHANNELS, REQUEST_CHANNEL_LABELS, lang)} value={draft.channel} onChange={(v) => onChange({ channel: v ?? 'letter' })} allowDeselect={false} required />
          {text('summary', t('requests.action.summary'), { hint: t('requests.action.summaryHint'), area: true })}
          {REFUSING_OUTCOMES.includes(draft.outcome) && (
            <Stack gap="xs" className="refusal-box">
              {text('refusalReasons', t('requests.action.refusalReasons'), { required: true, hint: t('requests.action.refusalReasonsHint'), area: true })}
              <Checkbox label={t('requests.action.complaint')} checked={draft.complaintToCnilMentioned} onChange={(e) => onChange({ complaintToCnilMentioned: e.currentTarget.checked })} error={errors['refusal.complaintToCnilMentioned']} />
              <Checkbox label={t('requests.action.judicial')} checked={draft.judicialRemedyMentioned} onChange={(e) => onChange({ judicialRemedyMentioned: e.currentTarget.checked })} error={errors['refusal.judicialRemedyMentioned']} />
              <TextInput type="date" label={t('requests.action.informedOn')} description={t('requests.action.informedOnHint')} value={draft.informedOn} onChange={(e) => onChange({ informedOn: e.currentTarget.value })} error={errors['refusal.informedOn']} />
            </Stack>
          )}
          {BURDEN_OUTCOMES.includes(draft.outcome) && text('justification', t('requests.action.justification'), { required: true, hint: t('requests.action.justificationHint'), area: true })}
        </>
      )}
      {text('note', t('requests.action.note'))}
    </Stack>
  );
}
