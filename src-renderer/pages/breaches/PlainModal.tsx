/**
 * Mantine's Modal without its scroll lock: the lock (react-remove-scroll) injects a <style> element
 * that the CSP (`style-src 'self'`) blocks, which shows up as a violation in the console. The
 * overlay still covers the page; Esc and the close button close the modal; focus is trapped.
 */
import { Modal, type ModalProps } from '@mantine/core';
import { useT } from '../../i18n/I18nProvider';

export function PlainModal(props: ModalProps) {
  const t = useT();
  return <Modal centered closeButtonProps={{ 'aria-label': t('common.close') }} {...props} lockScroll={false} />;
}
