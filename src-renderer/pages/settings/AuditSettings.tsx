/**
 * Journal d'audit: verifies the hash chain (audit.verify) and shows the head hash, the value
 * printed on every report and stored in every backup manifest (DESIGN.md, accountability Art. 5(2)).
 */
import { Alert, Button, Stack, Text } from '@mantine/core';
import { useMutationMethod } from '../../api/hooks';
import { HashText } from '../../components/HashText';
import { useT } from '../../i18n/I18nProvider';
import { SectionIntro } from './SectionIntro';

export function AuditSettings() {
  const t = useT();
  const verify = useMutationMethod('audit.verify');
  const result = verify.data;
  return (
    <Stack>
      <SectionIntro title={t('settings.section.audit')} intro={t('audit.intro')} />
      <div>
        <Button onClick={() => verify.mutate({})} loading={verify.isPending}>
          {t('audit.verify')}
        </Button>
      </div>
      {result && (
        <Alert
          color={result.ok ? 'teal.9' : 'red.9'}
          variant="outline"
          role="status"
          title={
            result.ok
              ? t('audit.ok', { count: result.count })
              : t('audit.bad', { seq: result.firstBad?.seq ?? '?', reason: result.firstBad?.reason ?? result.message })
          }
        >
          <Text size="sm" fw={600}>
            {t('audit.head', { seq: result.head.seq })}
          </Text>
          <HashText value={result.head.hash} />
        </Alert>
      )}
    </Stack>
  );
}
