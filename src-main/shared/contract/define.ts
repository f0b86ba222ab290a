import type { z } from 'zod';
import type { Role } from '../roles';

/**
 * One entry of the API contract. `roles: 'public'` methods run without an unlocked vault
 * (create, unlock, state); every other method requires a session whose role is listed.
 * `kind: 'write'` methods run in one transaction with their audit-log rows; `managed` methods have
 * asynchronous steps (key derivation, file replacement) and open their own transactions.
 */
export interface MethodDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  roles: readonly Role[] | 'public';
  kind: 'read' | 'write' | 'managed';
  /** One French line for `dpo methods` and the README matrix. */
  summary: string;
}

export const method = <I extends z.ZodType, O extends z.ZodType>(def: MethodDef<I, O>): MethodDef<I, O> => def;

export const ALL_ROLES = ['dpo', 'security', 'compliance'] as const satisfies readonly Role[];
export const DPO_ONLY = ['dpo'] as const satisfies readonly Role[];
/** Readers of everything but security-only data: the DPO and the compliance officer. */
export const DPO_COMPLIANCE = ['dpo', 'compliance'] as const satisfies readonly Role[];
export const DPO_SECURITY = ['dpo', 'security'] as const satisfies readonly Role[];
