/**
 * « Traitements et sous-traitants concernés » on a breach: the processings of the register it touched
 * (their categories feed the record, Art. 33(3)(a)) and the processors involved (Art. 33(2)), and the
 * pre-fill of the record from the register, confirmed by the user before anything is written.
 */
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import './links.css';
import type { BreachDetail } from '../../../../src-main/shared/schemas/breach';
import { useMethod, useMutationMethod } from '../../../api/hooks';
import { useNotifySuccess } from '../../../components/notify';
import { useT } from '../../../i18n/I18nProvider';
import { moduleAccess } from '../../../navigation';
import { useUnlockedSession } from '../../../session/SessionUserContext';
import { addedIds, linkOptions } from './link-options';
import { LinkPicker } from './LinkPicker';
import { PrefillModal } from './PrefillModal';
import { useBreachPrefill } from './use-breach-prefill';

/** The pickers list the whole register (light rows), as processing.list allows. */
const PICKER_LIMIT = 5000;

export function BreachLinksSection({ breach, editable }: { breach: BreachDetail; editable: boolean }) {
  const t = useT();
  const titleId = useId();
  const notifySuccess = useNotifySuccess();
  const { user } = useUnlockedSession();
  const processings = useMethod('processing.list', { limit: PICKER_LIMIT }, { enabled: editable });
  const processors = useMethod('processor.list', { limit: PICKER_LIMIT }, { enabled: editable });
  const prefill = useBreachPrefill(breach.id);
  const invalidates = ['breach.get', 'breach.list', 'processing.get', 'processor.get'] as const;
  const saveProcessings = useMutationMethod('breach.update', {
    invalidates,
    onSuccess: (updated, input) => {
      notifySuccess(t('links.breach.processingsSaved'));
      // Offered right after linking: the new processings may bring categories the record lacks.
      if (addedIds(breach.processings.map((p) => p.id), input.processingIds ?? []).length > 0) {
        void prefill.offer(updated.processings.map((p) => p.id), updated);
      }
    },
  });
  const saveProcessors = useMutationMethod('breach.update', { invalidates, onSuccess: () => notifySuccess(t('links.breach.processorsSaved')) });
  const processingKey = breach.processings.map((p) => p.id).join(',');
  const processorKey = breach.processors.map((p) => p.id).join(',');

  return (
    <section className="links-section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Title order={2} id={titleId} size="h3">
          {t('links.breach.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('links.breach.intro')}
        </Text>
        <div className="form-grid">
          <LinkPicker
            key={`processings:${processingKey}`}
            text={{
              label: t('links.breach.processings'),
              hint: t('links.breach.processingsHint'),
              save: t('links.breach.saveProcessings'),
              empty: t('links.breach.noProcessing'),
              linked: t('links.breach.linkedProcessings'),
            }}
            linked={breach.processings}
            hrefOf={moduleAccess(user.role, 'ropa') === 'none' ? null : (id) => `/registre/${id}`}
            options={linkOptions(processings.data?.rows ?? [], breach.processings)}
            optionsError={processings.isError}
            editable={editable}
            saving={saveProcessings.isPending}
            onSave={(ids) => saveProcessings.mutate({ id: breach.id, processingIds: ids })}
          />
          <LinkPicker
            key={`processors:${processorKey}`}
            text={{
              label: t('links.breach.processors'),
              hint: t('links.breach.processorsHint'),
              save: t('links.breach.saveProcessors'),
              empty: t('links.breach.noProcessor'),
              linked: t('links.breach.linkedProcessors'),
            }}
            linked={breach.processors}
            hrefOf={moduleAccess(user.role, 'processors') === 'none' ? null : (id) => `/sous-traitants/${id}`}
            options={linkOptions(processors.data?.rows ?? [], breach.processors)}
            optionsError={processors.isError}
            editable={editable}
            saving={saveProcessors.isPending}
            onSave={(ids) => saveProcessors.mutate({ id: breach.id, processorIds: ids })}
          />
        </div>
        {editable && breach.processings.length > 0 && (
          <Group>
            <Button variant="default" loading={prefill.checking} onClick={() => void prefill.offer(breach.processings.map((p) => p.id), breach)}>
              {t('links.prefill.open')}
            </Button>
          </Group>
        )}
        {prefill.notice !== null && (
          <Text size="sm" role="status">
            {prefill.notice}
          </Text>
        )}
      </Stack>
      {prefill.proposal && <PrefillModal proposal={prefill.proposal} loading={prefill.saving} onConfirm={prefill.confirm} onCancel={prefill.cancel} />}
    </section>
  );
}
