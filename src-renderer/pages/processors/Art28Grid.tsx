/**
 * The Art. 28 checklist of one contract as a keyboard grid: arrows move between cells, P/A/M/N set
 * the status of the row, Enter edits the contract section (or the comment), Delete clears the answer.
 * Answers are kept as a draft, with the completeness recomputed live by core/art28.ts, until saved.
 */
import { Button, Group, Stack, Text } from '@mantine/core';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { ART28_BY_KEY, ART28_CHECKLIST, ART28_STATUS_LABELS, ART28_STATUSES, evaluateChecklist, type Art28Status } from '../../../src-main/core/art28';
import type { ContractView } from '../../../src-main/shared/schemas/processor';
import { useLang, useT } from '../../i18n/I18nProvider';
import { Art28GridRow, type EditingCell } from './Art28GridRow';
import {
  changedKeys,
  checklistFromDraft,
  clearAnswer,
  draftFromChecklist,
  GRID_COLUMNS,
  gridCommand,
  setStatus,
  setText,
  STATUS_KEY_OF,
  type DraftChecklist,
  type GridPosition,
  type TextField,
} from './art28-grid-state';
import { CompletenessMeter } from './common/CompletenessMeter';
import { useUnsavedGuard } from './common/use-unsaved-guard';

interface Props {
  contract: ContractView;
  readOnly: boolean;
  saving: boolean;
  onSave: (checklist: ReturnType<typeof checklistFromDraft>['checklist']) => void;
}

export function Art28Grid({ contract, readOnly, saving, onSave }: Props) {
  const t = useT();
  const [lang] = useLang();
  const helpId = useId();
  const captionId = useId();
  const [draft, setDraft] = useState<DraftChecklist>(() => draftFromChecklist(contract.checklist));
  const [active, setActive] = useState<GridPosition>({ row: 0, col: 2 });
  const [editing, setEditingState] = useState<EditingCell | null>(null);
  // The cell being edited, readable by the blur handler that runs after Enter or Escape.
  const editingRef = useRef<EditingCell | null>(null);
  const setEditing = (next: EditingCell | null) => {
    editingRef.current = next;
    setEditingState(next);
  };
  const cells = useRef(new Map<string, HTMLTableCellElement>());
  const gridHasFocus = useRef(false);

  // A save (or another window) changed the contract: start again from what is stored.
  useEffect(() => setDraft(draftFromChecklist(contract.checklist)), [contract.checklist]);

  const outcome = useMemo(() => checklistFromDraft(draft), [draft]);
  const evaluation = useMemo(() => evaluateChecklist(outcome.checklist), [outcome]);
  const changed = useMemo(() => changedKeys(contract.checklist, draft), [contract.checklist, draft]);
  const guard = useUnsavedGuard(changed.length > 0).modal;

  useEffect(() => {
    if (!gridHasFocus.current || editing) return;
    cells.current.get(`${active.row}:${active.col}`)?.focus();
  }, [active, editing]);

  const rowKey = (row: number) => ART28_CHECKLIST[row]?.key;
  const apply = (status: Art28Status | null) => {
    const key = rowKey(active.row);
    if (!key || readOnly) return;
    setDraft((d) => (status === null ? clearAnswer(d, key) : setStatus(d, key, status)));
  };
  const startEdit = (row: number, field: TextField) => {
    const key = rowKey(row);
    if (!key || readOnly) return;
    setActive({ row, col: GRID_COLUMNS.indexOf(field) });
    setEditing({ row, field, value: draft[key]?.[field] ?? '' });
  };
  const commitEdit = () => {
    const current = editingRef.current;
    if (!current) return;
    const key = rowKey(current.row);
    if (key) setDraft((d) => setText(d, key, current.field, current.value));
    setEditing(null);
  };

  const onGridKey = (event: KeyboardEvent<HTMLTableElement>) => {
    if (editing || !(event.target instanceof HTMLTableCellElement)) return;
    const command = gridCommand(event, active, ART28_CHECKLIST.length, readOnly);
    if (command.kind === 'none') return;
    event.preventDefault();
    if (command.kind === 'move') setActive(command.to);
    else if (command.kind === 'setStatus') apply(command.status);
    else if (command.kind === 'clear') apply(null);
    else startEdit(active.row, command.field);
  };

  const onEditKey = (event: KeyboardEvent<HTMLInputElement>) => {
    event.stopPropagation();
    if (event.key === 'Enter') {
      event.preventDefault();
      gridHasFocus.current = true;
      commitEdit();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      gridHasFocus.current = true;
      setEditing(null);
    }
  };

  const activeItem = ART28_CHECKLIST[active.row];
  const percent = Math.floor(evaluation.completeness * 100);
  const save = () => {
    if (outcome.withoutStatus.length === 0) onSave(outcome.checklist);
  };

  return (
    <Stack gap="xs">
      <Group justify="space-between" align="flex-end">
        <div>
          <Text size="sm" fw={600}>
            {t('processors.grid.completeness')} <CompletenessMeter percent={percent} />
          </Text>
          <Text size="xs" c="dimmed">
            {t('processors.grid.counts', {
              missing: evaluation.missingMandatory.length,
              partial: evaluation.partialMandatory.length,
              risks: evaluation.riskFlags.length,
            })}
          </Text>
        </div>
        {!readOnly && (
          <Group gap={4} aria-label={t('processors.grid.toolbar', { article: activeItem?.article ?? '' })} role="toolbar">
            {ART28_STATUSES.map((s) => (
              <Button key={s} size="compact-xs" variant="default" onClick={() => apply(s)}>
                {`${ART28_STATUS_LABELS[s][lang]} (${STATUS_KEY_OF[s]})`}
              </Button>
            ))}
            <Button size="compact-xs" variant="subtle" onClick={() => apply(null)}>
              {t('processors.grid.clear')}
            </Button>
          </Group>
        )}
      </Group>
      <Text size="xs" c="dimmed" id={helpId}>
        {readOnly ? t('processors.grid.helpReadOnly') : t('processors.grid.help')}
      </Text>
      <div className="art28-scroll">
        <table
          className="art28-grid"
          role="grid"
          aria-labelledby={captionId}
          aria-describedby={helpId}
          aria-rowcount={ART28_CHECKLIST.length + 1}
          aria-readonly={readOnly}
          onKeyDown={onGridKey}
          onFocus={() => {
            gridHasFocus.current = true;
          }}
          onBlur={(e) => {
            if (!e.currentTarget.contains(e.relatedTarget)) gridHasFocus.current = false;
          }}
        >
          <caption id={captionId} className="wb-visually-hidden">
            {t('processors.grid.caption', { title: contract.title })}
          </caption>
          <colgroup>
            {GRID_COLUMNS.map((c) => (
              <col key={c} className={`art28-col-${c}`} />
            ))}
          </colgroup>
          <thead>
            <tr role="row" aria-rowindex={1}>
              {GRID_COLUMNS.map((c) => (
                <th key={c} role="columnheader" scope="col">
                  {t(`processors.grid.col.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ART28_CHECKLIST.map((item, row) => (
              <Art28GridRow
                key={item.key}
                item={item}
                row={row}
                answer={draft[item.key]}
                result={evaluation.perKey[item.key]}
                activeCol={active.row === row ? active.col : null}
                editing={editing}
                cellRef={(col) => (el) => {
                  if (el) cells.current.set(`${row}:${col}`, el);
                  else cells.current.delete(`${row}:${col}`);
                }}
                onActivate={(col) => setActive({ row, col })}
                onStartEdit={(field) => startEdit(row, field)}
                onEditChange={(value) => {
                  if (editingRef.current) setEditing({ ...editingRef.current, value });
                }}
                onEditKey={onEditKey}
                onEditBlur={commitEdit}
              />
            ))}
          </tbody>
        </table>
      </div>
      {!readOnly && (
        <Group gap="sm" align="center">
          <Button onClick={save} loading={saving} disabled={changed.length === 0 || outcome.withoutStatus.length > 0}>
            {t('processors.grid.save', { count: changed.length })}
          </Button>
          <Button variant="default" disabled={changed.length === 0 || saving} onClick={() => setDraft(draftFromChecklist(contract.checklist))}>
            {t('processors.grid.discard')}
          </Button>
          <Text size="xs" c={outcome.withoutStatus.length > 0 ? 'red.9' : 'dimmed'} aria-live="polite">
            {outcome.withoutStatus.length > 0
              ? t('processors.grid.needsStatus', { articles: outcome.withoutStatus.map((k) => ART28_BY_KEY[k].article).join(', ') })
              : changed.length > 0
                ? t('processors.grid.unsaved', { count: changed.length })
                : ''}
          </Text>
        </Group>
      )}
      {guard}
    </Stack>
  );
}
