/**
 * The structured risk questionnaire. The recommendation is computed as the user answers (the same
 * pure rules as the service, core/breach-risk.ts) and recorded with « Enregistrer l'analyse »;
 * earlier analyses are kept (Art. 33(5): the reasoning behind the decision stays documented).
 */
import { Button, Checkbox, Group, MultiSelect, Paper, Select, Stack, TextInput } from '@mantine/core';
import { useMemo, useState, type FormEvent } from 'react';
import { assessBreachRisk } from '../../../../src-main/core/breach-risk';
import { DATA_TYPES, DATA_TYPE_LABELS } from '../../../../src-main/core/breach-vocabulary';
import type { BreachDetail } from '../../../../src-main/shared/schemas/breach';
import { useMutationMethod } from '../../../api/hooks';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useNotifySuccess } from '../../../components/notify';
import { useLang, useT } from '../../../i18n/I18nProvider';
import { optionsOf } from '../vocabulary-options';
import { DpcAdjustments } from './DpcAdjustments';
import { riskAnswersOf, riskDraftFrom, RISK_FLAGS, type RiskDraft } from './risk-draft';
import { RISK_FLAG_LABELS, RISK_QUESTIONS } from './risk-questions';
import { RiskResultView } from './RiskResultView';

export function RiskForm({ breach, editable }: { breach: BreachDetail; editable: boolean }) {
  const t = useT();
  const [lang] = useLang();
  const notifySuccess = useNotifySuccess();
  const latest = breach.assessments[0];
  const [draft, setDraft] = useState<RiskDraft>(() => riskDraftFrom(latest ? latest.answers : breach.suggestedAnswers));
  const [showErrors, setShowErrors] = useState(false);
  const assess = useMutationMethod('breach.assess', {
    inlineErrors: true,
    invalidates: ['breach.get', 'breach.list'],
    onSuccess: () => notifySuccess(t('breaches.risk.saved')),
  });
  const { answers, errors } = riskAnswersOf(draft);
  const preview = useMemo(() => (answers ? assessBreachRisk(answers) : null), [answers]);
  const shown = showErrors ? errors : {};
  const patch = (p: Partial<RiskDraft>) => setDraft((d) => ({ ...d, ...p }));

  function submit(event: FormEvent) {
    event.preventDefault();
    setShowErrors(true);
    if (answers) assess.mutate({ id: breach.id, answers });
  }

  return (
    <form onSubmit={submit} noValidate aria-label={t('breaches.tab.risk')}>
      <Stack gap="sm">
        <div className="form-grid">
          <MultiSelect
            className="span-2"
            label={t('breaches.risk.q.dataTypes')}
            description={t('breaches.risk.q.dataTypesHint')}
            data={optionsOf(DATA_TYPES, DATA_TYPE_LABELS, lang)}
            value={draft.dataTypes}
            onChange={(dataTypes) => patch({ dataTypes })}
            error={shown.dataTypes ? t(shown.dataTypes) : undefined}
            readOnly={!editable}
            searchable
            required
          />
          <Select
            label={t('breaches.risk.q.dpcBase')}
            description={t('breaches.risk.q.dpcBaseHint')}
            data={[
              { value: 'auto', label: t('breaches.risk.dpc.auto') },
              ...['1', '2', '3', '4'].map((v) => ({ value: v, label: t('breaches.risk.dpc.level', { n: v }) })),
            ]}
            value={draft.dpcBase}
            onChange={(v) => patch({ dpcBase: v ?? 'auto' })}
            allowDeselect={false}
            readOnly={!editable}
          />
          <TextInput
            label={t('breaches.risk.q.subjectCount')}
            inputMode="numeric"
            value={draft.subjectCount}
            onChange={(e) => patch({ subjectCount: e.currentTarget.value })}
            error={shown.subjectCount ? t(shown.subjectCount) : undefined}
            readOnly={!editable}
          />
          {RISK_QUESTIONS.map((q) => (
            <Select
              key={q.id}
              label={t(q.label)}
              description={t(q.hint)}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              data={q.options.map((o) => ({ value: o.value, label: t(o.label) }))}
              value={draft.choices[q.id] || null}
              onChange={(v) => patch({ choices: { ...draft.choices, [q.id]: v ?? '' } })}
              error={shown[q.id] ? t(shown[q.id] ?? 'breaches.risk.answerRequired') : undefined}
              readOnly={!editable}
              allowDeselect={false}
              required
            />
          ))}
          <Stack gap={6} className="span-2">
            {RISK_FLAGS.map((flag) => (
              <Checkbox
                key={flag}
                label={t(RISK_FLAG_LABELS[flag])}
                checked={draft.flags[flag]}
                disabled={!editable}
                onChange={(e) => patch({ flags: { ...draft.flags, [flag]: e.currentTarget.checked } })}
              />
            ))}
          </Stack>
        </div>
        <DpcAdjustments value={draft.adjustments} errors={shown} editable={editable} onChange={(adjustments) => patch({ adjustments })} />
        <Paper withBorder p="md">
          {preview ? <RiskResultView result={preview} preview /> : <span className="muted">{t('breaches.risk.previewPending')}</span>}
        </Paper>
        {assess.isError && <ErrorAlert error={assess.error} />}
        {editable && (
          <Group>
            <Button type="submit" loading={assess.isPending}>
              {t('breaches.risk.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
