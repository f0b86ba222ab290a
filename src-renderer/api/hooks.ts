/**
 * `useMethod` (read) and `useMutationMethod` (write): contract-typed hooks over TanStack Query.
 * Results are unwrapped; a failure becomes an ApiError, shown by <ErrorAlert> or a notification.
 */
import { useMutation, useQuery, useQueryClient, type UseMutationResult, type UseQueryResult } from '@tanstack/react-query';
import type { Input, MethodName, Output } from '../../src-main/shared/contract';
import { useNotifyError } from '../components/notify';
import { callMethod } from './call-method';

export function useMethod<M extends MethodName>(
  name: M,
  input?: Input<M>,
  options: { enabled?: boolean } = {},
): UseQueryResult<Output<M>, Error> {
  return useQuery<Output<M>, Error>({
    queryKey: [name, input ?? null],
    queryFn: () => callMethod(name, input),
    enabled: options.enabled ?? true,
  });
}

export interface MutationOptions<M extends MethodName> {
  /** Queries (by method name) to re-read after success. */
  invalidates?: readonly MethodName[];
  onSuccess?: (value: Output<M>, input: Input<M>) => void | Promise<void>;
  /** Errors shown next to the form instead of a notification. */
  inlineErrors?: boolean;
}

export function useMutationMethod<M extends MethodName>(
  name: M,
  options: MutationOptions<M> = {},
): UseMutationResult<Output<M>, Error, Input<M>> {
  const client = useQueryClient();
  const notifyError = useNotifyError();
  return useMutation<Output<M>, Error, Input<M>>({
    mutationFn: (input) => callMethod(name, input),
    onSuccess: async (value, input) => {
      await Promise.all((options.invalidates ?? []).map((m) => client.invalidateQueries({ queryKey: [m] })));
      await options.onSuccess?.(value, input);
    },
    onError: (error) => {
      if (!options.inlineErrors) notifyError(error);
    },
  });
}
