/**
 * A searchable multi-select of register entries (« REF — Nom ») with its « Enregistrer » button, and
 * the saved links below, each a link to its fiche when the role may open that module. Read-only roles
 * see the list only.
 */
import { Button, Group, List, MultiSelect, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useT } from '../../../i18n/I18nProvider';
import { linkLabel, sameIds, type LinkOption, type LinkTarget } from './link-options';

export interface LinkPickerText {
  label: string;
  hint: string;
  save: string;
  empty: string;
  linked: string;
}

interface Props {
  text: LinkPickerText;
  linked: readonly LinkTarget[];
  /** Route of an item's fiche; null when the role cannot open that module. */
  hrefOf: ((id: string) => string) | null;
  options: LinkOption[];
  optionsError: boolean;
  editable: boolean;
  saving: boolean;
  onSave: (ids: string[]) => void;
}

/** Options rendered at once; the search box reaches the others (registers of several thousand lines). */
const SHOWN_OPTIONS = 200;

export function LinkedList({ items, hrefOf, empty }: { items: readonly LinkTarget[]; hrefOf: ((id: string) => string) | null; empty: string }) {
  if (items.length === 0) return <Text size="sm">{empty}</Text>;
  return (
    <List size="sm" spacing={2}>
      {items.map((item) => (
        <List.Item key={item.id}>{hrefOf ? <Link to={hrefOf(item.id)}>{linkLabel(item)}</Link> : linkLabel(item)}</List.Item>
      ))}
    </List>
  );
}

export function LinkPicker({ text, linked, hrefOf, options, optionsError, editable, saving, onSave }: Props) {
  const t = useT();
  const saved = linked.map((l) => l.id);
  const [draft, setDraft] = useState<string[]>(saved);
  const unchanged = sameIds(draft, saved);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!unchanged) onSave(draft);
  }

  if (!editable) {
    return (
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          {text.label}
        </Text>
        <LinkedList items={linked} hrefOf={hrefOf} empty={text.empty} />
      </Stack>
    );
  }
  return (
    <form onSubmit={submit} noValidate aria-label={text.label}>
      <Stack gap="xs">
        <MultiSelect
          label={text.label}
          description={text.hint}
          data={options}
          value={draft}
          onChange={setDraft}
          searchable
          clearable
          hidePickedOptions={false}
          limit={SHOWN_OPTIONS}
          maxValues={100}
          nothingFoundMessage={t('links.picker.nothingFound')}
          error={optionsError ? t('links.breach.listError') : undefined}
        />
        <Group>
          <Button type="submit" variant="outline" loading={saving} disabled={unchanged}>
            {text.save}
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          {text.linked}
        </Text>
        <LinkedList items={linked} hrefOf={hrefOf} empty={text.empty} />
      </Stack>
    </form>
  );
}
