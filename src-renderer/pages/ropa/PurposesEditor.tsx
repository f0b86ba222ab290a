/** « Finalité principale » then « Sous-finalité n » (CNIL fiche), each with its Art. 6(1) legal bases. */
import { MultiSelect, Textarea, TextInput } from '@mantine/core';
import { LEGAL_BASES } from '../../../src-main/core/ropa-vocabulary';
import type { FieldErrors } from '../../components/form-errors';
import { useLang, useT } from '../../i18n/I18nProvider';
import { RowsEditor } from '../processors/common/RowsEditor';
import { listOptions, pickAll } from '../processors/common/vocabulary';
import { newPurpose, type PurposeDraft } from './processing-draft';

const BASIS_IDS = LEGAL_BASES.map((b) => b.id);

export function PurposesEditor({ items, onChange, errors }: { items: PurposeDraft[]; onChange: (items: PurposeDraft[]) => void; errors: FieldErrors }) {
  const t = useT();
  const [lang] = useLang();
  return (
    <RowsEditor
      legend={t('ropa.block.purposes')}
      intro={t('ropa.form.purposesIntro')}
      items={items}
      onChange={onChange}
      create={newPurpose}
      addLabel={t('ropa.form.addPurpose')}
      removeLabel={(i) => t('ropa.form.removePurpose', { n: i + 1 })}
      max={20}
      reorderable
      error={errors.purposes}
      render={(p, i, update) => (
        <div className="form-grid">
          <TextInput
            className="span-2"
            label={i === 0 ? t('ropa.purposes.main') : t('ropa.purposes.sub', { n: i })}
            value={p.label}
            onChange={(e) => update({ label: e.currentTarget.value })}
            error={errors[`purposes.${i}.label`]}
            required
            maxLength={1000}
          />
          <MultiSelect
            className="span-2"
            label={t('ropa.purposes.legalBases')}
            data={listOptions(LEGAL_BASES, lang, true)}
            value={p.legalBases}
            onChange={(v) => update({ legalBases: pickAll(BASIS_IDS, v) })}
            error={errors[`purposes.${i}.legalBases`]}
          />
          <Textarea
            className="span-2"
            label={t('ropa.purposes.justification')}
            value={p.justification}
            onChange={(e) => update({ justification: e.currentTarget.value })}
            autosize
            minRows={1}
            maxLength={2000}
          />
        </div>
      )}
    />
  );
}
