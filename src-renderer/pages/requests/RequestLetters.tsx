/**
 * The letters of a request (PDF): acknowledgement, identity request, extension notice (with its
 * reasons, Art. 12(3)), answer cover, reasoned refusal (Art. 12(4)). Only the letters the file
 * allows now are offered (`availableLetters`).
 */
import { Button, Group, Loader, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { LETTER_KINDS, LETTER_KIND_LABELS, type RequestDetail } from '../../../src-main/shared/schemas/request';
import { downloadFile } from '../../api/download-file';
import { useMutationMethod } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLang, useT } from '../../i18n/I18nProvider';
import { canCall } from '../../navigation';
import { useUnlockedSession } from '../../session/SessionUserContext';

export function RequestLetters({ request }: { request: RequestDetail }) {
  const t = useT();
  const [lang] = useLang();
  const { user } = useUnlockedSession();
  const [date, setDate] = useState('');
  const letter = useMutationMethod('request.letter', { inlineErrors: true, invalidates: ['request.get'], onSuccess: downloadFile });
  if (!canCall(user.role, 'request.letter')) return null;
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('requests.letters.intro')}
      </Text>
      <TextInput type="date" label={t('requests.letters.date')} description={t('requests.letters.dateHint')} value={date} onChange={(e) => setDate(e.currentTarget.value)} w={260} />
      <Group gap="sm">
        {LETTER_KINDS.filter((k) => request.availableLetters.includes(k)).map((kind) => (
          <Button
            key={kind}
            variant="outline"
            loading={letter.isPending && letter.variables.kind === kind}
            onClick={() => letter.mutate({ id: request.id, kind, ...(date ? { date } : {}) })}
          >
            {t('requests.letters.download', { letter: LETTER_KIND_LABELS[kind][lang] })}
          </Button>
        ))}
      </Group>
      {letter.isPending && (
        <Group gap="xs" role="status">
          <Loader size="xs" />
          <Text size="sm">{t('requests.export.preparing')}</Text>
        </Group>
      )}
      {letter.isError && <ErrorAlert error={letter.error} />}
    </Stack>
  );
}
