import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useT } from '../i18n/I18nProvider';

/** Mantine's PasswordInput with its show/hide button named in the user's language. */
export function SecretInput(props: PasswordInputProps) {
  const t = useT();
  return <PasswordInput {...props} visibilityToggleButtonProps={{ 'aria-label': t('pass.toggleVisibility') }} />;
}
