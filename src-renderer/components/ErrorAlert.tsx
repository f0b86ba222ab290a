import { Alert } from '@mantine/core';
import { toAppError } from '../api/api-error';
import { useLang, useT } from '../i18n/I18nProvider';
import { errorText } from '../i18n/error-text';
import { IssueList } from './IssueList';

/** A failed call shown in place: the sentence that says what to do, then the fields to correct. */
export function ErrorAlert({ error }: { error: unknown }) {
  const [lang] = useLang();
  const t = useT();
  if (error === null || error === undefined) return null;
  const text = errorText(toAppError(error), lang);
  return (
    <Alert color="red" title={t('error.title')} role="alert">
      {text.message}
      <IssueList issues={text.issues} />
    </Alert>
  );
}
