/** Registre des traitements: fiches, DPIAs required and not done (Art. 35), fiches missing an Art. 30 item. */
import type { Dashboard } from '../../../src-main/shared/schemas/dashboard';
import { useT } from '../../i18n/I18nProvider';
import { FigureTile } from './FigureTile';
import { Panel } from './Panel';

type ProcessingPart = NonNullable<Dashboard['processings']>;

export function RegisterPanel({ part }: { part: ProcessingPart }) {
  const t = useT();
  return (
    <Panel id="dash-register" title={t('dashboard.register.title')} moreHref="/registre" moreLabel={t('dashboard.register.more')}>
      <div className="dash-tiles">
        <FigureTile figure={part.total} label={t('dashboard.register.total')} />
        <FigureTile figure={part.dpiaMissing} label={t('dashboard.register.dpiaMissing')} alarm hint={t('dashboard.register.dpiaHint')} />
        <FigureTile figure={part.incomplete} label={t('dashboard.register.incomplete')} alarm />
      </div>
    </Panel>
  );
}
