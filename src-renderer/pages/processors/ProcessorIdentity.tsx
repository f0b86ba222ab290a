/** Identity, contacts and certifications of a processor (Art. 28(1) guarantees; HDS for health data, CSP L1111-8). */
import { Stack, Table, Text, Title } from '@mantine/core';
import { CERTIFICATION_LABELS } from '../../../src-main/core/processor-alerts';
import type { ProcessorDetail } from '../../../src-main/shared/schemas/processor';
import { DefinitionList } from '../../components/DefinitionList';
import { formatDateTime } from '../../format/date-time';
import { useLang, useT } from '../../i18n/I18nProvider';
import { formatDay } from './common/calendar-day';

const CERT_TONE = { valid: 'ok', expiring: 'medium', expired: 'critical', no_end_date: 'neutral' } as const;

export function ProcessorIdentity({ processor: p }: { processor: ProcessorDetail }) {
  const t = useT();
  const [lang] = useLang();
  const none = t('processors.common.none');
  const address = [p.address.street, [p.address.postalCode, p.address.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  const contacts = (['business', 'legal', 'dpo'] as const).map((k) => ({ kind: k, ...p.contacts[k] }));
  return (
    <Stack gap="md">
      <DefinitionList
        items={[
          { label: t('processors.field.reference'), value: <code>{p.reference}</code> },
          { label: t('processors.field.siren'), value: p.siren || none },
          { label: t('processors.field.foreignIdentifier'), value: p.foreignIdentifier || none },
          { label: t('processors.field.address'), value: address || none },
          { label: t('processors.field.country'), value: `${p.countryNameFr} (${p.country})` },
          { label: t('processors.field.service'), value: p.service || none },
          {
            label: t('processors.field.hostsHealthData'),
            value: p.hostsHealthData ? t('processors.detail.hostsHealthYes') : t('processors.common.no'),
          },
          ...(p.notes ? [{ label: t('processors.field.notes'), value: p.notes }] : []),
          { label: t('processors.detail.updatedAt'), value: formatDateTime(p.updatedAt, lang) },
        ]}
      />
      <div>
        <Title order={3} mb={4}>
          {t('processors.detail.contacts')}
        </Title>
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('processors.contacts.role')}</Table.Th>
                <Table.Th scope="col">{t('processors.contacts.name')}</Table.Th>
                <Table.Th scope="col">{t('processors.contacts.email')}</Table.Th>
                <Table.Th scope="col">{t('processors.contacts.phone')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {contacts.map((c) => (
                <Table.Tr key={c.kind}>
                  <Table.Th scope="row">{t(`processors.contacts.${c.kind}`)}</Table.Th>
                  <Table.Td>{c.name || none}</Table.Td>
                  <Table.Td>{c.email ? <a href={`mailto:${c.email}`}>{c.email}</a> : none}</Table.Td>
                  <Table.Td>{c.phone || none}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </div>
      <div>
        <Title order={3} mb={4}>
          {t('processors.detail.certifications')}
        </Title>
        {p.certifications.length === 0 ? (
          <Text size="sm">{t('processors.detail.noCertification')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('processors.cert.kind')}</Table.Th>
                  <Table.Th scope="col">{t('processors.cert.label')}</Table.Th>
                  <Table.Th scope="col">{t('processors.cert.number')}</Table.Th>
                  <Table.Th scope="col">{t('processors.cert.validity')}</Table.Th>
                  <Table.Th scope="col">{t('processors.cert.state')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {p.certifications.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td>{CERTIFICATION_LABELS[c.kind][lang]}</Table.Td>
                    <Table.Td>{c.label || none}</Table.Td>
                    <Table.Td>{c.certificateNumber || none}</Table.Td>
                    <Table.Td className="wb-nowrap">
                      {t('processors.cert.range', { from: c.validFrom ? formatDay(c.validFrom, lang) : '…', to: c.validUntil ? formatDay(c.validUntil, lang) : '…' })}
                    </Table.Td>
                    <Table.Td>
                      <span className={`wb-chip wb-chip-${CERT_TONE[c.state]}`}>{t(`processors.cert.state.${c.state}`)}</span>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </div>
    </Stack>
  );
}
