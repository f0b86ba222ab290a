/**
 * The DPIA on the fiche (GDPR Art. 35): the last screening (outcome, summary, each reason with its
 * source), its follow-up (planned, in progress, done, next review), and the history of screenings.
 */
import { Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { DPIA_STATUS_LABELS, type ProcessingDetail } from '../../../src-main/shared/schemas/processing';
import { DefinitionList } from '../../components/DefinitionList';
import { formatDateTime } from '../../format/date-time';
import { useLang, useT } from '../../i18n/I18nProvider';
import { formatDay } from '../processors/common/calendar-day';
import { FrenchText } from '../processors/common/FrenchText';
import { DpiaChip } from './DpiaChip';
import { DpiaFollowUpModal } from './DpiaFollowUpModal';
import { DpiaHistory } from './DpiaHistory';
import { DpiaScreeningModal } from './DpiaScreeningModal';
import { FicheSection } from './FicheSection';

export function DpiaPanel({ processing: p, canWrite }: { processing: ProcessingDetail; canWrite: boolean }) {
  const t = useT();
  const [lang] = useLang();
  const [dialog, setDialog] = useState<'screen' | 'followUp' | null>(null);
  const [showHistory, setShowHistory] = useState(false);
  const s = p.dpia.screening;
  const f = p.dpia.followUp;
  const none = t('processors.common.none');
  const pending = s?.outcome === 'required' && f.status !== 'done';

  return (
    <FicheSection title={t('ropa.block.dpia')} article={t('ropa.article.dpia')}>
      <Stack gap="sm">
        {s === null ? (
          <Text size="sm">{t('ropa.dpia.neverScreened')}</Text>
        ) : (
          <div data-testid="dpia-outcome">
            <Group gap="xs" align="center">
              <Text size="sm" fw={600}>
                {t('ropa.dpia.outcome')}
              </Text>
              <DpiaChip outcome={s.outcome} pending={pending} />
              <Text size="xs" c="dimmed">
                {t('ropa.dpia.screenedBy', { date: formatDateTime(s.screenedAt, lang), user: s.screenedBy })}
              </Text>
            </Group>
            <Text size="sm" mt={4}>
              <FrenchText>{s.summaryFr}</FrenchText>
            </Text>
            {s.reasons.length > 0 && (
              <>
                <Title order={3} mt="xs" mb={2}>
                  {t('ropa.dpia.reasons', { count: s.reasons.length })}
                </Title>
                <List size="sm" spacing={2}>
                  {s.reasons.map((r) => (
                    <List.Item key={`${r.source}:${r.id}`}>
                      <strong>{t(`ropa.dpia.source.${r.source}`)}</strong> — <FrenchText>{r.fr}</FrenchText>
                    </List.Item>
                  ))}
                </List>
              </>
            )}
            {s.comment && (
              <Text size="sm" mt={4}>
                {t('ropa.dpia.commentLabel')} <FrenchText>{s.comment}</FrenchText>
              </Text>
            )}
          </div>
        )}
        <div>
          <Title order={3} mb={2}>
            {t('ropa.dpia.followUp')}
          </Title>
          <DefinitionList
            items={[
              { label: t('ropa.dpia.status'), value: DPIA_STATUS_LABELS[f.status][lang] },
              { label: t('ropa.dpia.plannedFor'), value: f.plannedFor ? formatDay(f.plannedFor, lang) : none },
              { label: t('ropa.dpia.doneOn'), value: f.doneOn ? formatDay(f.doneOn, lang) : none },
              { label: t('ropa.dpia.nextReview'), value: f.nextReview ? formatDay(f.nextReview, lang) : none },
              { label: t('ropa.dpia.documentLink'), value: f.documentLink || none },
              ...(f.notes ? [{ label: t('ropa.dpia.notes'), value: f.notes }] : []),
            ]}
          />
        </div>
        <Group gap="xs">
          {canWrite && (
            <Button size="xs" onClick={() => setDialog('screen')}>
              {s === null ? t('ropa.dpia.screen') : t('ropa.dpia.rescreen')}
            </Button>
          )}
          {canWrite && (
            <Button size="xs" variant="default" onClick={() => setDialog('followUp')}>
              {t('ropa.dpia.editFollowUp')}
            </Button>
          )}
          <Button size="xs" variant="subtle" onClick={() => setShowHistory((v) => !v)} aria-expanded={showHistory}>
            {showHistory ? t('ropa.dpia.hideHistory') : t('ropa.dpia.showHistory')}
          </Button>
        </Group>
        {showHistory && <DpiaHistory processingId={p.id} />}
      </Stack>
      {canWrite && (
        <>
          <DpiaScreeningModal processingId={p.id} previous={s?.answers ?? null} opened={dialog === 'screen'} onClose={() => setDialog(null)} />
          <DpiaFollowUpModal processingId={p.id} value={f} opened={dialog === 'followUp'} onClose={() => setDialog(null)} />
        </>
      )}
    </FicheSection>
  );
}
