/**
 * TanStack Query over `window.dpo`. Nothing is retried behind the user's back (a failed write must
 * be seen), nothing refetches on focus (a form being typed must not be reset), and a VAULT_LOCKED
 * answer from any call sends the UI back to the unlock screen.
 */
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-error';

export const SESSION_QUERY_KEY = ['session.state'] as const;

export function createQueryClient(): QueryClient {
  const onError = (error: unknown): void => {
    if (error instanceof ApiError && error.appError.code === 'VAULT_LOCKED') {
      void client.invalidateQueries({ queryKey: SESSION_QUERY_KEY });
    }
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
  return client;
}

/**
 * After unlock, lock or recovery: re-read the session, then drop every cached answer of the
 * previous session so nothing read under one user is shown to the next.
 */
export async function resetAfterSessionChange(client: QueryClient): Promise<void> {
  await client.invalidateQueries({ queryKey: SESSION_QUERY_KEY });
  client.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_QUERY_KEY[0] });
}
