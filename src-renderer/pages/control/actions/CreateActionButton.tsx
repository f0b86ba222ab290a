/**
 * « Créer une action » where the need is seen — a breach's planned measures (GDPR Art. 33(3)(d)), a
 * processor alert (Art. 28): a link to the action plan with the form open on that origin. Shown only
 * to a role that may create actions and open the Contrôle module (the service checks again).
 */
import { Button } from '@mantine/core';
import { Link } from 'react-router';
import type { ActionSourceInput } from '../../../../src-main/shared/schemas/control';
import { useT } from '../../../i18n/I18nProvider';
import { canCall, moduleAccess } from '../../../navigation';
import { useUnlockedSession } from '../../../session/SessionUserContext';
import { newActionPath } from './action-source-url';

interface Props {
  source: ActionSourceInput;
  title: string;
  description?: string;
  /** Accessible name (contains the visible label), e.g. which alert the action answers. */
  label: string;
  size?: 'xs' | 'sm';
}

export function useCanCreateAction(): boolean {
  const { user } = useUnlockedSession();
  return canCall(user.role, 'action.create') && moduleAccess(user.role, 'audit') !== 'none';
}

export function CreateActionButton({ source, title, description = '', label, size = 'sm' }: Props) {
  const t = useT();
  if (!useCanCreateAction()) return null;
  return (
    <Button component={Link} to={newActionPath(source, title, description)} variant="light" size={size} aria-label={label} title={label}>
      {t('control.action.createFrom')}
    </Button>
  );
}
