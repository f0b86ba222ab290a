/**
 * The sub-processor chain (Art. 28(2) authorisation, Art. 28(4) same obligations flowed down), as a
 * nested list: each link with its country, service, authorisation and transfer mechanism.
 */
import { Text } from '@mantine/core';
import { AUTHORISATION_LABELS, type SubProcessorView } from '../../../src-main/shared/schemas/processor';
import { isTransfer } from '../../../src-main/core/transfers';
import { useLang, useT } from '../../i18n/I18nProvider';
import { formatDay } from './common/calendar-day';
import { mechanismText } from './common/mechanism-text';

function ChainLink({ sub }: { sub: SubProcessorView }) {
  const t = useT();
  const [lang] = useLang();
  const a = sub.authorisation;
  const outside = isTransfer(sub.country);
  return (
    <li>
      <Text size="sm" fw={600} span>
        {sub.name}
      </Text>{' '}
      <Text size="sm" span>
        {`— ${sub.countryNameFr} (${sub.country})`}
      </Text>
      {sub.service && (
        <Text size="xs" c="dimmed">
          {sub.service}
        </Text>
      )}
      <div>
        <span className={`wb-chip ${a.kind === 'none' ? 'wb-chip-high' : 'wb-chip-ok'}`}>{AUTHORISATION_LABELS[a.kind][lang]}</span>
        <span className={`wb-chip ${sub.flowDown ? 'wb-chip-ok' : 'wb-chip-high'}`}>
          {sub.flowDown ? t('processors.chain.flowDown') : t('processors.chain.noFlowDown')}
        </span>
        {outside && <span className="wb-chip wb-chip-medium">{t('processors.hosting.outside')}</span>}
      </div>
      <Text size="xs" c="dimmed">
        {[
          a.date ? t('processors.chain.authorisedOn', { date: formatDay(a.date, lang) }) : '',
          a.objectionWindowDays !== null ? t('processors.chain.objectionWindow', { days: a.objectionWindowDays }) : '',
          sub.mechanism ? mechanismText(sub.mechanism, lang) : '',
          sub.tiaDate ? t('processors.chain.tia', { date: formatDay(sub.tiaDate, lang) }) : '',
        ]
          .filter(Boolean)
          .join(' · ')}
      </Text>
      {sub.subProcessors.length > 0 && (
        <ul>
          {sub.subProcessors.map((s) => (
            <ChainLink key={s.id} sub={s} />
          ))}
        </ul>
      )}
    </li>
  );
}

export function SubProcessorTree({ subProcessors }: { subProcessors: readonly SubProcessorView[] }) {
  const t = useT();
  if (subProcessors.length === 0) return <Text size="sm">{t('processors.chain.none')}</Text>;
  return (
    <ul className="wb-tree" aria-label={t('processors.chain.title')}>
      {subProcessors.map((s) => (
        <ChainLink key={s.id} sub={s} />
      ))}
    </ul>
  );
}
