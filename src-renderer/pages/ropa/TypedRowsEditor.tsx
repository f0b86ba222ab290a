/** Rows of « type + précisions » of the CNIL fiche: recipients (Art. 30(1)(d)) and security measures (Art. 30(1)(g)). */
import { Select, Textarea } from '@mantine/core';
import { useLang, useT } from '../../i18n/I18nProvider';
import { RowsEditor } from '../processors/common/RowsEditor';
import { listOptions, pick, type VocabularyItem } from '../processors/common/vocabulary';

interface Row<K extends string> {
  type: K;
  details: string;
}

interface Props<K extends string> {
  legend: string;
  intro: string;
  vocabulary: readonly VocabularyItem<K>[];
  items: Row<K>[];
  onChange: (items: Row<K>[]) => void;
  typeLabel: string;
  addLabel: string;
  removeLabel: (index: number) => string;
}

export function TypedRowsEditor<K extends string>({ legend, intro, vocabulary, items, onChange, typeLabel, addLabel, removeLabel }: Props<K>) {
  const t = useT();
  const [lang] = useLang();
  const ids = vocabulary.map((v) => v.id);
  const first = ids[0];
  if (first === undefined) return null;
  return (
    <RowsEditor
      legend={legend}
      intro={intro}
      items={items}
      onChange={onChange}
      create={() => ({ type: ids.find((id) => !items.some((r) => r.type === id)) ?? first, details: '' })}
      addLabel={addLabel}
      removeLabel={removeLabel}
      max={50}
      render={(r, _i, update) => (
        <div className="form-grid">
          <Select
            label={typeLabel}
            data={listOptions(vocabulary, lang)}
            value={r.type}
            onChange={(v) => {
              const type = pick(ids, v);
              if (type) update({ type });
            }}
            allowDeselect={false}
          />
          <Textarea label={t('ropa.form.details')} value={r.details} onChange={(e) => update({ details: e.currentTarget.value })} autosize minRows={1} maxLength={2000} />
        </div>
      )}
    />
  );
}
