/** What the fiche still lacks to be CNIL-ready (Art. 30(1) or 30(2)), each item with its article. */
import { Alert, List, Text } from '@mantine/core';
import type { ProcessingDetail } from '../../../src-main/shared/schemas/processing';
import { useT } from '../../i18n/I18nProvider';
import { CompletenessMeter } from '../processors/common/CompletenessMeter';
import { FrenchText } from '../processors/common/FrenchText';

export function CompletenessPanel({ completeness }: { completeness: ProcessingDetail['completeness'] }) {
  const t = useT();
  const record = t(`ropa.record.${completeness.record}`);
  if (completeness.complete) {
    return (
      <Alert color="teal.9" variant="outline" title={t('ropa.completeness.completeTitle', { record })}>
        {t('ropa.completeness.completeBody')}
      </Alert>
    );
  }
  return (
    <Alert color="red.9" variant="outline" title={t('ropa.completeness.missingTitle', { count: completeness.missing.length, record })}>
      <Text size="sm" mb={4}>
        <CompletenessMeter percent={completeness.percent} />
      </Text>
      <List size="sm" spacing={2}>
        {completeness.missing.map((m) => (
          <List.Item key={m.id}>
            <strong>{m.article}</strong> — <FrenchText>{m.messageFr}</FrenchText>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
