/** Where an action comes from, as a link to it when the role can open that module. */
import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import type { Action } from '../../../../src-main/shared/schemas/control';
import { useT } from '../../../i18n/I18nProvider';
import { moduleAccess } from '../../../navigation';
import { useUnlockedSession } from '../../../session/SessionUserContext';
import { useLabel } from '../common/labels';
import { findingPath } from '../sections';

export function SourceLink({ action }: { action: Action }) {
  const t = useT();
  const label = useLabel();
  const { user } = useUnlockedSession();
  const s = action.source;
  const target =
    s.type === 'finding'
      ? { to: findingPath(s.id), text: `${s.reference} — ${s.title}`, module: 'audit' as const }
      : s.type === 'breach'
        ? { to: `/violations/${s.id}`, text: t('control.action.openBreach'), module: 'breaches' as const }
        : { to: `/sous-traitants/${s.id}`, text: s.alert, module: 'processors' as const };
  return (
    <>
      <span className="ctl-muted">{label(action.sourceLabel)}</span>
      <br />
      {moduleAccess(user.role, target.module) === 'none' ? (
        target.text
      ) : (
        <Anchor component={Link} to={target.to}>
          {target.text}
        </Anchor>
      )}
    </>
  );
}
