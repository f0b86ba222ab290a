/**
 * The module menu. Only modules the role can read are listed (navigation.ts). Arrow keys move
 * between entries, Home/End jump to the ends; each entry shows its Alt+N shortcut.
 */
import { Text } from '@mantine/core';
import type { KeyboardEvent } from 'react';
import { NavLink } from 'react-router';
import { useT } from '../i18n/I18nProvider';
import type { ModuleEntry } from '../navigation';

function moveFocus(event: KeyboardEvent<HTMLUListElement>) {
  const links = [...event.currentTarget.querySelectorAll<HTMLAnchorElement>('a.nav-link')];
  const index = links.findIndex((link) => link === document.activeElement);
  let next: number | null = null;
  if (event.key === 'ArrowDown') next = (index + 1) % links.length;
  else if (event.key === 'ArrowUp') next = (index - 1 + links.length) % links.length;
  else if (event.key === 'Home') next = 0;
  else if (event.key === 'End') next = links.length - 1;
  if (next === null) return;
  event.preventDefault();
  links[next]?.focus();
}

export function Sidebar({ modules }: { modules: readonly ModuleEntry[] }) {
  const t = useT();
  return (
    <div className="shell-nav-column">
      <nav className="shell-nav" aria-label={t('nav.label')}>
        <ul className="nav-list" onKeyDown={moveFocus}>
          {modules.map((m) => (
            <li key={m.id}>
              <NavLink
                to={m.path}
                end={m.path === '/'}
                className={({ isActive }) => (isActive ? 'nav-link active' : 'nav-link')}
                aria-keyshortcuts={`Alt+${m.shortcut}`}
              >
                <span>{t(m.labelKey)}</span>
                <kbd className="nav-kbd" aria-hidden="true">
                  {`Alt+${m.shortcut}`}
                </kbd>
              </NavLink>
            </li>
          ))}
        </ul>
        <Text size="xs" c="dimmed" className="nav-help">
          {t('nav.keyboardHelp')}
        </Text>
      </nav>
    </div>
  );
}
