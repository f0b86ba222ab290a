/** Field errors of a form: the service's issues, plus the fields the renderer knows are still empty. */
import { apiFieldErrors, type FieldErrors } from '../../../components/form-errors';
import type { TFunction } from '../../../i18n/I18nProvider';

export function formErrors(error: unknown, missing: readonly string[], showMissing: boolean, t: TFunction): FieldErrors {
  const errors: Record<string, string> = { ...apiFieldErrors(error) };
  if (showMissing) for (const path of missing) errors[path] ??= t('common.required');
  return errors;
}
