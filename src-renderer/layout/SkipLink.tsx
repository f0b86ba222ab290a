import { useT } from '../i18n/I18nProvider';

/**
 * First focusable element: jumps over the header and menu to the page content. It moves focus
 * itself (a plain `#main-content` href would be taken as a route by the hash router).
 */
export function SkipLink({ targetId }: { targetId: string }) {
  const t = useT();
  return (
    <a
      className="skip-link"
      href={`#${targetId}`}
      onClick={(event) => {
        event.preventDefault();
        document.getElementById(targetId)?.focus();
      }}
    >
      {t('shell.skipLink')}
    </a>
  );
}
