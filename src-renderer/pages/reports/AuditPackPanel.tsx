/**
 * The periodic audit pack (GDPR Art. 5(2), 30(4), 33(5), 58(1)(a)): choose the period, generate it
 * with a progress bar and a Cancel button, and save the ZIP — summary PDF, registers workbook, CNIL
 * dossiers of the period, manifest with the SHA-256 of each file and the audit-log head.
 */
import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { HashText } from '../../components/HashText';
import { useNotifyError } from '../../components/notify';
import { formatBytes } from '../../format/bytes';
import { Outcome } from '../control/common/Outcome';
import { useLang, useT } from '../../i18n/I18nProvider';
import { packView } from './pack-job-view';
import { PeriodPicker } from './PeriodPicker';
import { periodSpec, resolvePeriod, type PeriodChoice } from './period-spec';
import { usePackJob } from './use-pack-job';

export function AuditPackPanel({ canGenerate, choice, today, onChoice }: { canGenerate: boolean; choice: PeriodChoice; today: string; onChoice: (c: PeriodChoice) => void }) {
  const t = useT();
  const [lang] = useLang();
  const notifyError = useNotifyError();
  const job = usePackJob();
  const [starting, setStarting] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const view = packView(job.status);
  const valid = !('error' in resolvePeriod(choice));
  const running = view.kind === 'running';

  const generate = () => {
    setStarting(true);
    job
      .start(periodSpec(choice))
      .catch(notifyError)
      .finally(() => setStarting(false));
  };
  const cancel = () => {
    setCancelling(true);
    job
      .cancel()
      .catch(notifyError)
      .finally(() => setCancelling(false));
  };

  return (
    <Stack gap="sm">
      <Text size="sm">{t('reports.pack.intro')}</Text>
      <PeriodPicker value={choice} today={today} onChange={onChoice} />
      {canGenerate && (
        <Group>
          <Button onClick={generate} loading={starting} disabled={!valid || running}>
            {t('reports.pack.generate')}
          </Button>
        </Group>
      )}
      {running && (
        <Stack gap={4} aria-live="polite">
          <Progress value={view.progress} size="lg" striped animated aria-label={t('reports.pack.progressLabel')} />
          <Group justify="space-between">
            <Text size="sm">{t('reports.pack.progress', { n: view.progress, step: view.step })}</Text>
            <Button variant="default" color="red.9" onClick={cancel} loading={cancelling}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      )}
      {job.statusError && (
        <Stack gap={4}>
          <ErrorAlert error={job.statusError} />
          <Group>
            <Button variant="default" size="xs" onClick={job.reset}>
              {t('reports.pack.forget')}
            </Button>
          </Group>
        </Stack>
      )}
      {view.kind === 'cancelled' && (
        <Outcome tone="neutral" title={t('reports.pack.cancelledTitle')}>
          {t('reports.pack.cancelled')}
        </Outcome>
      )}
      {view.kind === 'failed' && (
        <Outcome tone="bad" title={t('reports.pack.failedTitle')}>
          {view.message}
        </Outcome>
      )}
      {job.collectError ? <ErrorAlert error={job.collectError} /> : null}
      {view.kind === 'done' && (
        <Outcome tone="good" title={t('reports.pack.doneTitle')}>
          <Stack gap={4}>
            <Text size="sm">{t('reports.pack.done', { filename: view.filename, size: formatBytes(view.size, lang) })}</Text>
            <Text size="sm">
              {t('reports.pack.sha256')} <HashText value={view.sha256} />
            </Text>
            {job.file && (
              <Group>
                <Button variant="default" size="xs" onClick={job.save}>
                  {t('reports.pack.saveAgain')}
                </Button>
              </Group>
            )}
          </Stack>
        </Outcome>
      )}
    </Stack>
  );
}
