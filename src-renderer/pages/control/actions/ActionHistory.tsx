/** What happened to an action, oldest first: creation, changes, postponements with their reason, evidence. */
import { Text } from '@mantine/core';
import type { ActionHistoryEntry } from '../../../../src-main/shared/schemas/control';
import { formatDateTime } from '../../../format/date-time';
import { useLang } from '../../../i18n/I18nProvider';

export function ActionHistory({ entries }: { entries: readonly ActionHistoryEntry[] }) {
  const [lang] = useLang();
  return (
    <ol className="ctl-history">
      {entries.map((e, i) => (
        <li key={`${e.at}:${i}`}>
          <Text size="xs" c="dimmed">
            {formatDateTime(e.at, lang)} — {e.actor}
          </Text>
          <Text size="sm" fw={600}>
            {e.label}
          </Text>
          {e.detail && (
            <Text size="sm" className="ctl-pre">
              {e.detail}
            </Text>
          )}
        </li>
      ))}
    </ol>
  );
}
