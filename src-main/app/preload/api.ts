/**
 * Builds the `window.dpo` object the preload exposes: one function per contract method, each sending
 * on its own `dpo:<method>` channel. No generic `invoke(channel)` is exposed (Electron security
 * checklist 20). Pure and Electron-free, so tests can check it with a fake `invoke`.
 *
 * Type-only imports: the sandboxed preload bundle must not contain zod or the schemas.
 */
import type { DpoApi, MethodName } from '../../shared/contract';

export type Invoke = (channel: string, input: unknown) => Promise<unknown>;

export function buildDpoApi(methodNames: readonly MethodName[], invoke: Invoke): DpoApi {
  const api: Record<string, (input?: unknown) => Promise<unknown>> = {};
  for (const method of methodNames) {
    const channel = `dpo:${method}`;
    api[method] = (input?: unknown) => invoke(channel, input);
  }
  return Object.freeze(api) as unknown as DpoApi;
}
