/** The steps recorded on a request: identity (Art. 12(6)), clarifications, extension (Art. 12(3)), answer and Art. 12(4) information. */
import { Stack, Title } from '@mantine/core';
import { REQUEST_CHANNEL_LABELS, type RequestDetail } from '../../../src-main/shared/schemas/request';
import { DefinitionList } from '../../components/DefinitionList';
import { formatDateTime } from '../../format/date-time';
import { useLang, useT } from '../../i18n/I18nProvider';
import { formatCalendarDate } from '../breaches/paris-time';

export function RequestSteps({ request }: { request: RequestDetail }) {
  const t = useT();
  const [lang] = useLang();
  const items: { label: string; value: string }[] = [];
  const id = request.identity;
  if (id.requestedAt) {
    items.push({ label: t('requests.steps.identityRequested'), value: `${formatDateTime(id.requestedAt, lang)} — ${id.documentsRequested}` });
    items.push({ label: t('requests.steps.identityReceived'), value: id.receivedAt ? formatDateTime(id.receivedAt, lang) : t('requests.steps.awaited') });
  }
  request.clarifications.forEach((c, i) => {
    items.push({ label: t('requests.steps.clarification', { n: i + 1 }), value: `${formatDateTime(c.requestedAt, lang)} — ${c.question}` });
    items.push({ label: t('requests.steps.clarificationAnswer', { n: i + 1 }), value: c.receivedAt ? `${formatDateTime(c.receivedAt, lang)}${c.answer ? ` — ${c.answer}` : ''}` : t('requests.steps.awaited') });
  });
  if (request.extension) items.push({ label: t('requests.steps.extension'), value: `${formatDateTime(request.extension.recordedAt, lang)} — ${request.extension.reasons}` });
  const r = request.response;
  if (r) {
    items.push({ label: t('requests.steps.answer'), value: `${formatDateTime(r.at, lang)} — ${r.outcomeLabel[lang]} (${REQUEST_CHANNEL_LABELS[r.channel][lang]})${r.lateDays > 0 ? ` — ${t('requests.due.answeredLate', { n: r.lateDays })}` : ''}` });
    if (r.summary) items.push({ label: t('requests.steps.answerSummary'), value: r.summary });
    if (r.refusal) {
      items.push({ label: t('requests.steps.refusalReasons'), value: r.refusal.reasons });
      items.push({
        label: t('requests.steps.refusalMentions'),
        value: t('requests.steps.refusalMentionsValue', {
          cnil: r.refusal.complaintToCnilMentioned ? t('breaches.tristate.yes') : t('breaches.tristate.no'),
          court: r.refusal.judicialRemedyMentioned ? t('breaches.tristate.yes') : t('breaches.tristate.no'),
          date: formatCalendarDate(r.refusal.informedOn, lang),
        }),
      });
    }
    if (r.justification) items.push({ label: t('requests.steps.justification'), value: r.justification });
  }
  if (request.closedAt) items.push({ label: t('requests.steps.closed'), value: formatDateTime(request.closedAt, lang) });
  if (items.length === 0) return null;
  return (
    <Stack gap={4}>
      <Title order={3}>{t('requests.steps.title')}</Title>
      <DefinitionList items={items} />
    </Stack>
  );
}
