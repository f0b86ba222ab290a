/** Organisation identity and DPO contact (Art. 33(3)(b), Art. 30(1)(a)): used at creation and in Paramètres. */
import { Checkbox, Fieldset, TextInput, type TextInputProps } from '@mantine/core';
import { useT } from '../i18n/I18nProvider';
import type { FieldErrors } from './form-errors';
import { sirenLooksWrong, type OrganisationDraft } from './organisation-draft';

interface Props {
  value: OrganisationDraft;
  onChange: (patch: Partial<OrganisationDraft>) => void;
  /** Keyed by the contract's paths relative to the organisation (`siren`, `address.city`…). */
  errors: FieldErrors;
  readOnly?: boolean;
  organisationLegend: string;
  dpoLegend: string;
}

export function OrganisationFields({ value, onChange, errors, readOnly = false, organisationLegend, dpoLegend }: Props) {
  const t = useT();
  const text = (field: keyof OrganisationDraft, path: string, label: string, extra: Partial<TextInputProps> = {}) => (
    <TextInput
      label={label}
      value={String(value[field])}
      onChange={(e) => onChange({ [field]: e.currentTarget.value })}
      error={errors[path]}
      readOnly={readOnly}
      {...extra}
    />
  );
  const sirenError = errors.siren ?? (sirenLooksWrong(value.siren) ? t('org.sirenInvalid') : undefined);

  return (
    <>
      <Fieldset legend={organisationLegend} variant="filled">
        <div className="form-grid">
          {text('name', 'name', t('org.name'), { required: !readOnly, autoComplete: 'organization' })}
          <TextInput
            label={t('org.siren')}
            description={t('org.sirenHint')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            value={value.siren}
            onChange={(e) => onChange({ siren: e.currentTarget.value })}
            error={sirenError}
            readOnly={readOnly}
            required={!readOnly}
            inputMode="numeric"
            maxLength={11}
          />
          {text('street', 'address.street', t('org.street'), { required: !readOnly, autoComplete: 'street-address', className: 'span-2' })}
          {text('postalCode', 'address.postalCode', t('org.postalCode'), { required: !readOnly, autoComplete: 'postal-code' })}
          {text('city', 'address.city', t('org.city'), { required: !readOnly, autoComplete: 'address-level2' })}
          {text('country', 'address.country', t('org.country'), { autoComplete: 'country-name' })}
          <Checkbox
            className="span-2"
            label={t('org.alsaceMoselle')}
            checked={value.alsaceMoselle}
            onChange={(e) => onChange({ alsaceMoselle: e.currentTarget.checked })}
            disabled={readOnly}
          />
        </div>
      </Fieldset>
      <Fieldset legend={dpoLegend} variant="filled">
        <div className="form-grid">
          {text('dpoName', 'dpoName', t('org.dpoName'), { required: !readOnly, autoComplete: 'name' })}
          {text('dpoEmail', 'dpoEmail', t('org.dpoEmail'), { required: !readOnly, type: 'email', autoComplete: 'email' })}
          {text('dpoPhone', 'dpoPhone', t('org.dpoPhone'), { type: 'tel', autoComplete: 'tel' })}
        </div>
      </Fieldset>
    </>
  );
}
