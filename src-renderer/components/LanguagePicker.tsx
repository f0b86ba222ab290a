import { SegmentedControl } from '@mantine/core';
import { useLang, useT } from '../i18n/I18nProvider';
import { isLang } from '../i18n/translate';

/** French / English switch; the choice is stored on this computer (localStorage). */
export function LanguagePicker({ size = 'sm' }: { size?: 'xs' | 'sm' }) {
  const t = useT();
  const [lang, setLang] = useLang();
  return (
    <SegmentedControl
      size={size}
      aria-label={t('language.label')}
      value={lang}
      onChange={(value) => {
        if (isLang(value)) setLang(value);
      }}
      data={[
        { value: 'fr', label: t('language.fr') },
        { value: 'en', label: t('language.en') },
      ]}
    />
  );
}
