/**
 * Export buttons of a register. Generating a large register takes seconds: the running button shows
 * a spinner, the others wait, and a live region says what is being prepared.
 */
import { Button, Group, Text } from '@mantine/core';
import { useT } from '../../../i18n/I18nProvider';

export interface ExportItem {
  key: string;
  label: string;
  /** Accessible name when the visible label is short (« XLSX »). */
  ariaLabel?: string;
  onClick: () => void;
}

interface Props {
  title: string;
  items: readonly ExportItem[];
  /** Key of the export running, if any. */
  running: string | null;
}

export function ExportBar({ title, items, running }: Props) {
  const t = useT();
  const current = items.find((i) => i.key === running);
  return (
    <div>
      <Group gap="xs" align="center">
        <Text size="sm" fw={600} component="span">
          {title}
        </Text>
        {items.map((item) => (
          <Button
            key={item.key}
            size="xs"
            variant="default"
            onClick={item.onClick}
            loading={running === item.key}
            disabled={running !== null && running !== item.key}
            aria-label={item.ariaLabel}
          >
            {item.label}
          </Button>
        ))}
      </Group>
      <Text size="xs" c="dimmed" aria-live="polite" mt={2}>
        {current ? t('processors.common.exportRunning', { name: current.ariaLabel ?? current.label }) : ''}
      </Text>
    </div>
  );
}
