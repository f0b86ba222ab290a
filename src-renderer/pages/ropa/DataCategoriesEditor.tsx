/**
 * Data categories of the CNIL fiche, ordinary then sensitive (Art. 9, 10, NIR), each with its
 * description, retention period (Art. 30(1)(f)) and what happens at its end (Art. 5(1)(e)).
 */
import { Select, Textarea, TextInput } from '@mantine/core';
import { DATA_CATEGORIES, FINAL_FATES, SENSITIVE_CATEGORIES } from '../../../src-main/core/ropa-vocabulary';
import { ALL_DATA_CATEGORY_IDS } from '../../../src-main/shared/schemas/processing';
import type { FieldErrors } from '../../components/form-errors';
import { useLang, useT } from '../../i18n/I18nProvider';
import { RowsEditor } from '../processors/common/RowsEditor';
import { listOptions, pick } from '../processors/common/vocabulary';
import { newDataCategory, type DataCategoryDraft } from './processing-draft';

const FATE_IDS = FINAL_FATES.map((f) => f.id);

export function DataCategoriesEditor({ items, onChange, errors }: { items: DataCategoryDraft[]; onChange: (items: DataCategoryDraft[]) => void; errors: FieldErrors }) {
  const t = useT();
  const [lang] = useLang();
  const groups = [
    { group: t('ropa.data.ordinary'), items: listOptions(DATA_CATEGORIES, lang) },
    { group: t('ropa.data.sensitive'), items: SENSITIVE_CATEGORIES.map((c) => ({ value: c.id, label: `${c[lang]} (${c.article})` })) },
  ];
  return (
    <RowsEditor
      legend={t('ropa.block.data')}
      intro={t('ropa.form.dataIntro')}
      items={items}
      onChange={onChange}
      create={() => newDataCategory(items)}
      addLabel={t('ropa.form.addData')}
      removeLabel={(i) => t('ropa.form.removeData', { n: i + 1 })}
      max={ALL_DATA_CATEGORY_IDS.length}
      render={(c, i, update) => (
        <div className="form-grid">
          <Select
            label={t('ropa.data.category')}
            data={groups}
            value={c.category}
            onChange={(v) => {
              const category = pick(ALL_DATA_CATEGORY_IDS, v);
              if (category) update({ category });
            }}
            allowDeselect={false}
            searchable
            error={errors[`dataCategories.${i}.category`]}
          />
          <Select
            label={t('ropa.data.finalFate')}
            placeholder={t('ropa.form.choose')}
            data={listOptions(FINAL_FATES, lang)}
            value={c.finalFate}
            onChange={(v) => update({ finalFate: pick(FATE_IDS, v) })}
            clearable
            clearButtonProps={{ 'aria-label': t('processors.filters.clear') }}
          />
          <Textarea
            className="span-2"
            label={t('ropa.data.description')}
            value={c.description}
            onChange={(e) => update({ description: e.currentTarget.value })}
            autosize
            minRows={1}
            maxLength={2000}
          />
          <TextInput
            className="span-2"
            label={t('ropa.data.retention')}
            description={t('ropa.form.retentionHint')}
            value={c.retention}
            onChange={(e) => update({ retention: e.currentTarget.value })}
            error={errors[`dataCategories.${i}.retention`]}
            maxLength={500}
          />
        </div>
      )}
    />
  );
}
