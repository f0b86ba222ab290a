/**
 * How a destination outside the EEA is framed (GDPR Art. 45-49): the mechanism, its SCC module or
 * Art. 49 point, the documentation, the US Data Privacy Framework certification and the date of the
 * transfer impact assessment (CJEU C-311/18). Shown only for a country outside the EEA.
 */
import { Checkbox, Select, Text, Textarea } from '@mantine/core';
import {
  ART49_POINT_LABELS,
  ART49_POINTS,
  SCC_MODULE_LABELS,
  SCC_MODULES,
  TRANSFER_MECHANISM_LABELS,
  type TransferMechanismKind,
} from '../../../src-main/core/transfers';
import type { FieldErrors } from '../../components/form-errors';
import { useLang, useT } from '../../i18n/I18nProvider';
import { DateField } from './common/DateField';
import { pick } from './common/vocabulary';
import { countryStatus } from './CountryField';
import type { MechanismDraft, TransferDraft } from './mechanism-draft';

/** In the order of Chapter V: Art. 45, 46(2)(c), 47, 49, then « none » (Art. 44). */
const KINDS: readonly TransferMechanismKind[] = ['adequacy', 'scc_2021_914', 'bcr', 'art49_derogation', 'none'];

interface Props {
  country: string;
  value: TransferDraft;
  onChange: (patch: Partial<TransferDraft>) => void;
  /** Errors keyed by path; `prefix` is this location's path (`hostingLocations.1.`). */
  errors: FieldErrors;
  prefix: string;
}

export function MechanismFields({ country, value, onChange, errors, prefix }: Props) {
  const t = useT();
  const [lang] = useLang();
  const status = countryStatus(country);
  if (status === null || status === 'unknown') return null;
  if (!status.outside) {
    return (
      <Text size="xs" c="dimmed">
        {t('processors.mechanism.insideEea')}
      </Text>
    );
  }
  const m = value.mechanism;
  const patchMechanism = (p: Partial<MechanismDraft>) => onChange({ mechanism: { ...m, ...p } });
  return (
    <div className="form-grid">
      <Select
        label={t('processors.mechanism.kind')}
        placeholder={t('processors.mechanism.notDocumented')}
        value={m.kind}
        onChange={(v) => patchMechanism({ kind: pick(KINDS, v) })}
        data={KINDS.map((k) => ({ value: k, label: `${TRANSFER_MECHANISM_LABELS[k][lang]} (${TRANSFER_MECHANISM_LABELS[k].article})` }))}
        clearable
        clearButtonProps={{ 'aria-label': t('processors.filters.clear') }}
        error={errors[`${prefix}mechanism.kind`]}
      />
      {m.kind === 'scc_2021_914' && (
        <Select
          label={t('processors.mechanism.module')}
          value={String(m.module)}
          onChange={(v) => {
            const module = SCC_MODULES.find((x) => String(x) === v);
            if (module) patchMechanism({ module });
          }}
          data={SCC_MODULES.map((x) => ({ value: String(x), label: SCC_MODULE_LABELS[x][lang] }))}
          allowDeselect={false}
        />
      )}
      {m.kind === 'art49_derogation' && (
        <Select
          label={t('processors.mechanism.point')}
          value={m.point}
          onChange={(v) => {
            const point = pick(ART49_POINTS, v);
            if (point) patchMechanism({ point });
          }}
          data={ART49_POINTS.map((x) => ({ value: x, label: ART49_POINT_LABELS[x][lang] }))}
          allowDeselect={false}
        />
      )}
      {m.kind !== null && (
        <Textarea
          className="span-2"
          label={t('processors.mechanism.documentation')}
          description={m.kind === 'art49_derogation' && m.point === 'second_subparagraph' ? t('processors.mechanism.art49Hint') : undefined}
          value={m.documentation}
          onChange={(e) => patchMechanism({ documentation: e.currentTarget.value })}
          autosize
          minRows={1}
          maxLength={2000}
          error={errors[`${prefix}mechanism.documentation`]}
        />
      )}
      {status.code === 'US' && (
        <Checkbox label={t('processors.mechanism.dpf')} checked={value.dpfCertified} onChange={(e) => onChange({ dpfCertified: e.currentTarget.checked })} />
      )}
      <DateField
        label={t('processors.mechanism.tiaDate')}
        description={t('processors.mechanism.tiaHint')}
        value={value.tiaDate}
        onChange={(tiaDate) => onChange({ tiaDate })}
        error={errors[`${prefix}tiaDate`]}
      />
    </div>
  );
}
