/**
 * Records how the people were informed (Art. 34; template fields 98-106): when, by what means, how
 * many, whether all were reached (and why not), and what they were told — in clear and plain
 * language, with at least the points (b), (c) and (d) of Art. 33(3) (Art. 34(2)).
 */
import { Button, Checkbox, Group, NumberInput, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { BreachCommunicateInput, COMMUNICATION_CHANNELS, COMMUNICATION_CHANNEL_LABELS, type BreachDetail } from '../../../src-main/shared/schemas/breach';
import { useMutationMethod } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { apiFieldErrors, zodFieldErrors, type FieldErrors } from '../../components/form-errors';
import { useNotifySuccess } from '../../components/notify';
import { useLang, useT } from '../../i18n/I18nProvider';
import { nowParisLocal, parisLocalToIso } from './paris-time';
import { optionsOf, pick } from './vocabulary-options';

export function CommunicationForm({ breach }: { breach: BreachDetail }) {
  const t = useT();
  const [lang] = useLang();
  const notifySuccess = useNotifySuccess();
  const [at, setAt] = useState(() => nowParisLocal());
  const [channel, setChannel] = useState<string>('letter');
  const [count, setCount] = useState<string | number>(breach.facts.subjects.count ?? '');
  const [allInformed, setAllInformed] = useState(true);
  const [notAllReason, setNotAllReason] = useState('');
  const [content, setContent] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const communicate = useMutationMethod('breach.communicate', {
    inlineErrors: true,
    invalidates: ['breach.get', 'breach.list'],
    onSuccess: () => {
      notifySuccess(t('breaches.communicate.saved'));
      setContent('');
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const atIso = parisLocalToIso(at);
    const input = {
      id: breach.id,
      at: atIso ?? '',
      channel: pick(COMMUNICATION_CHANNELS, channel) ?? 'other',
      numberInformed: typeof count === 'number' ? count : null,
      allInformed,
      notAllReason: allInformed ? '' : notAllReason,
      content,
    };
    const parsed = BreachCommunicateInput.safeParse(input);
    const next: Record<string, string> = parsed.success ? {} : { ...zodFieldErrors(parsed.error) };
    if (atIso === null) next.at = t('breaches.form.instantInvalid');
    if (!allInformed && notAllReason.trim() === '') next.notAllReason = t('breaches.communicate.notAllReasonRequired');
    setErrors(next);
    if (Object.keys(next).length === 0) communicate.mutate(input);
  }

  const all: FieldErrors = { ...apiFieldErrors(communicate.error), ...errors };
  return (
    <form onSubmit={submit} noValidate aria-label={t('breaches.communicate.formTitle')}>
      <Stack gap="sm">
        <div className="form-grid">
          <TextInput type="datetime-local" label={t('breaches.communicate.at')} value={at} onChange={(e) => setAt(e.currentTarget.value)} error={all.at} required />
          <Select label={t('breaches.communicate.channel')} data={optionsOf(COMMUNICATION_CHANNELS, COMMUNICATION_CHANNEL_LABELS, lang)} value={channel} onChange={(v) => setChannel(v ?? 'letter')} allowDeselect={false} error={all.channel} required />
          <NumberInput label={t('breaches.communicate.number')} value={count} onChange={setCount} min={0} allowDecimal={false} allowNegative={false} thousandSeparator=" " error={all.numberInformed} />
          <Checkbox className="checkbox-cell" label={t('breaches.communicate.allInformed')} checked={allInformed} onChange={(e) => setAllInformed(e.currentTarget.checked)} />
          {!allInformed && (
            <Textarea className="span-2" label={t('breaches.communicate.notAllReason')} value={notAllReason} onChange={(e) => setNotAllReason(e.currentTarget.value)} error={all.notAllReason} required autosize minRows={2} />
          )}
          <Textarea className="span-2" label={t('breaches.communicate.content')} description={t('breaches.communicate.contentHint')} value={content} onChange={(e) => setContent(e.currentTarget.value)} error={all.content} required autosize minRows={3} />
        </div>
        {communicate.isError && <ErrorAlert error={communicate.error} />}
        <Group>
          <Button type="submit" loading={communicate.isPending}>
            {t('breaches.communicate.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
