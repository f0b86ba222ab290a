/** A person of a request (applicant or data subject): name, contact details, member number. */
import { Fieldset, Textarea, TextInput } from '@mantine/core';
import type { FieldErrors } from '../../components/form-errors';
import { useT } from '../../i18n/I18nProvider';
import type { PersonDraft } from './request-draft';

interface Props {
  legend: string;
  value: PersonDraft;
  /** Path prefix of the errors (`applicant.`, `subject.`). */
  prefix: string;
  errors: FieldErrors;
  readOnly: boolean;
  onChange: (value: PersonDraft) => void;
}

export function PersonFields({ legend, value, prefix, errors, readOnly, onChange }: Props) {
  const t = useT();
  const set = (patch: Partial<PersonDraft>) => onChange({ ...value, ...patch });
  return (
    <Fieldset legend={legend} variant="filled">
      <div className="form-grid">
        <TextInput label={t('requests.person.name')} value={value.name} onChange={(e) => set({ name: e.currentTarget.value })} error={errors[`${prefix}name`]} required readOnly={readOnly} maxLength={200} />
        <TextInput label={t('requests.person.memberNumber')} value={value.memberNumber} onChange={(e) => set({ memberNumber: e.currentTarget.value })} error={errors[`${prefix}memberNumber`]} readOnly={readOnly} maxLength={60} />
        <TextInput type="email" label={t('requests.person.email')} value={value.email} onChange={(e) => set({ email: e.currentTarget.value })} error={errors[`${prefix}email`]} readOnly={readOnly} />
        <TextInput type="tel" label={t('requests.person.phone')} value={value.phone} onChange={(e) => set({ phone: e.currentTarget.value })} error={errors[`${prefix}phone`]} readOnly={readOnly} maxLength={40} />
        <Textarea className="span-2" label={t('requests.person.postalAddress')} value={value.postalAddress} onChange={(e) => set({ postalAddress: e.currentTarget.value })} error={errors[`${prefix}postalAddress`]} readOnly={readOnly} autosize minRows={2} maxLength={500} />
      </div>
    </Fieldset>
  );
}
