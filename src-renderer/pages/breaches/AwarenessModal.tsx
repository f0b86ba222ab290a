/**
 * Qualifies the incident as a personal-data breach and fixes the moment of awareness: the
 * 72-hour clock of Art. 33(1) starts there. EDPB Guidelines 9/2022: the controller is « aware »
 * when it has a reasonable degree of certainty that personal data were compromised — after a short
 * investigation, not after a full forensic analysis.
 */
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { apiFieldErrors } from '../../components/form-errors';
import { useT } from '../../i18n/I18nProvider';
import { PlainModal } from './PlainModal';
import { nowParisLocal, parisLocalToIso } from './paris-time';
import { BADGE } from './badge-colors';

interface Props {
  opened: boolean;
  loading: boolean;
  error: unknown;
  onSubmit: (awareAt: string) => void;
  onClose: () => void;
}

export function AwarenessModal({ opened, loading, error, onSubmit, onClose }: Props) {
  const t = useT();
  const [value, setValue] = useState('');
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    if (opened) {
      setValue(nowParisLocal());
      setInvalid(false);
    }
  }, [opened]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const iso = parisLocalToIso(value);
    setInvalid(iso === null);
    if (iso) onSubmit(iso);
  }

  return (
    <PlainModal opened={opened} onClose={onClose} title={t('breaches.confirm.title')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{t('breaches.confirm.intro')}</Text>
          <TextInput
            type="datetime-local"
            label={t('breaches.field.awareAt')}
            description={t('breaches.confirm.awareAtHint')}
            value={value}
            onChange={(e) => setValue(e.currentTarget.value)}
            error={invalid ? t('breaches.form.instantInvalid') : apiFieldErrors(error).awareAt}
            required
            data-autofocus
          />
          {error !== null && error !== undefined && <ErrorAlert error={error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={loading}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color={BADGE.urgent} loading={loading}>
              {t('breaches.confirm.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </PlainModal>
  );
}
