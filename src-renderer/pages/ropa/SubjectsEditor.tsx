/** « Catégories de personnes concernées » (Art. 30(1)(c)), with how many people and where the data come from. */
import { Textarea, TextInput } from '@mantine/core';
import type { FieldErrors } from '../../components/form-errors';
import { useT } from '../../i18n/I18nProvider';
import { RowsEditor } from '../processors/common/RowsEditor';

type Subject = { label: string; details: string };

export function SubjectsEditor({ items, onChange, errors }: { items: Subject[]; onChange: (items: Subject[]) => void; errors: FieldErrors }) {
  const t = useT();
  return (
    <RowsEditor
      legend={t('ropa.block.subjects')}
      intro={t('ropa.form.subjectsIntro')}
      items={items}
      onChange={onChange}
      create={() => ({ label: '', details: '' })}
      addLabel={t('ropa.form.addSubject')}
      removeLabel={(i) => t('ropa.form.removeSubject', { n: i + 1 })}
      max={50}
      render={(s, i, update) => (
        <div className="form-grid">
          <TextInput label={t('ropa.subjects.label')} value={s.label} onChange={(e) => update({ label: e.currentTarget.value })} error={errors[`subjectCategories.${i}.label`]} required maxLength={200} />
          <Textarea label={t('ropa.subjects.details')} value={s.details} onChange={(e) => update({ details: e.currentTarget.value })} autosize minRows={1} maxLength={1000} />
        </div>
      )}
    />
  );
}
