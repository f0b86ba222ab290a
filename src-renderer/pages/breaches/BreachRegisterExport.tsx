/**
 * The register of breaches for a period (Art. 33(5)), XLSX or PDF: every incident discovered in the
 * period, notified or not, dismissed ones included. DPO and compliance officer only (contract).
 */
import { Button, Fieldset, Group, Loader, SegmentedControl, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useMutationMethod } from '../../api/hooks';
import { downloadFile } from '../../api/download-file';
import { ErrorAlert } from '../../components/ErrorAlert';
import { apiFieldErrors } from '../../components/form-errors';
import { useT } from '../../i18n/I18nProvider';
import { parisStartOfYear, parisToday } from './paris-time';
import { pick } from './vocabulary-options';

const FORMATS = ['xlsx', 'pdf'] as const;

export function BreachRegisterExport() {
  const t = useT();
  const [from, setFrom] = useState(parisStartOfYear);
  const [to, setTo] = useState(() => parisToday());
  const [format, setFormat] = useState<(typeof FORMATS)[number]>('xlsx');
  const register = useMutationMethod('breach.register', { inlineErrors: true, onSuccess: downloadFile });
  const errors = apiFieldErrors(register.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    register.mutate({ from, to, format });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Fieldset legend={t('breaches.register.title')} variant="filled">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput type="date" label={t('breaches.register.from')} value={from} onChange={(e) => setFrom(e.currentTarget.value)} error={errors.from} required />
          <TextInput type="date" label={t('breaches.register.to')} value={to} onChange={(e) => setTo(e.currentTarget.value)} error={errors.to} required />
          <SegmentedControl
            aria-label={t('breaches.register.format')}
            value={format}
            onChange={(v) => setFormat(pick(FORMATS, v) ?? 'xlsx')}
            data={[
              { value: 'xlsx', label: t('breaches.register.xlsx') },
              { value: 'pdf', label: t('breaches.register.pdf') },
            ]}
          />
          <Button type="submit" variant="outline" loading={register.isPending}>
            {t('breaches.register.download')}
          </Button>
        </Group>
        {register.isPending && (
          <Group gap="xs" mt="xs" role="status">
            <Loader size="xs" />
            <Text size="sm">{t('breaches.register.preparing')}</Text>
          </Group>
        )}
        {register.isError && <ErrorAlert error={register.error} />}
      </Fieldset>
    </form>
  );
}
