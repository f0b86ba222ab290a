/**
 * The qualification steps of a breach (core/breach-workflow.ts): open the qualification, confirm it
 * is a personal-data breach (awareness: the 72 h clock starts), dismiss it (DPO, reason kept in the
 * register), reopen it on a new fact, close it. Buttons follow both the workflow (`allowedActions`)
 * and the caller's role (contract). « Créer une action » turns the measures planned (Art. 33(3)(d))
 * into an action of the action plan, followed to its end with evidence (Art. 5(2)).
 */
import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import type { BreachDetail } from '../../../src-main/shared/schemas/breach';
import { useMutationMethod } from '../../api/hooks';
import { ConfirmDialog } from './ConfirmDialog';
import { useNotifySuccess } from '../../components/notify';
import { useT } from '../../i18n/I18nProvider';
import { canCall } from '../../navigation';
import { useUnlockedSession } from '../../session/SessionUserContext';
import { AwarenessModal } from './AwarenessModal';
import { ReasonModal } from './ReasonModal';
import { BADGE } from './badge-colors';
import { titleFromText } from '../control/actions/action-source-url';
import { CreateActionButton, useCanCreateAction } from '../control/actions/CreateActionButton';

type Dialog = 'confirm' | 'dismiss' | 'reopen' | 'close' | null;
const INVALIDATES = ['breach.get', 'breach.list'] as const;

export function BreachWorkflowActions({ breach }: { breach: BreachDetail }) {
  const t = useT();
  const notifySuccess = useNotifySuccess();
  const { user } = useUnlockedSession();
  const [dialog, setDialog] = useState<Dialog>(null);
  const canCreateAction = useCanCreateAction();
  const planned = breach.facts.remediation.planned;
  const done = (key: 'breaches.done.started' | 'breaches.done.confirmed' | 'breaches.done.dismissed' | 'breaches.done.reopened' | 'breaches.done.closed') => () => {
    setDialog(null);
    notifySuccess(t(key, { reference: breach.reference }));
  };
  const start = useMutationMethod('breach.startAssessment', { invalidates: INVALIDATES, onSuccess: done('breaches.done.started') });
  const confirm = useMutationMethod('breach.confirm', { inlineErrors: true, invalidates: INVALIDATES, onSuccess: done('breaches.done.confirmed') });
  const dismiss = useMutationMethod('breach.dismiss', { inlineErrors: true, invalidates: INVALIDATES, onSuccess: done('breaches.done.dismissed') });
  const reopen = useMutationMethod('breach.reopen', { inlineErrors: true, invalidates: INVALIDATES, onSuccess: done('breaches.done.reopened') });
  const close = useMutationMethod('breach.close', { invalidates: INVALIDATES, onSuccess: done('breaches.done.closed') });

  const allowed = (action: BreachDetail['allowedActions'][number], method: Parameters<typeof canCall>[1]) =>
    breach.allowedActions.includes(action) && canCall(user.role, method);
  const open = (next: Dialog) => {
    for (const m of [confirm, dismiss, reopen]) m.reset();
    setDialog(next);
  };
  const id = breach.id;
  const buttons = [
    allowed('startAssessment', 'breach.startAssessment') && (
      <Button key="start" onClick={() => start.mutate({ id })} loading={start.isPending}>
        {t('breaches.action.startAssessment')}
      </Button>
    ),
    allowed('confirm', 'breach.confirm') && (
      <Button key="confirm" color={BADGE.urgent} onClick={() => open('confirm')}>
        {t('breaches.action.confirm')}
      </Button>
    ),
    allowed('dismiss', 'breach.dismiss') && (
      <Button key="dismiss" variant="outline" onClick={() => open('dismiss')}>
        {t('breaches.action.dismiss')}
      </Button>
    ),
    allowed('reopen', 'breach.reopen') && (
      <Button key="reopen" variant="outline" onClick={() => open('reopen')}>
        {t('breaches.action.reopen')}
      </Button>
    ),
    allowed('close', 'breach.close') && (
      <Button key="close" variant="outline" onClick={() => open('close')}>
        {t('breaches.action.close')}
      </Button>
    ),
    canCreateAction && (
      <CreateActionButton
        key="action"
        source={{ type: 'breach', id }}
        title={titleFromText(planned) || t('control.action.breachTitle', { reference: breach.reference })}
        description={planned}
        label={t('control.action.createFromBreach')}
      />
    ),
  ].filter(Boolean);
  if (buttons.length === 0) return null;

  return (
    <>
      <Group gap="sm">{buttons}</Group>
      <AwarenessModal
        opened={dialog === 'confirm'}
        loading={confirm.isPending}
        error={confirm.error}
        onSubmit={(awareAt) => confirm.mutate({ id, awareAt })}
        onClose={() => setDialog(null)}
      />
      <ReasonModal
        opened={dialog === 'dismiss'}
        title={t('breaches.dismiss.title')}
        intro={t('breaches.dismiss.intro')}
        label={t('breaches.dismiss.reason')}
        submitLabel={t('breaches.action.dismiss')}
        loading={dismiss.isPending}
        error={dismiss.error}
        onSubmit={(reason) => dismiss.mutate({ id, reason })}
        onClose={() => setDialog(null)}
      />
      <ReasonModal
        opened={dialog === 'reopen'}
        title={t('breaches.reopen.title')}
        intro={t('breaches.reopen.intro')}
        label={t('breaches.reopen.reason')}
        submitLabel={t('breaches.action.reopen')}
        loading={reopen.isPending}
        error={reopen.error}
        onSubmit={(reason) => reopen.mutate({ id, reason })}
        onClose={() => setDialog(null)}
      />
      <ConfirmDialog
        opened={dialog === 'close'}
        title={t('breaches.close.title', { reference: breach.reference })}
        body={t('breaches.close.body')}
        confirmLabel={t('breaches.action.close')}
        loading={close.isPending}
        onConfirm={() => close.mutate({ id })}
        onCancel={() => setDialog(null)}
      />
    </>
  );
}
