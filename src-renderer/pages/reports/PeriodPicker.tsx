/** Choose the period of the pack: a quarter, a year, or two dates (Europe/Paris days, both included). */
import { SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useLang, useT } from '../../i18n/I18nProvider';
import { formatDay } from '../control/common/calendar-day';
import { PERIOD_KINDS, resolvePeriod, yearChoices, type PeriodChoice, type PeriodKind } from './period-spec';

interface Props {
  value: PeriodChoice;
  today: string;
  onChange: (next: PeriodChoice) => void;
}

export function PeriodPicker({ value, today, onChange }: Props) {
  const t = useT();
  const [lang] = useLang();
  const patch = (p: Partial<PeriodChoice>) => onChange({ ...value, ...p });
  const years = yearChoices(today).map((y) => String(y));
  const resolved = resolvePeriod(value);
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500} id="pack-period-kind">
        {t('reports.period.kind')}
      </Text>
      <SegmentedControl
        aria-labelledby="pack-period-kind"
        value={value.kind}
        onChange={(v) => patch({ kind: v as PeriodKind })}
        data={PERIOD_KINDS.map((k) => ({ value: k, label: t(`reports.period.${k}`) }))}
      />
      <div className="ctl-toolbar">
        {value.kind !== 'custom' && (
          <Select label={t('reports.period.year')} value={String(value.year)} onChange={(v) => patch({ year: Number(v ?? value.year) })} data={years} allowDeselect={false} w={120} />
        )}
        {value.kind === 'quarter' && (
          <Select
            label={t('reports.period.quarter')}
            value={String(value.quarter)}
            onChange={(v) => patch({ quarter: Number(v ?? value.quarter) as PeriodChoice['quarter'] })}
            data={(['1', '2', '3', '4'] as const).map((q) => ({ value: q, label: t(`reports.period.q${q}`) }))}
            allowDeselect={false}
            w={260}
          />
        )}
        {value.kind === 'custom' && (
          <>
            <TextInput type="date" label={t('reports.period.from')} value={value.from} onChange={(e) => patch({ from: e.currentTarget.value })} />
            <TextInput type="date" label={t('reports.period.to')} value={value.to} onChange={(e) => patch({ to: e.currentTarget.value })} />
          </>
        )}
      </div>
      {'error' in resolved ? (
        <Text size="sm" c="red.9" role="alert">
          {value.kind === 'custom' && (value.from === '' || value.to === '') ? t('reports.period.datesMissing') : resolved.error}
        </Text>
      ) : (
        <Text size="sm">{t('reports.period.resolved', { label: resolved.label, from: formatDay(resolved.from, lang), to: formatDay(resolved.to, lang) })}</Text>
      )}
    </Stack>
  );
}
