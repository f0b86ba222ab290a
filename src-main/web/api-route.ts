/**
 * `POST /api/<method>`: the HTTP face of the service. The body is passed untouched to
 * `service.call`, which validates it against the contract (the browser is untrusted, like any caller).
 */
import type { IncomingMessage } from 'node:http';
import { isMethodName } from '../shared/contract';
import { DEFAULT_MESSAGES } from '../shared/errors';
import { fail, type Result } from '../shared/result';
import type { Service } from '../service/types';
import { readJsonBody } from './request-body';

export const API_PREFIX = '/api/';

export interface ApiReply {
  status: number;
  result: Result<unknown>;
}

const TOO_LARGE = (maxBytes: number): string =>
  `La requête dépasse la taille maximale (${Math.floor(maxBytes / (1024 * 1024))} Mo) : envoyez un fichier plus petit ou découpez l'import.`;
const INVALID_JSON = "Le corps de la requête n'est pas du JSON valide : envoyez un objet JSON (Content-Type: application/json).";
const ABORTED = "La requête a été interrompue avant la fin de l'envoi : réessayez.";

/** Runs one API call; `pathname` starts with `/api/`. Never throws. */
export async function handleApiCall(
  service: Service,
  pathname: string,
  req: IncomingMessage,
  maxBodyBytes: number,
): Promise<ApiReply> {
  const name = pathname.slice(API_PREFIX.length);
  if (!isMethodName(name)) {
    return { status: 404, result: fail('UNKNOWN_METHOD', DEFAULT_MESSAGES.UNKNOWN_METHOD) };
  }
  const body = await readJsonBody(req, maxBodyBytes);
  switch (body.kind) {
    case 'too-large':
      return { status: 413, result: fail('VALIDATION', TOO_LARGE(maxBodyBytes)) };
    case 'invalid-json':
      return { status: 400, result: fail('VALIDATION', INVALID_JSON) };
    case 'aborted':
      return { status: 400, result: fail('CANCELLED', ABORTED) };
    case 'json':
      break;
  }
  try {
    return { status: 200, result: await service.call(name, body.value) };
  } catch {
    // The service promises never to throw; if it does, the caller still gets a Result.
    return { status: 500, result: fail('INTERNAL', DEFAULT_MESSAGES.INTERNAL) };
  }
}
