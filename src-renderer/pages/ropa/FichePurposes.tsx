/**
 * « Finalité(s) du traitement effectué » (Art. 30(1)(b)): the main purpose, then the sub-purposes,
 * each with its Art. 6(1) legal bases; and, when special categories are processed, the Art. 9(2)
 * condition lifting the ban.
 */
import { List, Table, Text } from '@mantine/core';
import { ART9_CONDITIONS, LEGAL_BASES } from '../../../src-main/core/ropa-vocabulary';
import type { ProcessingDetail } from '../../../src-main/shared/schemas/processing';
import { useLang, useT } from '../../i18n/I18nProvider';
import { itemLabel } from '../processors/common/vocabulary';
import { FicheSection } from './FicheSection';

function article(list: readonly { id: string; article?: string }[], id: string): string {
  return list.find((e) => e.id === id)?.article ?? '';
}

export function FichePurposes({ processing: p }: { processing: ProcessingDetail }) {
  const t = useT();
  const [lang] = useLang();
  const art9Needed = p.dataCategories.some((c) => c.sensitive);
  return (
    <FicheSection title={t('ropa.block.purposes')} article={t('ropa.article.purposes')}>
      {p.purposes.length === 0 ? (
        <Text size="sm">{t('ropa.purposes.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('ropa.purposes.rank')}</Table.Th>
                <Table.Th scope="col">{t('ropa.purposes.label')}</Table.Th>
                <Table.Th scope="col">{t('ropa.purposes.legalBases')}</Table.Th>
                <Table.Th scope="col">{t('ropa.purposes.justification')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {p.purposes.map((purpose, i) => (
                <Table.Tr key={`${i}:${purpose.label}`}>
                  <Table.Th scope="row">{i === 0 ? t('ropa.purposes.main') : t('ropa.purposes.sub', { n: i })}</Table.Th>
                  <Table.Td>{purpose.label}</Table.Td>
                  <Table.Td>
                    {purpose.legalBases.length === 0 ? (
                      <span className="wb-chip wb-chip-high">{t('ropa.purposes.noBasis')}</span>
                    ) : (
                      purpose.legalBases.map((b) => (
                        <div key={b}>
                          {itemLabel(LEGAL_BASES, b, lang)}{' '}
                          <Text span size="xs" c="dimmed">
                            ({article(LEGAL_BASES, b)})
                          </Text>
                        </div>
                      ))
                    )}
                  </Table.Td>
                  <Table.Td>{purpose.justification || t('processors.common.none')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {(art9Needed || p.art9Conditions.length > 0) && (
        <div>
          <Text size="sm" fw={600} mt="sm">
            {t('ropa.art9.title')}
          </Text>
          {p.art9Conditions.length === 0 ? (
            <Text size="sm" c="red.9">
              {t('ropa.art9.missing')}
            </Text>
          ) : (
            <List size="sm">
              {p.art9Conditions.map((c) => (
                <List.Item key={c}>{`${article(ART9_CONDITIONS, c)} — ${itemLabel(ART9_CONDITIONS, c, lang)}`}</List.Item>
              ))}
            </List>
          )}
        </div>
      )}
    </FicheSection>
  );
}
