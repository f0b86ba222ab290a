/**
 * Check a pack received back (from an archive, a colleague, the CNIL file): the SHA-256 of each file
 * against its manifest, missing or added files, and whether the manifest's audit-log entry is in
 * this vault's log with the same hash (accountability, GDPR Art. 5(2)).
 */
import { Button, FileButton, Group, List, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useMutationMethod } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n/I18nProvider';
import { fileToBase64 } from '../control/common/file-base64';
import { Outcome } from '../control/common/Outcome';

export function VerifyPackPanel() {
  const t = useT();
  const [reading, setReading] = useState(false);
  const verify = useMutationMethod('report.verifyPack', { inlineErrors: true });
  const choose = (file: File | null) => {
    verify.reset();
    if (!file) return;
    setReading(true);
    fileToBase64(file)
      .then((base64) => verify.mutate({ base64, filename: file.name }))
      .finally(() => setReading(false));
  };
  const r = verify.data;
  return (
    <Stack gap="sm">
      <Text size="sm">{t('reports.verify.intro')}</Text>
      <Group>
        <FileButton onChange={choose} accept=".zip,application/zip">
          {(props) => (
            <Button {...props} variant="default" loading={reading || verify.isPending}>
              {t('reports.verify.choose')}
            </Button>
          )}
        </FileButton>
      </Group>
      {verify.error ? <ErrorAlert error={verify.error} /> : null}
      {r && (
        <Outcome tone={r.ok && r.vault.matches !== false ? 'good' : 'bad'} title={r.ok ? t('reports.verify.ok') : t('reports.verify.bad')}>
          <Stack gap={4}>
            <Text size="sm">{r.message}</Text>
            <Text size="sm">{r.vault.message}</Text>
            {r.problems.length > 0 && (
              <List size="sm">
                {r.problems.map((p) => (
                  <List.Item key={p}>{p}</List.Item>
                ))}
              </List>
            )}
          </Stack>
        </Outcome>
      )}
      {r && r.files.length > 0 && (
        <Table.ScrollContainer minWidth={560}>
          <Table striped captionSide="top">
            <Table.Caption>{t('reports.verify.files', { n: r.files.length })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('reports.verify.file')}</Table.Th>
                <Table.Th scope="col">{t('reports.verify.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {r.files.map((f) => (
                <Table.Tr key={f.name}>
                  <Table.Td>{f.name}</Table.Td>
                  <Table.Td>{t(`reports.verify.fileStatus.${f.status}`)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
