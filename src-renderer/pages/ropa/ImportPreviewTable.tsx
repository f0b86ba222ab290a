/** The fiches found in the imported workbook: action (create, update, refused), and each error with its sheet, row and field. */
import { List, Table } from '@mantine/core';
import type { ImportPreview } from '../../../src-main/shared/schemas/processing';
import { useT } from '../../i18n/I18nProvider';
import { orderedRows } from './import-preview';

const ACTION_TONE = { create: 'wb-chip-ok', update: 'wb-chip-medium', refused: 'wb-chip-critical' } as const;

export function ImportPreviewTable({ preview }: { preview: ImportPreview }) {
  const t = useT();
  return (
    <Table.ScrollContainer minWidth={760} maxHeight={420}>
      <Table captionSide="top" verticalSpacing={4} stickyHeader>
        <Table.Caption>{t('ropa.import.caption', { count: preview.rows.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('ropa.import.colSheet')}</Table.Th>
            <Table.Th scope="col">{t('ropa.import.colReference')}</Table.Th>
            <Table.Th scope="col">{t('ropa.import.colName')}</Table.Th>
            <Table.Th scope="col">{t('ropa.import.colAction')}</Table.Th>
            <Table.Th scope="col">{t('ropa.import.colProblems')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {orderedRows(preview).map((r) => (
            <Table.Tr key={`${r.sheet}:${r.reference}:${r.name}`}>
              <Table.Td className="wb-nowrap">{r.sheet}</Table.Td>
              <Table.Td className="wb-nowrap">
                <code>{r.reference}</code>
              </Table.Td>
              <Table.Td>{r.name}</Table.Td>
              <Table.Td>
                <span className={`wb-chip ${ACTION_TONE[r.action]}`}>{t(`ropa.import.action.${r.action}`)}</span>
              </Table.Td>
              <Table.Td>
                {r.errors.length === 0 && r.warnings.length === 0 ? (
                  t('processors.common.none')
                ) : (
                  <List size="xs">
                    {r.errors.map((e, i) => (
                      <List.Item key={`e${i}`}>
                        <strong>{e.row === null ? t('ropa.import.placeSheet', { field: e.field }) : t('ropa.import.placeRow', { row: e.row, field: e.field })}</strong>{' '}
                        <span lang="fr">{e.message}</span>
                      </List.Item>
                    ))}
                    {r.warnings.map((w, i) => (
                      <List.Item key={`w${i}`}>
                        {t('ropa.import.warning')} <span lang="fr">{w}</span>
                      </List.Item>
                    ))}
                  </List>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
