/**
 * CNIL fiche blocks « Description du traitement » and « Acteurs » (Art. 30(1)(a), 30(2)(a)-(b)):
 * the organisation and its DPO come from Paramètres, the joint controllers (Art. 26) and the
 * controllers served (Art. 30(2)) from the fiche.
 */
import { Stack, Table, Text } from '@mantine/core';
import { PROCESSING_ROLES } from '../../../src-main/core/ropa-vocabulary';
import { PROCESSING_STATUS_LABELS, type ProcessingDetail } from '../../../src-main/shared/schemas/processing';
import { useMethod } from '../../api/hooks';
import { DefinitionList } from '../../components/DefinitionList';
import { formatDateTime } from '../../format/date-time';
import { useLang, useT } from '../../i18n/I18nProvider';
import { formatDay } from '../processors/common/calendar-day';
import { itemLabel } from '../processors/common/vocabulary';
import { FicheSection } from './FicheSection';

type Actor = ProcessingDetail['jointControllers'][number] & { categoriesOfProcessing?: string };

function ActorsTable({ actors, caption, withCategories = false }: { actors: readonly Actor[]; caption: string; withCategories?: boolean }) {
  const t = useT();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table captionSide="top" verticalSpacing={4}>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('ropa.actor.name')}</Table.Th>
            <Table.Th scope="col">{t('ropa.actor.address')}</Table.Th>
            <Table.Th scope="col">{t('ropa.actor.country')}</Table.Th>
            <Table.Th scope="col">{t('ropa.actor.phone')}</Table.Th>
            <Table.Th scope="col">{t('ropa.actor.email')}</Table.Th>
            {withCategories && <Table.Th scope="col">{t('ropa.actor.categories')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {actors.map((a, i) => (
            <Table.Tr key={`${a.name}:${i}`}>
              <Table.Td>{a.name}</Table.Td>
              <Table.Td>{[a.address, [a.postalCode, a.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')}</Table.Td>
              <Table.Td>{a.country}</Table.Td>
              <Table.Td>{a.phone}</Table.Td>
              <Table.Td>{a.email}</Table.Td>
              {withCategories && <Table.Td>{a.categoriesOfProcessing}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function FicheDescription({ processing: p }: { processing: ProcessingDetail }) {
  const t = useT();
  const [lang] = useLang();
  const organisation = useMethod('organisation.get');
  const none = t('processors.common.none');
  const org = organisation.data;
  return (
    <>
      <FicheSection title={t('ropa.block.description')}>
        <DefinitionList
          items={[
            { label: t('ropa.field.name'), value: p.name },
            { label: t('ropa.field.reference'), value: <code>{p.reference}</code> },
            { label: t('ropa.field.createdOn'), value: formatDay(p.createdOn, lang) },
            { label: t('ropa.field.updatedAt'), value: formatDateTime(p.updatedAt, lang) },
            { label: t('ropa.field.role'), value: itemLabel(PROCESSING_ROLES, p.role, lang) },
            { label: t('ropa.field.description'), value: p.description || none },
            {
              label: t('ropa.field.status'),
              value: p.validatedAt
                ? t('ropa.field.validatedBy', { status: PROCESSING_STATUS_LABELS[p.status][lang], date: formatDateTime(p.validatedAt, lang), user: p.validatedBy ?? '' })
                : PROCESSING_STATUS_LABELS[p.status][lang],
            },
            {
              label: t('ropa.field.reviewDate'),
              value: p.reviewDate ? (
                <>
                  {formatDay(p.reviewDate, lang)} {p.reviewOverdue && <span className="wb-chip wb-chip-medium">{t('ropa.list.reviewOverdue')}</span>}
                </>
              ) : (
                none
              ),
            },
          ]}
        />
      </FicheSection>
      <FicheSection title={t('ropa.block.actors')} article={t(p.role === 'processor' ? 'ropa.article.actors302' : 'ropa.article.actors301')}>
        <Stack gap="sm">
          {org && (
            <DefinitionList
              items={[
                {
                  label: p.role === 'processor' ? t('ropa.actor.processorUs') : t('ropa.actor.controller'),
                  value: `${org.name} — ${[org.address.street, `${org.address.postalCode} ${org.address.city}`, org.address.country].join(', ')}`,
                },
                { label: t('ropa.actor.dpo'), value: [org.dpoName, org.dpoEmail, org.dpoPhone].filter(Boolean).join(' — ') },
              ]}
            />
          )}
          {p.role === 'joint_controller' &&
            (p.jointControllers.length > 0 ? (
              <ActorsTable actors={p.jointControllers} caption={t('ropa.actor.jointControllers')} />
            ) : (
              <Text size="sm">{t('ropa.actor.noJoint')}</Text>
            ))}
          {p.role === 'processor' && (
            <>
              {p.controllersServed.length > 0 ? (
                <ActorsTable actors={p.controllersServed} caption={t('ropa.actor.controllersServed')} withCategories />
              ) : (
                <Text size="sm">{t('ropa.actor.noServed')}</Text>
              )}
            </>
          )}
        </Stack>
      </FicheSection>
    </>
  );
}
