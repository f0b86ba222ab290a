/**
 * How an AppError reads in each language. The service writes French sentences, so in French the
 * service's own message is shown (it is often more precise than the code's default); in English the
 * code's translated sentence is shown. Field issues are shown in both (they come from the service).
 */
import type { ErrorCode } from '../../src-main/shared/errors';
import type { AppError, FieldIssue } from '../../src-main/shared/result';
import type { MessageKey } from './fr';
import { translate, type Lang } from './translate';

export interface ErrorText {
  message: string;
  issues: FieldIssue[];
}

export function errorCodeKey(code: ErrorCode): MessageKey {
  return `error.${code}`;
}

export function errorText(error: AppError, lang: Lang): ErrorText {
  const message = lang === 'fr' && error.message.trim() !== '' ? error.message : translate(lang, errorCodeKey(error.code));
  return { message, issues: error.issues ?? [] };
}

/** One line, for notifications: the message followed by each field issue. */
export function errorLine(error: AppError, lang: Lang): string {
  const { message, issues } = errorText(error, lang);
  if (issues.length === 0) return message;
  return [message, ...issues.map((i) => `${i.path} : ${i.message}`)].join('\n');
}
