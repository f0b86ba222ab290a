/**
 * What the next notification to the CNIL still lacks (Art. 33(3)); phases are allowed (Art. 33(4)).
 * A native <details>: one line by default, the list on demand (keyboard and screen readers included).
 */
import { List } from '@mantine/core';
import type { BreachDetail } from '../../../src-main/shared/schemas/breach';
import { useT } from '../../i18n/I18nProvider';

export function MissingList({ missing }: { missing: BreachDetail['missing'] }) {
  const t = useT();
  if (missing.length === 0) return null;
  return (
    <details className="missing-list">
      <summary>{t('breaches.missing.title', { n: missing.length })}</summary>
      <List size="sm" spacing={2} mt="xs">
        {missing.map((m) => (
          <List.Item key={`${m.section}:${m.message}`}>
            <strong>{m.section}</strong> — {m.message}
          </List.Item>
        ))}
      </List>
    </details>
  );
}
