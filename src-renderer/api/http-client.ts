/**
 * `window.dpo` for the browser (web shell, `dpo serve`): the same object the Electron preload
 * exposes, one function per contract method, each `POST /api/<method>` with a JSON body.
 * The session cookie (HttpOnly, set from the token in the printed URL) travels with
 * `credentials: 'same-origin'`; nothing is ever sent to another origin.
 */
import { METHOD_NAMES, type DpoApi, type MethodName } from '../../src-main/shared/contract';
import { fail, type Result } from '../../src-main/shared/result';
import { parseResultEnvelope } from './result-envelope';

export const NETWORK_ERROR_MESSAGE =
  "Le service local ne répond pas : vérifiez que « dpo serve » est toujours lancé, puis rechargez la page.";
export const UNREADABLE_RESPONSE_MESSAGE =
  'Réponse illisible du service local (HTTP {status}) : rechargez la page ; si le problème persiste, relancez « dpo serve ».';
export const SESSION_EXPIRED_MESSAGE =
  "La session web n'est plus reconnue : rouvrez l'adresse complète affichée par « dpo serve » (avec son jeton).";

export interface HttpClientOptions {
  /** Injected in tests; the browser's fetch otherwise. */
  fetch?: typeof fetch;
  /** Prefix of the API, `/api/` by default. */
  apiPrefix?: string;
}

export function createHttpClient(options: HttpClientOptions = {}): DpoApi {
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  const prefix = options.apiPrefix ?? '/api/';

  async function call(name: MethodName, input: unknown): Promise<Result<unknown>> {
    let response: Response;
    try {
      response = await doFetch(`${prefix}${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(input ?? {}),
        credentials: 'same-origin',
        cache: 'no-store',
      });
    } catch {
      return fail('INTERNAL', NETWORK_ERROR_MESSAGE);
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      body = undefined;
    }
    const result = parseResultEnvelope(body);
    if (result) return result;
    if (response.status === 401 || response.status === 403) return fail('INTERNAL', SESSION_EXPIRED_MESSAGE);
    return fail('INTERNAL', UNREADABLE_RESPONSE_MESSAGE.replace('{status}', String(response.status)));
  }

  const api: Record<string, (input?: unknown) => Promise<Result<unknown>>> = {};
  for (const name of METHOD_NAMES) {
    api[name] = (input?: unknown) => call(name, input);
  }
  return Object.freeze(api) as unknown as DpoApi;
}
