/**
 * « Faut-il une AIPD ? »: the three lists of GDPR Art. 35 as checkboxes — Art. 35(3) cases, the CNIL
 * list (délibération 2018-327), the nine WP248 criteria — with the outcome computed live by
 * core/dpia-screening.ts, and the DPO's comment. Each screening is dated and kept.
 */
import { Button, Checkbox, Fieldset, Group, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { DPIA_OUTCOME_LABELS, screen, type DpiaScreeningAnswers } from '../../../src-main/core/dpia-screening';
import { useMutationMethod } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useNotifySuccess } from '../../components/notify';
import { useLang, useT } from '../../i18n/I18nProvider';
import { ModalFrame } from '../processors/common/ModalFrame';
import { FrenchText } from '../processors/common/FrenchText';
import { answersFromTicked, SCREENING_GROUPS, SCREENING_QUESTIONS, tickedFromAnswers, toggleTicked, type TickedAnswers } from './dpia-answers';

interface Props {
  processingId: string;
  previous: DpiaScreeningAnswers | null;
  opened: boolean;
  onClose: () => void;
}

export function DpiaScreeningModal({ processingId, previous, opened, onClose }: Props) {
  const t = useT();
  const [lang] = useLang();
  const notifySuccess = useNotifySuccess();
  const [ticked, setTicked] = useState<TickedAnswers>(() => tickedFromAnswers(previous));
  const [comment, setComment] = useState('');
  const save = useMutationMethod('processing.screenDpia', {
    inlineErrors: true,
    invalidates: ['processing.get', 'processing.screenings', 'processing.list'],
    onSuccess: (s) => {
      notifySuccess(t('ropa.dpia.screened', { outcome: DPIA_OUTCOME_LABELS[s.outcome][lang] }));
      onClose();
    },
  });
  useEffect(() => {
    if (!opened) return;
    setTicked(tickedFromAnswers(previous));
    setComment('');
    save.reset();
    // Start again from the last screening each time the dialog opens.
  }, [opened, previous]);

  const answers = useMemo(() => answersFromTicked(ticked), [ticked]);
  const result = useMemo(() => screen(answers), [answers]);

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate({ id: processingId, answers, comment });
  }

  return (
    <ModalFrame opened={opened} onClose={onClose} title={t('ropa.dpia.screenTitle')} size="xl">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t('ropa.dpia.screenIntro')}</Text>
          {SCREENING_GROUPS.map((group) => (
            <Fieldset key={group} legend={t(`ropa.dpia.group.${group}`)} variant="filled">
              <Stack gap={6}>
                {SCREENING_QUESTIONS[group].map((q) => (
                  <Checkbox
                    key={q.id}
                    label={lang === 'fr' ? q.fr : q.en}
                    description={q.citationFr}
                    checked={ticked[group].includes(q.id)}
                    onChange={(e) => setTicked((a) => toggleTicked(a, group, q.id, e.currentTarget.checked))}
                  />
                ))}
              </Stack>
            </Fieldset>
          ))}
          <div aria-live="polite" className="wb-section">
            <Text size="sm" fw={600}>
              {t('ropa.dpia.preview', { outcome: DPIA_OUTCOME_LABELS[result.outcome][lang], count: result.wp248Count })}
            </Text>
            <Text size="sm">
              <FrenchText>{result.summaryFr}</FrenchText>
            </Text>
          </div>
          <Textarea
            label={t('ropa.dpia.comment')}
            description={result.outcome === 'recommended' ? t('ropa.dpia.commentRecommended') : undefined}
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={5000}
          />
          <ErrorAlert error={save.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('ropa.dpia.screenSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ModalFrame>
  );
}
