/**
 * Alt+1 … Alt+8 open the modules (fixed numbers, see navigation.ts). The physical key is read
 * (`event.code`), so the shortcut works on AZERTY keyboards where the digit needs Shift.
 */
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import type { ModuleEntry } from '../navigation';

export function shortcutFromKey(event: Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'code'>): number | null {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
  const match = /^(?:Digit|Numpad)([1-9])$/.exec(event.code);
  return match ? Number(match[1]) : null;
}

export function useModuleShortcuts(modules: readonly ModuleEntry[], mainId: string): void {
  const navigate = useNavigate();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const n = shortcutFromKey(event);
      if (n === null) return;
      const target = modules.find((m) => m.shortcut === n);
      if (!target) return;
      event.preventDefault();
      void navigate(target.path);
      document.getElementById(mainId)?.focus();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [modules, mainId, navigate]);
}
