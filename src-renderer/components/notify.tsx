/** Notifications for the outcome of an action (errors in the user's language). */
import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { toAppError } from '../api/api-error';
import { useLang, useT } from '../i18n/I18nProvider';
import { errorText } from '../i18n/error-text';
import { IssueList } from './IssueList';

export function useNotifyError(): (error: unknown) => void {
  const [lang] = useLang();
  const t = useT();
  return useCallback(
    (error: unknown) => {
      const text = errorText(toAppError(error), lang);
      notifications.show({
        color: 'red',
        title: t('error.title'),
        message: (
          <>
            {text.message}
            <IssueList issues={text.issues} />
          </>
        ),
        autoClose: 10_000,
        closeButtonProps: { 'aria-label': t('common.close') },
      });
    },
    [lang, t],
  );
}

export function useNotifySuccess(): (message: string) => void {
  const t = useT();
  return useCallback(
    (message: string) => {
      notifications.show({ color: 'teal', message, autoClose: 5_000, closeButtonProps: { 'aria-label': t('common.close') } });
    },
    [t],
  );
}
