/**
 * Records a notification made on the CNIL téléservice: initial, then complementary ones
 * (Art. 33(4), « notification en deux temps »). Past 72 hours after awareness the reasons for the
 * delay are required (Art. 33(1), last sentence). The service freezes a copy of the content sent,
 * with its SHA-256.
 */
import { Alert, Button, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { requiresDelayReasons } from '../../../src-main/core/breach-clock';
import { NOTIFICATION_KIND_LABELS, type BreachDetail } from '../../../src-main/shared/schemas/breach';
import { useMutationMethod } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { apiFieldErrors, type FieldErrors } from '../../components/form-errors';
import { useNotifySuccess } from '../../components/notify';
import { useLang, useT } from '../../i18n/I18nProvider';
import { nowParisLocal, parisLocalToIso } from './paris-time';

export function NotificationForm({ breach }: { breach: BreachDetail }) {
  const t = useT();
  const [lang] = useLang();
  const notifySuccess = useNotifySuccess();
  const kind = breach.notifications.some((n) => n.kind === 'initial') ? 'complementary' : 'initial';
  const [at, setAt] = useState(() => nowParisLocal());
  const [reference, setReference] = useState('');
  const [delayReasons, setDelayReasons] = useState(breach.facts.timeline.delayReasons);
  const [errors, setErrors] = useState<FieldErrors>({});
  const notify = useMutationMethod('breach.notify', {
    inlineErrors: true,
    invalidates: ['breach.get', 'breach.list'],
    onSuccess: (detail) => {
      notifySuccess(t('breaches.notify.saved', { reference: detail.reference }));
      setReference('');
    },
  });
  const atIso = parisLocalToIso(at);
  const awareAt = breach.workflow.awareAt;
  const late = kind === 'initial' && awareAt !== null && atIso !== null && requiresDelayReasons(atIso, awareAt);

  function submit(event: FormEvent) {
    event.preventDefault();
    const next: Record<string, string> = {};
    if (atIso === null) next.at = t('breaches.form.instantInvalid');
    if (late && delayReasons.trim() === '') next.delayReasons = t('breaches.notify.delayReasonsRequired');
    setErrors(next);
    if (atIso === null || Object.keys(next).length > 0) return;
    notify.mutate({ id: breach.id, kind, at: atIso, reference: reference.trim(), ...(delayReasons.trim() ? { delayReasons: delayReasons.trim() } : {}) });
  }

  const all: FieldErrors = { ...apiFieldErrors(notify.error), ...errors };
  return (
    <form onSubmit={submit} noValidate aria-label={t('breaches.notify.formTitle')}>
      <Stack gap="sm">
        <Text fw={600}>{t('breaches.notify.record', { kind: NOTIFICATION_KIND_LABELS[kind][lang] })}</Text>
        <div className="form-grid">
          <TextInput type="datetime-local" label={t('breaches.notify.at')} description={t('breaches.notify.atHint')} inputWrapperOrder={['label', 'input', 'description', 'error']} value={at} onChange={(e) => setAt(e.currentTarget.value)} error={all.at} required />
          <TextInput label={t('breaches.notify.reference')} description={t('breaches.notify.referenceHint')} inputWrapperOrder={['label', 'input', 'description', 'error']} value={reference} onChange={(e) => setReference(e.currentTarget.value)} error={all.reference} maxLength={100} />
        </div>
        {late && (
          <Alert color="red" variant="light">
            {t('breaches.notify.lateWarning')}
          </Alert>
        )}
        {(late || delayReasons !== '') && (
          <Textarea
            label={t('breaches.f.timeline.delayReasons')}
            description={t('breaches.f.timeline.delayReasonsHint')}
            value={delayReasons}
            onChange={(e) => setDelayReasons(e.currentTarget.value)}
            error={all.delayReasons}
            required={late}
            autosize
            minRows={2}
          />
        )}
        {notify.isError && <ErrorAlert error={notify.error} />}
        <Group>
          <Button type="submit" loading={notify.isPending}>
            {t('breaches.notify.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
