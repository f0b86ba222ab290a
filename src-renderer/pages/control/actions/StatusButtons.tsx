/**
 * The statuses an action may move to now (given by the service). Cancelling and reopening are
 * explained in a note kept in the history (accountability, Art. 5(2)); other moves are one click.
 */
import { Button, Group, Textarea } from '@mantine/core';
import { useState } from 'react';
import { ACTION_STATUS_LABELS, type ActionStatus } from '../../../../src-main/core/audit-plan';
import type { ActionDetail } from '../../../../src-main/shared/schemas/control';
import { useMutationMethod } from '../../../api/hooks';
import { useNotifySuccess } from '../../../components/notify';
import { useT } from '../../../i18n/I18nProvider';
import { formErrors } from '../common/field-errors';
import { FormModal } from '../common/FormModal';
import { useLabel } from '../common/labels';

/** Cancelling, or reopening a done or cancelled action, needs a note (action.setStatus). */
export function needsNote(from: ActionStatus, to: ActionStatus): boolean {
  return to === 'cancelled' || from === 'done' || from === 'cancelled';
}

const INVALIDATES = ['action.get', 'action.list', 'finding.list', 'finding.get', 'reminder.list', 'dashboard.get'] as const;

export function StatusButtons({ action }: { action: ActionDetail }) {
  const t = useT();
  const label = useLabel();
  const notifySuccess = useNotifySuccess();
  const [target, setTarget] = useState<ActionStatus | null>(null);
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const setStatus = useMutationMethod('action.setStatus', {
    invalidates: INVALIDATES,
    inlineErrors: target !== null,
    onSuccess: (a) => {
      notifySuccess(t('control.action.statusSaved', { status: label(a.statusLabel) }));
      setTarget(null);
      setNote('');
      setTried(false);
    },
  });
  const move = (to: ActionStatus) => {
    if (needsNote(action.status, to)) setTarget(to);
    else setStatus.mutate({ id: action.id, status: to });
  };
  const missing = note.trim() === '' ? ['note'] : [];
  const errors = formErrors(setStatus.error, missing, tried, t);

  return (
    <>
      <Group gap="xs">
        {action.allowedStatuses.map((to) => (
          <Button
            key={to}
            variant={to === 'done' ? 'filled' : 'default'}
            color={to === 'cancelled' ? 'red.9' : undefined}
            loading={setStatus.isPending && setStatus.variables?.status === to}
            onClick={() => move(to)}
          >
            {action.status === 'done' || action.status === 'cancelled' ? t('control.action.reopen') : t(`control.action.moveTo.${to}`)}
          </Button>
        ))}
      </Group>
      {target && (
        <FormModal
          opened
          title={t('control.action.noteTitle', { status: label(ACTION_STATUS_LABELS[target]) })}
          submitLabel={t('control.action.noteSubmit')}
          loading={setStatus.isPending}
          error={setStatus.error}
          size="md"
          onClose={() => setTarget(null)}
          onSubmit={() => {
            setTried(true);
            if (missing.length === 0) setStatus.mutate({ id: action.id, status: target, note: note.trim() });
          }}
        >
          <Textarea
            label={target === 'cancelled' ? t('control.action.cancelNote') : t('control.action.reopenNote')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            autosize
            minRows={2}
            error={errors.note}
            required
            data-autofocus
          />
        </FormModal>
      )}
    </>
  );
}
