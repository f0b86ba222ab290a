/**
 * Exports of the Demandes module: the register of requests for a period (XLSX or PDF: due dates,
 * answers, delays, outcomes — the proof each answer was on time, Art. 5(2)) and the .ics calendar
 * of pending due dates (Europe/Paris), with a reminder before each.
 */
import { Button, Fieldset, Group, Loader, NumberInput, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { downloadFile } from '../../api/download-file';
import { useMutationMethod } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { apiFieldErrors } from '../../components/form-errors';
import { useT } from '../../i18n/I18nProvider';
import { parisStartOfYear, parisToday } from '../breaches/paris-time';
import { pick } from '../breaches/vocabulary-options';

const FORMATS = ['xlsx', 'pdf'] as const;

function Preparing({ active }: { active: boolean }) {
  const t = useT();
  if (!active) return null;
  return (
    <Group gap="xs" role="status">
      <Loader size="xs" />
      <Text size="sm">{t('requests.export.preparing')}</Text>
    </Group>
  );
}

export function RequestExports() {
  const t = useT();
  const [from, setFrom] = useState(parisStartOfYear);
  const [to, setTo] = useState(() => parisToday());
  const [format, setFormat] = useState<(typeof FORMATS)[number]>('xlsx');
  const [alarmDays, setAlarmDays] = useState<string | number>(7);
  const register = useMutationMethod('request.register', { inlineErrors: true, onSuccess: downloadFile });
  const calendar = useMutationMethod('request.calendar', { inlineErrors: true, onSuccess: downloadFile });
  const errors = apiFieldErrors(register.error);

  function submitRegister(event: FormEvent) {
    event.preventDefault();
    register.mutate({ from, to, format });
  }

  function submitCalendar(event: FormEvent) {
    event.preventDefault();
    calendar.mutate({ alarmDays: typeof alarmDays === 'number' ? alarmDays : 0 });
  }

  return (
    <Stack>
      <form onSubmit={submitRegister} noValidate>
        <Fieldset legend={t('requests.export.registerTitle')} variant="filled">
          <Group gap="sm" align="flex-end" wrap="wrap">
            <TextInput type="date" label={t('requests.export.from')} value={from} onChange={(e) => setFrom(e.currentTarget.value)} error={errors.from} required />
            <TextInput type="date" label={t('requests.export.to')} value={to} onChange={(e) => setTo(e.currentTarget.value)} error={errors.to} required />
            <SegmentedControl
              aria-label={t('requests.export.format')}
              value={format}
              onChange={(v) => setFormat(pick(FORMATS, v) ?? 'xlsx')}
              data={[
                { value: 'xlsx', label: t('requests.export.xlsx') },
                { value: 'pdf', label: t('requests.export.pdf') },
              ]}
            />
            <Button type="submit" variant="outline" loading={register.isPending}>
              {t('requests.export.registerDownload')}
            </Button>
          </Group>
          <Preparing active={register.isPending} />
          {register.isError && <ErrorAlert error={register.error} />}
        </Fieldset>
      </form>
      <form onSubmit={submitCalendar} noValidate>
        <Fieldset legend={t('requests.export.calendarTitle')} variant="filled">
          <Group gap="sm" align="flex-end" wrap="wrap">
            <NumberInput label={t('requests.export.alarmDays')} value={alarmDays} onChange={setAlarmDays} min={0} max={30} allowDecimal={false} allowNegative={false} w={280} />
            <Button type="submit" variant="outline" loading={calendar.isPending}>
              {t('requests.export.calendarDownload')}
            </Button>
          </Group>
          <Preparing active={calendar.isPending} />
          {calendar.isError && <ErrorAlert error={calendar.error} />}
        </Fieldset>
      </form>
    </Stack>
  );
}
