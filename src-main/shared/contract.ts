/**
 * The API contract: every method any shell may call, with its input and output schemas and the
 * roles allowed to call it. Shells (Electron IPC, HTTP, CLI) and the renderer derive their method
 * lists and types from this table, so a renamed method breaks the build, not the user.
 */
import { z } from 'zod';
import type { MethodDef } from './contract/define';
import { breachContract } from './contract/breach';
import { controlContract } from './contract/control';
import { dashboardContract } from './contract/dashboard';
import { foundationContract } from './contract/foundation';
import { processingContract } from './contract/processing';
import { processorContract } from './contract/processor';
import { reportContract } from './contract/report';
import { requestContract } from './contract/request';
import type { Result } from './result';

export const contract = {
  ...foundationContract,
  ...breachContract,
  ...requestContract,
  ...controlContract,
  ...processorContract,
  ...processingContract,
  ...dashboardContract,
  ...reportContract,
} as const satisfies Record<string, MethodDef>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type Input<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type Output<M extends MethodName> = z.output<Contract[M]['output']>;

export const METHOD_NAMES = Object.freeze(Object.keys(contract).sort()) as readonly MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** What `window.dpo` is, in Electron (preload) and in the browser (HTTP client): one function per method. */
export type DpoApi = { readonly [M in MethodName]: (input?: Input<M>) => Promise<Result<Output<M>>> };

export { method } from './contract/define';
export type { MethodDef } from './contract/define';
