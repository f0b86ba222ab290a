/**
 * The file of a request: who asks, for whom, with what proof, what they ask; the identity and
 * clarification steps, the extension and the answer as recorded. « Modifier » (DPO, not closed)
 * turns it into the intake form; due dates are recomputed by the service.
 */
import { Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { REPRESENTATION_LINK_LABELS, REQUEST_CHANNEL_LABELS, type RequestDetail, type RequestPerson } from '../../../src-main/shared/schemas/request';
import { useMutationMethod } from '../../api/hooks';
import { DefinitionList } from '../../components/DefinitionList';
import { ErrorAlert } from '../../components/ErrorAlert';
import { apiFieldErrors, type FieldErrors } from '../../components/form-errors';
import { useNotifySuccess } from '../../components/notify';
import { formatDateTime } from '../../format/date-time';
import { useLang, useT } from '../../i18n/I18nProvider';
import { canCall, moduleAccess } from '../../navigation';
import { useUnlockedSession } from '../../session/SessionUserContext';
import { LinkedList } from '../breaches/links/LinkPicker';
import { formatCalendarDate } from '../breaches/paris-time';
import { detailToDraft, draftToUpdateInput, type RequestDraft } from './request-draft';
import { RequestFields } from './RequestFields';
import { RequestSteps } from './RequestSteps';

function personText(p: RequestPerson): string {
  return [p.name, p.memberNumber, p.email, p.phone, p.postalAddress].filter((s) => s.trim() !== '').join(' · ');
}

function EditForm({ request, onDone }: { request: RequestDetail; onDone: () => void }) {
  const t = useT();
  const notifySuccess = useNotifySuccess();
  const [initial] = useState<RequestDraft>(() => detailToDraft(request));
  const [draft, setDraft] = useState<RequestDraft>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const update = useMutationMethod('request.update', {
    inlineErrors: true,
    invalidates: ['request.get', 'request.list', 'request.dueSoon'],
    onSuccess: () => {
      notifySuccess(t('requests.edit.saved'));
      onDone();
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    const result = draftToUpdateInput(request.id, draft, initial, t('requests.form.instantInvalid'));
    setErrors(result.ok ? {} : result.errors);
    if (result.ok) update.mutate(result.input);
  }
  return (
    <form onSubmit={submit} noValidate aria-label={t('requests.edit.title')}>
      <Stack gap="sm">
        <RequestFields value={draft} linked={request.linkedProcessings} errors={{ ...apiFieldErrors(update.error), ...errors }} onChange={(p) => setDraft((d) => ({ ...d, ...p }))} />
        {update.isError && <ErrorAlert error={update.error} />}
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function RequestFile({ request }: { request: RequestDetail }) {
  const t = useT();
  const [lang] = useLang();
  const { user } = useUnlockedSession();
  const [editing, setEditing] = useState(false);
  const canEdit = canCall(user.role, 'request.update') && request.state !== 'closed';
  if (editing) return <EditForm request={request} onDone={() => setEditing(false)} />;
  const r = request.representation;
  return (
    <Stack>
      {canEdit && (
        <Group>
          <Button variant="outline" onClick={() => setEditing(true)}>
            {t('requests.edit.open')}
          </Button>
        </Group>
      )}
      <DefinitionList
        items={[
          { label: t('requests.field.type'), value: `${request.typeLabel[lang]}` },
          { label: t('requests.field.receivedAt'), value: formatDateTime(request.receivedAt, lang) },
          { label: t('requests.field.channel'), value: [REQUEST_CHANNEL_LABELS[request.channel][lang], request.channelDetail].filter(Boolean).join(' — ') },
          { label: t('requests.form.applicantLegend'), value: personText(request.applicant) },
          ...(request.subject
            ? [
                { label: t('requests.form.subjectLegend'), value: personText(request.subject) },
                { label: t('requests.field.link'), value: REPRESENTATION_LINK_LABELS[r.link][lang] },
                {
                  label: t('requests.field.proof'),
                  value: r.proof ? `${r.proof}${r.proofReceivedAt ? ` — ${t('requests.file.proofReceived', { date: formatDateTime(r.proofReceivedAt, lang) })}` : ''}` : t('requests.file.none'),
                },
              ]
            : []),
          ...(request.postMortem
            ? [
                {
                  label: t('requests.form.postMortemLegend'),
                  value: [
                    request.postMortem.deathDate ? t('requests.file.deathDate', { date: formatCalendarDate(request.postMortem.deathDate, lang) }) : null,
                    t(`requests.directives.${request.postMortem.directives}`),
                    request.postMortem.purpose ? t(`requests.purpose.${request.postMortem.purpose}`) : null,
                  ]
                    .filter(Boolean)
                    .join(' — '),
                },
              ]
            : []),
          { label: t('requests.field.summary'), value: request.summary || t('requests.file.none') },
          {
            label: t('links.request.processings'),
            value: <LinkedList items={request.linkedProcessings} hrefOf={moduleAccess(user.role, 'ropa') === 'none' ? null : (id) => `/registre/${id}`} empty={t('links.request.none')} />,
          },
          { label: t('links.request.other'), value: request.processings.length > 0 ? request.processings.join(', ') : t('links.request.none') },
          ...(request.notes ? [{ label: t('requests.field.notes'), value: request.notes }] : []),
        ]}
      />
      {request.warnings.length > 0 && (
        <Stack gap={4}>
          <Title order={3}>{t('requests.file.warnings')}</Title>
          <List size="sm" spacing={2}>
            {request.warnings.map((w) => (
              <List.Item key={w}>{w}</List.Item>
            ))}
          </List>
        </Stack>
      )}
      <RequestSteps request={request} />
      <Text size="xs" c="dimmed">
        {t('requests.file.created', { date: formatDateTime(request.createdAt, lang) })}
      </Text>
    </Stack>
  );
}
