/**
 * The DPO's decision: document only, notify the CNIL (Art. 33), or notify and inform the people
 * (Art. 34) — against the recommendation only with a justification; Art. 34(3) exemption with its
 * reason. The security officer sees the decision, and that it is the DPO's.
 */
import { Alert, Button, Checkbox, Group, Radio, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { RECOMMENDATION_LABELS } from '../../../src-main/core/breach-risk';
import { ART34_EXEMPTIONS, ART34_EXEMPTION_LABELS, BREACH_DECISIONS, BREACH_DECISION_LABELS, DECISION_FOR } from '../../../src-main/core/breach-workflow';
import type { BreachDetail } from '../../../src-main/shared/schemas/breach';
import { useMutationMethod } from '../../api/hooks';
import { DefinitionList } from '../../components/DefinitionList';
import { ErrorAlert } from '../../components/ErrorAlert';
import { apiFieldErrors, type FieldErrors } from '../../components/form-errors';
import { useNotifySuccess } from '../../components/notify';
import { formatDateTime } from '../../format/date-time';
import { useLang, useT } from '../../i18n/I18nProvider';
import { canCall } from '../../navigation';
import { useUnlockedSession } from '../../session/SessionUserContext';
import { decisionInput, decisionIssues, decisionNeeds, type DecisionDraft } from './decision-rules';
import { optionsOf, pick } from './vocabulary-options';
import { BADGE } from './badge-colors';

function CurrentDecision({ breach }: { breach: BreachDetail }) {
  const t = useT();
  const [lang] = useLang();
  const d = breach.workflow.decision;
  if (!d) return <Text size="sm">{t('breaches.decision.none')}</Text>;
  return (
    <DefinitionList
      items={[
        { label: t('breaches.decision.kind'), value: BREACH_DECISION_LABELS[d.kind][lang] },
        { label: t('breaches.decision.decidedAt'), value: formatDateTime(d.decidedAt, lang) },
        { label: t('breaches.decision.recommendation'), value: d.recommendation ? RECOMMENDATION_LABELS[d.recommendation][lang] : t('breaches.decision.noRecommendation') },
        ...(d.justification ? [{ label: t('breaches.decision.justification'), value: d.justification }] : []),
        ...(d.art34Exemption
          ? [
              { label: t('breaches.decision.exemption'), value: `${ART34_EXEMPTION_LABELS[d.art34Exemption.condition][lang]} — ${d.art34Exemption.reason}` },
              ...(d.art34Exemption.publicCommunication ? [{ label: t('breaches.decision.publicCommunication'), value: d.art34Exemption.publicCommunication }] : []),
            ]
          : []),
      ]}
    />
  );
}

export function DecisionPanel({ breach }: { breach: BreachDetail }) {
  const t = useT();
  const [lang] = useLang();
  const notifySuccess = useNotifySuccess();
  const { user } = useUnlockedSession();
  const recommendation = breach.assessments[0]?.result.recommendation ?? null;
  const current = breach.workflow.decision;
  const [draft, setDraft] = useState<DecisionDraft>(() => ({
    kind: current?.kind ?? (recommendation ? DECISION_FOR[recommendation] : 'notify_authority'),
    justification: current?.justification ?? '',
    exemption: current?.art34Exemption ? { ...current.art34Exemption, publicCommunication: current.art34Exemption.publicCommunication ?? '' } : null,
  }));
  const [errors, setErrors] = useState<FieldErrors>({});
  const decide = useMutationMethod('breach.decide', {
    inlineErrors: true,
    invalidates: ['breach.get', 'breach.list'],
    onSuccess: () => notifySuccess(t('breaches.decision.saved')),
  });
  const canDecide = breach.allowedActions.includes('decide') && canCall(user.role, 'breach.decide');
  const needs = decisionNeeds(draft, recommendation);

  function submit(event: FormEvent) {
    event.preventDefault();
    const issues = decisionIssues(draft, recommendation);
    setErrors(Object.fromEntries(Object.entries(issues).map(([k, key]) => [k, t(key)])));
    if (Object.keys(issues).length === 0) decide.mutate(decisionInput(breach.id, draft));
  }

  const all: FieldErrors = { ...apiFieldErrors(decide.error), ...errors };
  const exemption = needs.exemptionAllowed ? draft.exemption : null;
  return (
    <Stack>
      <CurrentDecision breach={breach} />
      {!canCall(user.role, 'breach.decide') && <Text size="sm" c="dimmed">{t('breaches.decision.dpoOnly')}</Text>}
      {canCall(user.role, 'breach.decide') && !breach.allowedActions.includes('decide') && !current && (
        <Text size="sm" c="dimmed">{t('breaches.decision.notYet')}</Text>
      )}
      {canDecide && (
        <form onSubmit={submit} noValidate aria-label={t('breaches.decision.formTitle')}>
          <Stack gap="sm">
            <Alert color={recommendation ? BADGE.info : BADGE.urgent} variant="light">
              {recommendation ? t('breaches.decision.recommended', { label: RECOMMENDATION_LABELS[recommendation][lang] }) : t('breaches.decision.noAssessmentHint')}
            </Alert>
            <Radio.Group label={t('breaches.decision.kind')} value={draft.kind} onChange={(v) => setDraft((d) => ({ ...d, kind: pick(BREACH_DECISIONS, v) ?? d.kind }))} required>
              <Stack gap={6} mt={6}>
                {optionsOf(BREACH_DECISIONS, BREACH_DECISION_LABELS, lang).map((o) => (
                  <Radio key={o.value} value={o.value} label={o.value === needs.recommended ? t('breaches.decision.recommendedOption', { label: o.label }) : o.label} />
                ))}
              </Stack>
            </Radio.Group>
            {needs.exemptionAllowed && (
              <Checkbox
                label={t('breaches.decision.useExemption')}
                description={t('breaches.decision.useExemptionHint')}
                checked={draft.exemption !== null}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  setDraft((d) => ({ ...d, exemption: on ? { condition: 'a', reason: '', publicCommunication: '' } : null }));
                }}
              />
            )}
            {exemption && (
              <div className="form-grid">
                <Select
                  className="span-2"
                  label={t('breaches.decision.exemptionCondition')}
                  data={optionsOf(ART34_EXEMPTIONS, ART34_EXEMPTION_LABELS, lang)}
                  value={exemption.condition}
                  allowDeselect={false}
                  onChange={(v) => setDraft((d) => ({ ...d, exemption: d.exemption ? { ...d.exemption, condition: pick(ART34_EXEMPTIONS, v) ?? 'a' } : null }))}
                />
                <Textarea className="span-2" label={t('breaches.decision.exemptionReason')} value={exemption.reason} required autosize minRows={2} error={all['art34Exemption.reason']} onChange={(e) => { const reason = e.currentTarget.value; setDraft((d) => ({ ...d, exemption: d.exemption ? { ...d.exemption, reason } : null })); }} />
                {needs.publicCommunicationRequired && (
                  <Textarea className="span-2" label={t('breaches.decision.publicCommunication')} value={exemption.publicCommunication} required autosize minRows={2} error={all['art34Exemption.publicCommunication']} onChange={(e) => { const publicCommunication = e.currentTarget.value; setDraft((d) => ({ ...d, exemption: d.exemption ? { ...d.exemption, publicCommunication } : null })); }} />
                )}
              </div>
            )}
            <Textarea
              label={t('breaches.decision.justification')}
              description={needs.justificationRequired ? t('breaches.decision.justificationHintRequired') : t('breaches.decision.justificationHint')}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              value={draft.justification}
              required={needs.justificationRequired}
              autosize
              minRows={3}
              error={all.justification}
              onChange={(e) => { const justification = e.currentTarget.value; setDraft((d) => ({ ...d, justification })); }}
            />
            {decide.isError && <ErrorAlert error={decide.error} />}
            <Group>
              <Button type="submit" loading={decide.isPending}>
                {current ? t('breaches.decision.revise') : t('breaches.decision.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
