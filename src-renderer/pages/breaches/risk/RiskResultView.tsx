/** What the assessment concludes: the ENISA score on its scale, the recommendation, and its reasons. */
import { Badge, Group, List, Stack, Text } from '@mantine/core';
import { RECOMMENDATION_LABELS, type Recommendation } from '../../../../src-main/core/breach-risk';
import type { RiskResult } from '../../../../src-main/shared/schemas/breach';
import { useLang, useT } from '../../../i18n/I18nProvider';
import { EnisaScale } from './EnisaScale';
import { BADGE } from '../badge-colors';

const REC_COLOR: Record<Recommendation, string> = { none: BADGE.ok, risk: BADGE.urgent, high_risk: BADGE.late };

export function RiskResultView({ result, preview = false }: { result: RiskResult; preview?: boolean }) {
  const t = useT();
  const [lang] = useLang();
  const fmt = (n: number) => n.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 2 });
  const { enisa } = result;
  return (
    <Stack gap="xs" className="risk-result" aria-live="polite">
      <Group gap="sm">
        <Text fw={600}>{preview ? t('breaches.risk.preview') : t('breaches.risk.result')}</Text>
        <Badge color={REC_COLOR[result.recommendation]} variant="filled" className="status-badge">
          {RECOMMENDATION_LABELS[result.recommendation][lang]}
        </Badge>
      </Group>
      <Text size="sm">{t('breaches.risk.formula', { dpc: fmt(enisa.dpc), ei: fmt(enisa.ei), cb: fmt(enisa.cb), se: fmt(enisa.se) })}</Text>
      <EnisaScale se={enisa.se} band={enisa.band} />
      <Text size="sm">
        {t('breaches.risk.effective', {
          losses:
            [
              result.effective.confidentiality ? t('breaches.risk.loss.confidentiality') : null,
              result.effective.integrity ? t('breaches.risk.loss.integrity') : null,
              result.effective.availability ? t('breaches.risk.loss.availability') : null,
            ]
              .filter(Boolean)
              .join(', ') || t('breaches.risk.loss.none'),
        })}
      </Text>
      <Text size="sm" fw={600}>
        {t('breaches.risk.reasons')}
      </Text>
      <List size="sm" spacing={4}>
        {result.reasons.map((reason) => (
          <List.Item key={reason}>{reason}</List.Item>
        ))}
      </List>
    </Stack>
  );
}
