/**
 * The fields of a request (intake and edit): type, receipt instant and channel, applicant and data
 * subject with their link and its proof, post-mortem information, deadline profile (GDPR, or the
 * medical-record access of Code de la santé publique art. L1111-7), summary and processings.
 */
import { Checkbox, Fieldset, Select, Stack, Textarea, TextInput } from '@mantine/core';
import {
  DEADLINE_PROFILES,
  DEADLINE_PROFILE_INFO,
  POST_MORTEM_DIRECTIVES,
  POST_MORTEM_PURPOSES,
  REPRESENTATION_LINKS,
  REPRESENTATION_LINK_LABELS,
  REQUEST_CHANNELS,
  REQUEST_CHANNEL_LABELS,
  REQUEST_TYPES,
  REQUEST_TYPE_INFO,
} from '../../../src-main/shared/schemas/request';
import type { LinkedProcessing } from '../../../src-main/shared/schemas/links';
import type { FieldErrors } from '../../components/form-errors';
import { useLang, useT } from '../../i18n/I18nProvider';
import { ProcessingMultiSelect } from '../breaches/links/ProcessingMultiSelect';
import { optionsOf, pick } from '../breaches/vocabulary-options';
import { PersonFields } from './PersonFields';
import { needsPostMortem, type RequestDraft } from './request-draft';

interface Props {
  value: RequestDraft;
  /** Processings of the register already linked (shown before the register list is loaded). */
  linked?: readonly LinkedProcessing[];
  errors: FieldErrors;
  readOnly?: boolean;
  onChange: (patch: Partial<RequestDraft>) => void;
  autoFocusType?: boolean;
}

export function RequestFields({ value, linked = [], errors, readOnly = false, onChange, autoFocusType = false }: Props) {
  const t = useT();
  const [lang] = useLang();
  const type = pick(REQUEST_TYPES, value.type);
  const profile = pick(DEADLINE_PROFILES, value.profile);
  // Never offer the link « self » once the applicant acts for someone else.
  const links = REPRESENTATION_LINKS.filter((l) => l !== 'self');
  return (
    <Stack gap="sm">
      <Fieldset legend={t('requests.form.requestLegend')} variant="filled">
        <div className="form-grid">
          <Select
            label={t('requests.field.type')}
            description={type ? REQUEST_TYPE_INFO[type].article : undefined}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            data={optionsOf(REQUEST_TYPES, REQUEST_TYPE_INFO, lang)}
            value={value.type}
            onChange={(v) => onChange({ type: v ?? 'access' })}
            allowDeselect={false}
            required
            readOnly={readOnly}
            error={errors.type}
            autoFocus={autoFocusType}
          />
          <TextInput
            type="datetime-local"
            label={t('requests.field.receivedAt')}
            description={t('requests.field.receivedAtHint')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            value={value.receivedAt}
            onChange={(e) => onChange({ receivedAt: e.currentTarget.value })}
            required
            readOnly={readOnly}
            error={errors.receivedAt}
          />
          <Select label={t('requests.field.channel')} data={optionsOf(REQUEST_CHANNELS, REQUEST_CHANNEL_LABELS, lang)} value={value.channel} onChange={(v) => onChange({ channel: v ?? 'letter' })} allowDeselect={false} required readOnly={readOnly} error={errors.channel} />
          <TextInput label={t('requests.field.channelDetail')} value={value.channelDetail} onChange={(e) => onChange({ channelDetail: e.currentTarget.value })} readOnly={readOnly} error={errors.channelDetail} maxLength={300} />
          <Select
            className="span-2"
            label={t('requests.field.profile')}
            description={profile ? t('requests.field.profileHint', { source: DEADLINE_PROFILE_INFO[profile].source }) : undefined}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            data={optionsOf(DEADLINE_PROFILES, DEADLINE_PROFILE_INFO, lang)}
            value={value.profile}
            onChange={(v) => onChange({ profile: v ?? 'gdpr' })}
            allowDeselect={false}
            readOnly={readOnly}
            error={errors.profile}
          />
        </div>
      </Fieldset>
      <PersonFields legend={t('requests.form.applicantLegend')} value={value.applicant} prefix="applicant." errors={errors} readOnly={readOnly} onChange={(applicant) => onChange({ applicant })} />
      <Checkbox label={t('requests.field.onBehalf')} description={t('requests.field.onBehalfHint')} checked={value.onBehalf} disabled={readOnly} onChange={(e) => onChange({ onBehalf: e.currentTarget.checked })} />
      {value.onBehalf && (
        <>
          <PersonFields legend={t('requests.form.subjectLegend')} value={value.subject} prefix="subject." errors={errors} readOnly={readOnly} onChange={(subject) => onChange({ subject })} />
          <Fieldset legend={t('requests.form.linkLegend')} variant="filled">
            <div className="form-grid">
              <Select label={t('requests.field.link')} data={optionsOf(links, REPRESENTATION_LINK_LABELS, lang)} value={value.link} onChange={(v) => onChange({ link: v ?? 'other' })} allowDeselect={false} required readOnly={readOnly} error={errors['representation.link']} />
              <TextInput type="datetime-local" label={t('requests.field.proofReceivedAt')} value={value.proofReceivedAt} onChange={(e) => onChange({ proofReceivedAt: e.currentTarget.value })} readOnly={readOnly} error={errors['representation.proofReceivedAt']} />
              <TextInput className="span-2" label={t('requests.field.proof')} description={t('requests.field.proofHint')} value={value.proof} onChange={(e) => onChange({ proof: e.currentTarget.value })} readOnly={readOnly} error={errors['representation.proof']} maxLength={1000} />
            </div>
          </Fieldset>
        </>
      )}
      {needsPostMortem(value) && (
        <Fieldset legend={t('requests.form.postMortemLegend')} variant="filled">
          <div className="form-grid">
            <TextInput type="date" label={t('requests.field.deathDate')} value={value.deathDate} onChange={(e) => onChange({ deathDate: e.currentTarget.value })} readOnly={readOnly} error={errors['postMortem.deathDate']} />
            <Select
              label={t('requests.field.directives')}
              data={POST_MORTEM_DIRECTIVES.map((d) => ({ value: d, label: t(`requests.directives.${d}`) }))}
              value={value.directives}
              onChange={(v) => onChange({ directives: v ?? 'unknown' })}
              allowDeselect={false}
              readOnly={readOnly}
            />
            <Select
              className="span-2"
              label={t('requests.field.purpose')}
              data={POST_MORTEM_PURPOSES.map((p) => ({ value: p, label: t(`requests.purpose.${p}`) }))}
              value={value.purpose || null}
              onChange={(v) => onChange({ purpose: v ?? '' })}
              clearable={!readOnly}
              readOnly={readOnly}
              error={errors['postMortem.purpose']}
            />
          </div>
        </Fieldset>
      )}
      <Textarea label={t('requests.field.summary')} description={t('requests.field.summaryHint')} value={value.summary} onChange={(e) => onChange({ summary: e.currentTarget.value })} readOnly={readOnly} error={errors.summary} autosize minRows={2} />
      <ProcessingMultiSelect
        label={t('links.request.processings')}
        description={t('links.request.processingsHint')}
        value={value.processingIds}
        linked={linked}
        onChange={(processingIds) => onChange({ processingIds })}
        readOnly={readOnly}
        error={errors.processingIds}
      />
      <Textarea label={t('links.request.other')} description={t('links.request.otherHint')} value={value.processings} onChange={(e) => onChange({ processings: e.currentTarget.value })} readOnly={readOnly} error={errors.processings} autosize minRows={2} />
      <TextInput label={t('requests.field.notes')} value={value.notes} onChange={(e) => onChange({ notes: e.currentTarget.value })} readOnly={readOnly} error={errors.notes} />
    </Stack>
  );
}
