/**
 * The next steps of a request, as the workflow allows them now (`allowedActions`, computed by the
 * service from Art. 12): each opens a short form (Enter records, Esc closes). The extension is
 * offered only within the first month (Art. 12(3)); past it, the button says why it is gone.
 */
import { Button, Group, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { REQUEST_ACTION_LABELS, type RequestActionType, type RequestDetail } from '../../../src-main/shared/schemas/request';
import { useMutationMethod } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { apiFieldErrors, withoutPrefix, type FieldErrors } from '../../components/form-errors';
import { useNotifySuccess } from '../../components/notify';
import { useLang, useT } from '../../i18n/I18nProvider';
import { canCall } from '../../navigation';
import { useUnlockedSession } from '../../session/SessionUserContext';
import { formatCalendarDate, nowParisLocal } from '../breaches/paris-time';
import { PlainModal } from '../breaches/PlainModal';
import { actionInput, emptyActionDraft, type ActionDraft } from './action-draft';
import { ActionFields } from './ActionFields';

/** Order of the buttons: the usual course of a request. */
const ORDER: readonly RequestActionType[] = ['start', 'request_identity', 'receive_identity', 'request_clarification', 'receive_clarification', 'extend', 'answer', 'close'];

export function RequestActions({ request }: { request: RequestDetail }) {
  const t = useT();
  const [lang] = useLang();
  const notifySuccess = useNotifySuccess();
  const { user } = useUnlockedSession();
  const [draft, setDraft] = useState<ActionDraft | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const act = useMutationMethod('request.act', {
    inlineErrors: true,
    invalidates: ['request.get', 'request.list', 'request.dueSoon'],
    onSuccess: (_value, input) => {
      notifySuccess(t('requests.action.done', { step: REQUEST_ACTION_LABELS[input.action.type][lang] }));
      setDraft(null);
    },
  });
  if (!canCall(user.role, 'request.act')) return null;

  const open = (type: RequestActionType) => {
    act.reset();
    setErrors({});
    setDraft(emptyActionDraft(type, nowParisLocal(), request.channel));
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!draft) return;
    const result = actionInput(request.id, draft, {
      instantInvalid: t('requests.form.instantInvalid'),
      extendReasons: t('requests.action.reasonsRequired'),
      refusalReasons: t('requests.action.refusalReasonsRequired'),
      mentions: t('requests.action.mentionsRequired'),
      justification: t('requests.action.justificationRequired'),
    });
    setErrors(result.ok ? {} : result.errors);
    if (result.ok) act.mutate(result.input);
  }

  const extensionClosed =
    !request.allowedActions.includes('extend') && request.pending && request.extension === null && request.deadlines.extension !== null;
  const all: FieldErrors = { ...withoutPrefix(apiFieldErrors(act.error), 'action.'), ...errors };

  return (
    <Stack gap="xs">
      <Group gap="sm">
        {ORDER.filter((a) => request.allowedActions.includes(a)).map((a) => (
          <Button key={a} variant={a === 'answer' ? 'filled' : 'outline'} onClick={() => open(a)}>
            {t(`requests.step.${a}`)}
          </Button>
        ))}
        {extensionClosed && request.deadlines.extension && (
          <Button variant="outline" disabled title={t('requests.step.extendClosed', { date: formatCalendarDate(request.deadlines.extension.noticeDue, lang) })}>
            {t('requests.step.extend')}
          </Button>
        )}
      </Group>
      {extensionClosed && request.deadlines.extension && (
        <Text size="xs" c="dimmed">
          {t('requests.step.extendClosed', { date: formatCalendarDate(request.deadlines.extension.noticeDue, lang) })}
        </Text>
      )}
      <PlainModal opened={draft !== null} onClose={() => setDraft(null)} title={draft ? t(`requests.step.${draft.type}`) : ''} size="lg">
        {draft && (
          <form onSubmit={submit} noValidate>
            <Stack>
              {draft.type === 'extend' && request.deadlines.extension && (
                <Text size="sm">
                  {t('requests.action.extendIntro', {
                    notice: formatCalendarDate(request.deadlines.extension.noticeDue, lang),
                    extended: formatCalendarDate(request.deadlines.extension.extended.due, lang),
                  })}
                </Text>
              )}
              {draft.type === 'request_identity' && <Text size="sm">{t('requests.action.identityIntro')}</Text>}
              <ActionFields request={request} draft={draft} errors={all} onChange={(p) => setDraft((d) => (d ? { ...d, ...p } : d))} />
              {act.isError && <ErrorAlert error={act.error} />}
              <Group justify="flex-end">
                <Button variant="default" onClick={() => setDraft(null)} disabled={act.isPending}>
                  {t('common.cancel')}
                </Button>
                <Button type="submit" loading={act.isPending}>
                  {t('requests.action.submit')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </PlainModal>
    </Stack>
  );
}
