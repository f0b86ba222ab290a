/** Joint controllers (Art. 26) or controllers we act for (Art. 30(2)(a)): the CNIL « Acteurs » columns. */
import { Textarea, TextInput } from '@mantine/core';
import type { FieldErrors } from '../../components/form-errors';
import { useT } from '../../i18n/I18nProvider';
import { RowsEditor } from '../processors/common/RowsEditor';
import { newServed, type ServedDraft } from './processing-draft';

type TextKey = Exclude<keyof ServedDraft, 'categoriesOfProcessing'>;

interface Props {
  legend: string;
  intro: string;
  items: ServedDraft[];
  onChange: (items: ServedDraft[]) => void;
  errors: FieldErrors;
  /** `jointControllers` or `controllersServed`. */
  path: string;
  withCategories?: boolean;
}

export function ActorsEditor({ legend, intro, items, onChange, errors, path, withCategories = false }: Props) {
  const t = useT();
  return (
    <RowsEditor
      legend={legend}
      intro={intro}
      items={items}
      onChange={onChange}
      create={newServed}
      addLabel={t('ropa.form.addActor')}
      removeLabel={(i) => t('ropa.form.removeActor', { name: items[i]?.name || String(i + 1) })}
      error={errors[path]}
      render={(a, i, update) => {
        const text = (field: TextKey, label: string, extra: { className?: string; required?: boolean; type?: string } = {}) => (
          <TextInput label={label} value={a[field]} onChange={(e) => update({ [field]: e.currentTarget.value })} error={errors[`${path}.${i}.${field}`]} {...extra} />
        );
        return (
          <div className="form-grid">
            {text('name', t('ropa.actor.name'), { required: true })}
            {text('email', t('ropa.actor.email'), { type: 'email' })}
            {text('address', t('ropa.actor.address'), { className: 'span-2' })}
            {text('postalCode', t('ropa.actor.postalCode'))}
            {text('city', t('ropa.actor.city'))}
            {text('country', t('ropa.actor.country'))}
            {text('phone', t('ropa.actor.phone'), { type: 'tel' })}
            {withCategories && (
              <Textarea
                className="span-2"
                label={t('ropa.actor.categories')}
                value={a.categoriesOfProcessing}
                onChange={(e) => update({ categoriesOfProcessing: e.currentTarget.value })}
                autosize
                minRows={1}
                error={errors[`${path}.${i}.categoriesOfProcessing`]}
              />
            )}
          </div>
        );
      }}
    />
  );
}
