/** Business, legal and DPO contacts of the processor (who to call about the contract, a breach, a request). */
import { Fieldset, TextInput } from '@mantine/core';
import type { FieldErrors } from '../../components/form-errors';
import { useT } from '../../i18n/I18nProvider';
import type { ContactDraft, ProcessorDraft } from './processor-draft';

type Contacts = ProcessorDraft['contacts'];
const KINDS = ['business', 'legal', 'dpo'] as const;

export function ContactsFields({ value, onChange, errors }: { value: Contacts; onChange: (next: Contacts) => void; errors: FieldErrors }) {
  const t = useT();
  const patch = (kind: keyof Contacts, p: Partial<ContactDraft>) => onChange({ ...value, [kind]: { ...value[kind], ...p } });
  return (
    <Fieldset legend={t('processors.detail.contacts')} variant="filled">
      {KINDS.map((kind) => (
        <div key={kind} className="form-grid wb-contact-row">
          <TextInput
            label={t('processors.form.contactName', { role: t(`processors.contacts.${kind}`) })}
            value={value[kind].name}
            onChange={(e) => patch(kind, { name: e.currentTarget.value })}
            maxLength={200}
            autoComplete="off"
          />
          <TextInput
            label={t('processors.form.contactEmail', { role: t(`processors.contacts.${kind}`) })}
            type="email"
            value={value[kind].email}
            onChange={(e) => patch(kind, { email: e.currentTarget.value })}
            error={errors[`contacts.${kind}.email`]}
            autoComplete="off"
          />
          <TextInput
            label={t('processors.form.contactPhone', { role: t(`processors.contacts.${kind}`) })}
            type="tel"
            value={value[kind].phone}
            onChange={(e) => patch(kind, { phone: e.currentTarget.value })}
            maxLength={40}
            autoComplete="off"
          />
        </div>
      ))}
    </Fieldset>
  );
}
