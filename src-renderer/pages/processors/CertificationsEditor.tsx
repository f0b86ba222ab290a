/** Certifications of the processor with their validity (Art. 28(5), 42; HDS: code de la santé publique L1111-8). */
import { Select, TextInput } from '@mantine/core';
import { CERTIFICATION_KINDS, CERTIFICATION_LABELS } from '../../../src-main/core/processor-alerts';
import type { FieldErrors } from '../../components/form-errors';
import { useLang, useT } from '../../i18n/I18nProvider';
import { DateField } from './common/DateField';
import { RowsEditor } from './common/RowsEditor';
import { pick, recordOptions } from './common/vocabulary';
import { newCertification, type CertificationDraft } from './processor-draft';

interface Props {
  items: CertificationDraft[];
  onChange: (items: CertificationDraft[]) => void;
  errors: FieldErrors;
}

export function CertificationsEditor({ items, onChange, errors }: Props) {
  const t = useT();
  const [lang] = useLang();
  return (
    <RowsEditor
      legend={t('processors.form.certifications')}
      intro={t('processors.form.certificationsIntro')}
      items={items}
      onChange={onChange}
      create={newCertification}
      addLabel={t('processors.form.addCertification')}
      removeLabel={(i) => t('processors.form.removeCertification', { n: i + 1 })}
      max={50}
      render={(c, i, update) => (
        <div className="form-grid">
          <Select
            label={t('processors.cert.kind')}
            value={c.kind}
            onChange={(v) => {
              const kind = pick(CERTIFICATION_KINDS, v);
              if (kind) update({ kind });
            }}
            data={recordOptions(CERTIFICATION_KINDS, CERTIFICATION_LABELS, lang)}
            allowDeselect={false}
          />
          <TextInput label={t('processors.cert.label')} value={c.label} onChange={(e) => update({ label: e.currentTarget.value })} error={errors[`certifications.${i}.label`]} maxLength={200} />
          <TextInput label={t('processors.cert.number')} value={c.certificateNumber} onChange={(e) => update({ certificateNumber: e.currentTarget.value })} maxLength={100} />
          <div />
          <DateField label={t('processors.cert.validFrom')} value={c.validFrom} onChange={(validFrom) => update({ validFrom })} error={errors[`certifications.${i}.validFrom`]} />
          <DateField label={t('processors.cert.validUntil')} value={c.validUntil} onChange={(validUntil) => update({ validUntil })} error={errors[`certifications.${i}.validUntil`]} />
        </div>
      )}
    />
  );
}
