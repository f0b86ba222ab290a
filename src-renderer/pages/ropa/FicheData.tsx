/**
 * CNIL fiche blocks on data and people: data categories with their retention and final fate
 * (Art. 30(1)(c), (f); Art. 5(1)(e)), sensitive data (Art. 9, 10, NIR), data subjects, recipients
 * (Art. 30(1)(d)) and security measures (Art. 30(1)(g), Art. 32).
 */
import { Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { DATA_CATEGORIES, FINAL_FATES, RECIPIENT_TYPES, SECURITY_MEASURE_TYPES, SENSITIVE_CATEGORIES } from '../../../src-main/core/ropa-vocabulary';
import type { ProcessingDetail } from '../../../src-main/shared/schemas/processing';
import { DefinitionList } from '../../components/DefinitionList';
import { useLang, useT } from '../../i18n/I18nProvider';
import { itemLabel } from '../processors/common/vocabulary';
import { FicheSection } from './FicheSection';

function SimpleTable({ caption, headers, rows }: { caption: string; headers: readonly string[]; rows: readonly (readonly ReactNode[])[] }) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table captionSide="top" verticalSpacing={4}>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {headers.map((h) => (
              <Table.Th key={h} scope="col">
                {h}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((cells, i) => (
            <Table.Tr key={i}>
              {cells.map((c, j) => (
                <Table.Td key={j}>{c}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function FicheData({ processing: p }: { processing: ProcessingDetail }) {
  const t = useT();
  const [lang] = useLang();
  const none = t('processors.common.none');
  const missing = <span className="wb-chip wb-chip-high">{t('ropa.data.toFill')}</span>;
  const categoryRows = (sensitive: boolean) =>
    p.dataCategories
      .filter((c) => c.sensitive === sensitive)
      .map((c) => [
        itemLabel(sensitive ? SENSITIVE_CATEGORIES : DATA_CATEGORIES, c.category, lang),
        c.description || none,
        c.retention || missing,
        c.finalFate ? itemLabel(FINAL_FATES, c.finalFate, lang) : missing,
      ]);
  const dataHeaders = [t('ropa.data.category'), t('ropa.data.description'), t('ropa.data.retention'), t('ropa.data.finalFate')];
  const ordinary = categoryRows(false);
  const sensitive = categoryRows(true);
  return (
    <>
      <FicheSection title={t('ropa.block.data')} article={t('ropa.article.data')}>
        {ordinary.length === 0 && sensitive.length === 0 && <Text size="sm">{t('ropa.data.none')}</Text>}
        {ordinary.length > 0 && <SimpleTable caption={t('ropa.data.ordinary')} headers={dataHeaders} rows={ordinary} />}
        {sensitive.length > 0 && <SimpleTable caption={t('ropa.data.sensitive')} headers={dataHeaders} rows={sensitive} />}
      </FicheSection>
      <FicheSection title={t('ropa.block.subjects')} article={t('ropa.article.subjects')}>
        {p.subjectCategories.length === 0 ? (
          <Text size="sm">{t('ropa.subjects.none')}</Text>
        ) : (
          <SimpleTable
            caption={t('ropa.subjects.caption')}
            headers={[t('ropa.subjects.label'), t('ropa.subjects.details')]}
            rows={p.subjectCategories.map((s) => [s.label, s.details || none])}
          />
        )}
        <DefinitionList
          items={[
            { label: t('ropa.subjects.volume'), value: p.subjectVolume || none },
            { label: t('ropa.subjects.origin'), value: p.dataOrigin || none },
          ]}
        />
      </FicheSection>
      <FicheSection title={t('ropa.block.recipients')} article={t('ropa.article.recipients')}>
        {p.recipients.length === 0 ? (
          <Text size="sm">{t('ropa.recipients.none')}</Text>
        ) : (
          <SimpleTable
            caption={t('ropa.recipients.caption')}
            headers={[t('ropa.recipients.type'), t('ropa.recipients.details')]}
            rows={p.recipients.map((r) => [itemLabel(RECIPIENT_TYPES, r.type, lang), r.details || none])}
          />
        )}
      </FicheSection>
      <FicheSection title={t('ropa.block.security')} article={t('ropa.article.security')}>
        {p.securityMeasures.length === 0 ? (
          <Text size="sm">{t('ropa.security.none')}</Text>
        ) : (
          <SimpleTable
            caption={t('ropa.security.caption')}
            headers={[t('ropa.security.type'), t('ropa.security.details')]}
            rows={p.securityMeasures.map((m) => [itemLabel(SECURITY_MEASURE_TYPES, m.type, lang), m.details || none])}
          />
        )}
      </FicheSection>
    </>
  );
}
