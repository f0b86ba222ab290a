import type { AppError } from '../../src-main/shared/result';

/** A failed Result, thrown inside TanStack Query so queries and mutations see it as an error. */
export class ApiError extends Error {
  readonly appError: AppError;
  constructor(appError: AppError) {
    super(appError.message);
    this.name = 'ApiError';
    this.appError = appError;
  }
}

/** Any thrown thing as an AppError (an unexpected exception becomes INTERNAL). */
export function toAppError(error: unknown): AppError {
  if (error instanceof ApiError) return error.appError;
  return {
    code: 'INTERNAL',
    message:
      "Erreur inattendue dans l'interface : l'opération a été annulée. Rechargez la page ; si l'erreur persiste, signalez-la.",
  };
}
