/**
 * The unlocked layout: skip link, header, module menu, main content. A CSS grid (styles/app.css)
 * plays the role of Mantine's AppShell, whose run-time <style> element the CSP would block.
 */
import { useMemo } from 'react';
import { Outlet } from 'react-router';
import { visibleModules } from '../navigation';
import { useUnlockedSession } from '../session/SessionUserContext';
import { Sidebar } from './Sidebar';
import { SkipLink } from './SkipLink';
import { TopBar } from './TopBar';
import { useModuleShortcuts } from './use-module-shortcuts';

const MAIN_ID = 'main-content';

export function Shell() {
  const { user } = useUnlockedSession();
  const modules = useMemo(() => visibleModules(user.role), [user.role]);
  useModuleShortcuts(modules, MAIN_ID);
  return (
    <div className="shell">
      <SkipLink targetId={MAIN_ID} />
      <TopBar />
      <Sidebar modules={modules} />
      <main id={MAIN_ID} className="shell-main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
