/**
 * One IPC handler per contract method. The renderer is untrusted: the handler first checks that the
 * message comes from the app's own top-level frame (Electron security checklist 17), then passes the
 * input untouched to the service, which validates it against the contract and never throws.
 */
import type { MethodName } from '../shared/contract';
import { fail, type Result } from '../shared/result';
import type { Service } from '../service/types';
import { isTrustedSender, type SenderFrame } from './security';

export const IPC_PREFIX = 'dpo:';

/** `dpo:<method>`: the channel of one contract method. */
export const ipcChannel = (method: MethodName): string => `${IPC_PREFIX}${method}`;

export const UNTRUSTED_SENDER_MESSAGE =
  "Demande refusée : elle ne provient pas de la fenêtre principale de l'application. Redémarrez DPO Workbench.";

/** What the handler reads of Electron's IpcMainInvokeEvent. */
export interface InvokeEvent {
  readonly senderFrame: SenderFrame | null;
}

export function createIpcHandler(service: Service, method: MethodName) {
  return async (event: InvokeEvent, input?: unknown): Promise<Result<unknown>> => {
    if (!isTrustedSender(event.senderFrame)) return fail('FORBIDDEN', UNTRUSTED_SENDER_MESSAGE);
    return service.call(method, input);
  };
}
