/**
 * Repeated rows of a form (purposes, data categories, certifications, hosting locations…): each row
 * in a bordered box with its own « remove » button, and an « add » button under the list.
 */
import { Button, Fieldset, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useT } from '../../../i18n/I18nProvider';
import { moveAt, patchAt, removeAt } from './list-edit';

interface Props<T> {
  legend: string;
  intro?: string;
  items: readonly T[];
  onChange: (items: T[]) => void;
  create: () => T;
  /** `update` merges a patch into this row. */
  render: (item: T, index: number, update: (patch: Partial<T>) => void) => ReactNode;
  addLabel: string;
  /** Accessible name of the remove button of row `index` (« Retirer la finalité 2 »). */
  removeLabel: (index: number) => string;
  emptyText?: string;
  max?: number;
  readOnly?: boolean;
  error?: string | undefined;
  /** Rows whose order means something (the first purpose is the main one): up / down buttons. */
  reorderable?: boolean;
}

export function RowsEditor<T>({ legend, intro, items, onChange, create, render, addLabel, removeLabel, emptyText, max = 200, readOnly = false, error, reorderable = false }: Props<T>) {
  const t = useT();
  return (
    <Fieldset legend={legend} variant="filled">
      <Stack gap="sm">
        {intro && (
          <Text size="xs" c="dimmed">
            {intro}
          </Text>
        )}
        {items.length === 0 && emptyText && <Text size="sm">{emptyText}</Text>}
        {items.map((item, index) => (
          // Rows have no stable id before they are saved: the index is their identity in the form.
          <div key={index} className="wb-row-editor">
            <Stack gap="xs">
              {render(item, index, (patch) => onChange(patchAt(items, index, patch)))}
              {!readOnly && (
                <Group justify="flex-end" gap="xs">
                  {reorderable && index > 0 && (
                    <Button size="xs" variant="subtle" onClick={() => onChange(moveAt(items, index, -1))} aria-label={t('processors.common.moveUpLabel', { n: index + 1 })}>
                      {t('processors.common.moveUp')}
                    </Button>
                  )}
                  {reorderable && index < items.length - 1 && (
                    <Button size="xs" variant="subtle" onClick={() => onChange(moveAt(items, index, 1))} aria-label={t('processors.common.moveDownLabel', { n: index + 1 })}>
                      {t('processors.common.moveDown')}
                    </Button>
                  )}
                  <Button size="xs" variant="outline" color="red.9" onClick={() => onChange(removeAt(items, index))} aria-label={removeLabel(index)}>
                    {t('processors.common.remove')}
                  </Button>
                </Group>
              )}
            </Stack>
          </div>
        ))}
        {error && (
          <Text size="sm" c="red.9" role="alert">
            {error}
          </Text>
        )}
        {!readOnly && items.length < max && (
          <div>
            <Button size="xs" variant="default" onClick={() => onChange([...items, create()])}>
              {addLabel}
            </Button>
          </div>
        )}
      </Stack>
    </Fieldset>
  );
}
