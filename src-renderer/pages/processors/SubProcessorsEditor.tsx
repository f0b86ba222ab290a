/**
 * The sub-processor chain, nested up to five levels (shared/schemas/processor.ts): for each link the
 * Art. 28(2) authorisation (specific or general, with the window to object), the Art. 28(4)
 * flow-down of obligations, and the transfer mechanism when it sits outside the EEA.
 */
import { Checkbox, NumberInput, Select, TextInput } from '@mantine/core';
import { AUTHORISATION_KINDS, AUTHORISATION_LABELS, MAX_CHAIN_DEPTH } from '../../../src-main/shared/schemas/processor';
import type { FieldErrors } from '../../components/form-errors';
import { useLang, useT } from '../../i18n/I18nProvider';
import { DateField } from './common/DateField';
import { RowsEditor } from './common/RowsEditor';
import { pick, recordOptions } from './common/vocabulary';
import { CountryField } from './CountryField';
import { MechanismFields } from './MechanismFields';
import { newSubProcessor, type SubProcessorDraft } from './processor-draft';

interface Props {
  items: SubProcessorDraft[];
  onChange: (items: SubProcessorDraft[]) => void;
  errors: FieldErrors;
  /** Path of this list in the input (`subProcessors.` then `subProcessors.0.subProcessors.`). */
  prefix: string;
  depth: number;
  /** Name of the processor these are the sub-processors of. */
  parentName: string;
}

export function SubProcessorsEditor({ items, onChange, errors, prefix, depth, parentName }: Props) {
  const t = useT();
  const [lang] = useLang();
  return (
    <RowsEditor
      legend={depth === 1 ? t('processors.form.chain') : t('processors.form.chainOf', { name: parentName || '…' })}
      intro={depth === 1 ? t('processors.form.chainIntro') : undefined}
      items={items}
      onChange={onChange}
      create={newSubProcessor}
      addLabel={t('processors.form.addSub', { name: parentName || '…' })}
      removeLabel={(i) => t('processors.form.removeSub', { name: items[i]?.name || String(i + 1) })}
      error={errors[prefix.replace(/\.$/, '')]}
      max={100}
      render={(s, i, update) => {
        const at = `${prefix}${i}.`;
        return (
          <>
            <div className="form-grid">
              <TextInput label={t('processors.field.name')} value={s.name} onChange={(e) => update({ name: e.currentTarget.value })} error={errors[`${at}name`]} required maxLength={200} />
              <CountryField label={t('processors.field.country')} value={s.country} onChange={(country) => update({ country })} error={errors[`${at}country`]} />
              <TextInput className="span-2" label={t('processors.field.service')} value={s.service} onChange={(e) => update({ service: e.currentTarget.value })} maxLength={500} />
              <Select
                label={t('processors.chain.authorisation')}
                value={s.authorisationKind}
                onChange={(v) => {
                  const kind = pick(AUTHORISATION_KINDS, v);
                  if (kind) update({ authorisationKind: kind });
                }}
                data={recordOptions(AUTHORISATION_KINDS, AUTHORISATION_LABELS, lang)}
                allowDeselect={false}
              />
              <DateField label={t('processors.chain.authorisationDate')} value={s.authorisationDate} onChange={(authorisationDate) => update({ authorisationDate })} error={errors[`${at}authorisation.date`]} />
              {s.authorisationKind === 'general' && (
                <NumberInput
                  label={t('processors.chain.objectionDays')}
                  value={s.objectionWindowDays}
                  onChange={(v) => update({ objectionWindowDays: typeof v === 'number' ? v : '' })}
                  min={1}
                  max={365}
                  allowDecimal={false}
                  error={errors[`${at}authorisation.objectionWindowDays`]}
                  required
                />
              )}
              <Checkbox className="span-2" label={t('processors.chain.flowDownLabel')} checked={s.flowDown} onChange={(e) => update({ flowDown: e.currentTarget.checked })} />
            </div>
            <MechanismFields country={s.country} value={s} onChange={update} errors={errors} prefix={at} />
            {depth < MAX_CHAIN_DEPTH && (
              <SubProcessorsEditor
                items={s.subProcessors}
                onChange={(subProcessors) => update({ subProcessors })}
                errors={errors}
                prefix={`${at}subProcessors.`}
                depth={depth + 1}
                parentName={s.name}
              />
            )}
          </>
        );
      }}
    />
  );
}
