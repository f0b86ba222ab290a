/**
 * Documents of a breach: the CNIL notification dossier (draft of the next notification, in the order
 * of the form; recorded notifications are in the Notifications tab), the Art. 34 letter to the
 * people, and the register for a period (Art. 33(5)). DPO and compliance officer (contract).
 */
import { Button, Fieldset, Group, Loader, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { BreachDetail } from '../../../src-main/shared/schemas/breach';
import { downloadFile } from '../../api/download-file';
import { useMutationMethod } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n/I18nProvider';
import { canCall } from '../../navigation';
import { useUnlockedSession } from '../../session/SessionUserContext';
import { BreachRegisterExport } from './BreachRegisterExport';
import { BADGE } from './badge-colors';

function Preparing({ active }: { active: boolean }) {
  const t = useT();
  if (!active) return null;
  return (
    <Group gap="xs" role="status">
      <Loader size="xs" />
      <Text size="sm">{t('breaches.register.preparing')}</Text>
    </Group>
  );
}

export function DocumentsPanel({ breach }: { breach: BreachDetail }) {
  const t = useT();
  const { user } = useUnlockedSession();
  const [name, setName] = useState('');
  const [address, setAddress] = useState('');
  const dossier = useMutationMethod('breach.dossier', { inlineErrors: true, onSuccess: downloadFile });
  const letter = useMutationMethod('breach.letter', { inlineErrors: true, onSuccess: downloadFile });
  if (!canCall(user.role, 'breach.dossier')) {
    return <Text size="sm" c="dimmed">{t('breaches.docs.notForRole')}</Text>;
  }
  return (
    <Stack>
      <Fieldset legend={t('breaches.docs.dossierTitle')} variant="filled">
        <Stack gap="xs">
          <Text size="sm">{t('breaches.docs.dossierIntro')}</Text>
          {breach.missing.length > 0 && <Text size="sm" c={BADGE.urgent}>{t('breaches.docs.dossierMissing', { n: breach.missing.length })}</Text>}
          <Group>
            <Button variant="outline" loading={dossier.isPending} onClick={() => dossier.mutate({ id: breach.id })}>
              {t('breaches.docs.dossierDraft')}
            </Button>
          </Group>
          <Preparing active={dossier.isPending} />
          {dossier.isError && <ErrorAlert error={dossier.error} />}
        </Stack>
      </Fieldset>
      {breach.status !== 'dismissed' && (
        <Fieldset legend={t('breaches.docs.letterTitle')} variant="filled">
          <form
            onSubmit={(e) => {
              e.preventDefault();
              letter.mutate({ id: breach.id, recipient: { name: name.trim(), address: address.trim() } });
            }}
          >
            <Stack gap="xs">
              <Text size="sm">{t('breaches.docs.letterIntro')}</Text>
              <div className="form-grid">
                <TextInput label={t('breaches.docs.recipientName')} value={name} onChange={(e) => setName(e.currentTarget.value)} maxLength={200} />
                <Textarea label={t('breaches.docs.recipientAddress')} value={address} onChange={(e) => setAddress(e.currentTarget.value)} autosize minRows={2} maxLength={500} />
              </div>
              <Group>
                <Button type="submit" variant="outline" loading={letter.isPending}>
                  {t('breaches.docs.letterDownload')}
                </Button>
              </Group>
              <Preparing active={letter.isPending} />
              {letter.isError && <ErrorAlert error={letter.error} />}
            </Stack>
          </form>
        </Fieldset>
      )}
      <BreachRegisterExport />
    </Stack>
  );
}
