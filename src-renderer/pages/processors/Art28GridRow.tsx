/** One clause of the Art. 28 grid: article, clause, status, contract section, comment. */
import type { KeyboardEvent, ReactNode, RefCallback } from 'react';
import type { Art28Item, Art28KeyResult } from '../../../src-main/core/art28';
import { ART28_STATUS_LABELS } from '../../../src-main/core/art28';
import { useLang, useT } from '../../i18n/I18nProvider';
import { GRID_COLUMNS, STATUS_KEY_OF, type DraftAnswer, type GridColumn, type TextField } from './art28-grid-state';

export interface EditingCell {
  row: number;
  field: TextField;
  value: string;
}

interface Props {
  item: Art28Item;
  row: number;
  answer: DraftAnswer | undefined;
  result: Art28KeyResult | undefined;
  activeCol: number | null;
  editing: EditingCell | null;
  cellRef: (col: number) => RefCallback<HTMLTableCellElement>;
  onActivate: (col: number) => void;
  onStartEdit: (field: TextField) => void;
  onEditChange: (value: string) => void;
  onEditKey: (event: KeyboardEvent<HTMLInputElement>) => void;
  onEditBlur: () => void;
}

export function Art28GridRow(props: Props) {
  const { item, row, answer, result, activeCol, editing } = props;
  const t = useT();
  const [lang] = useLang();
  const status = answer?.status ?? null;
  const gap = result?.gap === true && status !== null;

  const cell = (col: number, content: ReactNode, className = '') => {
    const name: GridColumn | undefined = GRID_COLUMNS[col];
    const active = activeCol === col;
    return (
      <td
        key={name}
        role="gridcell"
        ref={props.cellRef(col)}
        tabIndex={active ? 0 : -1}
        className={`art28-cell ${active ? 'art28-cell-active' : ''} ${className}`}
        onClick={() => props.onActivate(col)}
        onDoubleClick={() => {
          if (name === 'section' || name === 'comment') props.onStartEdit(name);
        }}
      >
        {content}
      </td>
    );
  };

  const textCell = (field: TextField) =>
    editing?.row === row && editing.field === field ? (
      <input
        className="art28-edit"
        aria-label={t(field === 'section' ? 'processors.grid.editSection' : 'processors.grid.editComment', { article: item.article })}
        value={editing.value}
        maxLength={field === 'section' ? 200 : 2000}
        autoFocus
        onChange={(e) => props.onEditChange(e.currentTarget.value)}
        onKeyDown={props.onEditKey}
        onBlur={props.onEditBlur}
      />
    ) : (
      (answer?.[field] ?? '')
    );

  return (
    <tr role="row" className={gap ? 'art28-row-gap' : undefined} aria-rowindex={row + 2}>
      {cell(0, item.article, 'art28-article')}
      {cell(
        1,
        <>
          {lang === 'fr' ? item.labelFr : item.labelEn}
          {item.kind !== 'mandatory' && (
            <>
              {' '}
              <span className="wb-chip wb-chip-neutral">{t(`processors.grid.kind.${item.kind}`)}</span>
            </>
          )}
          {gap && status === 'not_applicable' && (
            <div className="wb-grid-note" role="note">
              {t('processors.grid.naNotAllowed')}
            </div>
          )}
        </>,
      )}
      {cell(
        2,
        <span className={`art28-status art28-status-${status ?? 'unanswered'}`}>
          {status ? `${STATUS_KEY_OF[status]} · ${ART28_STATUS_LABELS[status][lang]}` : t('processors.grid.unanswered')}
        </span>,
      )}
      {cell(3, textCell('section'))}
      {cell(4, textCell('comment'))}
    </tr>
  );
}
