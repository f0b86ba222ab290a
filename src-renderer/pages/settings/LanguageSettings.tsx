import { Stack, Text } from '@mantine/core';
import { LanguagePicker } from '../../components/LanguagePicker';
import { useT } from '../../i18n/I18nProvider';
import { SectionIntro } from './SectionIntro';

/** Langue: French or English for the interface, kept on this computer. */
export function LanguageSettings() {
  const t = useT();
  return (
    <Stack gap="md">
      <SectionIntro title={t('settings.section.language')} />
      <div>
        <LanguagePicker />
      </div>
      <Text size="sm" c="dimmed">
        {t('language.hint')}
      </Text>
    </Stack>
  );
}
