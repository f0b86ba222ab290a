/**
 * Asks before leaving a page with unsaved changes (a half-checked Art. 28 grid, a register fiche
 * being typed): react-router's blocker, answered in a confirmation dialog. `release()` lets the
 * page navigate away itself after a successful save.
 */
import { useRef, type ReactNode } from 'react';
import { useBlocker } from 'react-router';
import { useT } from '../../../i18n/I18nProvider';
import { ConfirmModal } from '../../../components/ConfirmModal';

export function useUnsavedGuard(dirty: boolean): { modal: ReactNode; release: () => void } {
  const t = useT();
  const released = useRef(false);
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && !released.current && currentLocation.pathname !== nextLocation.pathname);
  return {
    release: () => {
      released.current = true;
    },
    modal: (
      <ConfirmModal
        opened={blocker.state === 'blocked'}
        title={t('processors.unsaved.title')}
        body={t('processors.unsaved.body')}
        confirmLabel={t('processors.unsaved.leave')}
        onCancel={() => blocker.reset?.()}
        onConfirm={() => blocker.proceed?.()}
      />
    ),
  };
}
