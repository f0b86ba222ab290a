/** Where an action comes from, as a link to it when the role can open that module. */
import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import type { Action } from '../../../../src-main/shared/schemas/control';
import { useT } from '../../../i18n/I18nProvider';
import { moduleAccess } from '../../../navigation';
import { useUnlockedSession } from '../../../session/SessionUserContext';
import { useLabel } from '../common/labels';
import { findingPath } from '../sections';
import { alertCodeOf } from './action-source-url';

export function SourceLink({ action }: { action: Action }) {
  const t = useT();
  const label = useLabel();
  const { user } = useUnlockedSession();
  const s = action.source;
  // A processor alert is stored by its stable key (`<processor>:<code>:<object>`): shown by its label.
  const alertCode = s.type === 'processor' ? alertCodeOf(s.alert) : null;
  const target =
    s.type === 'finding'
      ? { to: findingPath(s.id), text: `${s.reference} — ${s.title}`, module: 'audit' as const }
      : s.type === 'breach'
        ? { to: `/violations/${s.id}`, text: t('control.action.openBreach'), module: 'breaches' as const }
        : { to: `/sous-traitants/${s.id}`, text: alertCode ? t(`processors.alertCode.${alertCode}`) : s.alert, module: 'processors' as const };
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
