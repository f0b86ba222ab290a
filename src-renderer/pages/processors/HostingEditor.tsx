/** Hosting locations (datacentres, support sites) with, outside the EEA, how each transfer is framed (Art. 44-49). */
import { TextInput } from '@mantine/core';
import type { FieldErrors } from '../../components/form-errors';
import { useT } from '../../i18n/I18nProvider';
import { RowsEditor } from './common/RowsEditor';
import { CountryField } from './CountryField';
import { MechanismFields } from './MechanismFields';
import { newHosting, type HostingDraft } from './processor-draft';

interface Props {
  items: HostingDraft[];
  onChange: (items: HostingDraft[]) => void;
  errors: FieldErrors;
}

export function HostingEditor({ items, onChange, errors }: Props) {
  const t = useT();
  return (
    <RowsEditor
      legend={t('processors.form.hosting')}
      intro={t('processors.form.hostingIntro')}
      items={items}
      onChange={onChange}
      create={newHosting}
      addLabel={t('processors.form.addHosting')}
      removeLabel={(i) => t('processors.form.removeHosting', { n: i + 1 })}
      max={50}
      render={(h, i, update) => (
        <>
          <div className="form-grid">
            <CountryField label={t('processors.field.country')} value={h.country} onChange={(country) => update({ country })} error={errors[`hostingLocations.${i}.country`]} />
            <TextInput
              label={t('processors.hosting.description')}
              value={h.description}
              onChange={(e) => update({ description: e.currentTarget.value })}
              error={errors[`hostingLocations.${i}.description`]}
              maxLength={500}
            />
          </div>
          <MechanismFields country={h.country} value={h} onChange={update} errors={errors} prefix={`hostingLocations.${i}.`} />
        </>
      )}
    />
  );
}
