/**
 * The reminders of the signed-in user (`reminder.list`), re-read every minute while the vault is
 * unlocked: the hook lives in the unlocked shell, so locking unmounts it and stops the polling.
 */
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { Output } from '../../src-main/shared/contract';
import { callMethod } from '../api/call-method';

export const REMINDER_POLL_MS = 60_000;

export function useReminders(): UseQueryResult<Output<'reminder.list'>, Error> {
  // Same key as useMethod('reminder.list'): a write that invalidates reminders refreshes the bell.
  return useQuery<Output<'reminder.list'>, Error>({
    queryKey: ['reminder.list', null],
    queryFn: () => callMethod('reminder.list', {}),
    refetchInterval: REMINDER_POLL_MS,
    refetchIntervalInBackground: true,
  });
}
