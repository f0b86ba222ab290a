/**
 * Mantine's Modal without its scroll lock: the lock (react-remove-scroll) writes a <style> element,
 * which the CSP (`style-src 'self'`) refuses. Esc closes, the close button is named in the user's language.
 */
import { Modal, type ModalProps } from '@mantine/core';
import { useT } from '../../../i18n/I18nProvider';

export function ModalFrame(props: ModalProps) {
  const t = useT();
  return <Modal closeButtonProps={{ 'aria-label': t('common.close') }} {...props} lockScroll={false} />;
}
