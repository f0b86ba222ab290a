import { describe, expect, it } from 'vitest';
import { shortcutFromKey } from '../../../src-renderer/layout/use-module-shortcuts';

const key = (code: string, mods: Partial<{ altKey: boolean; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }> = {}) => ({
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  code,
  ...mods,
});

describe('Alt+digit module shortcuts', () => {
  it('reads the physical digit key, so AZERTY keyboards work without Shift', () => {
    expect(shortcutFromKey(key('Digit3', { altKey: true }))).toBe(3);
    expect(shortcutFromKey(key('Numpad8', { altKey: true }))).toBe(8);
  });

  it('ignores digits without Alt, or with another modifier (AltGr is Ctrl+Alt)', () => {
    expect(shortcutFromKey(key('Digit3'))).toBeNull();
    expect(shortcutFromKey(key('Digit3', { altKey: true, ctrlKey: true }))).toBeNull();
    expect(shortcutFromKey(key('KeyA', { altKey: true }))).toBeNull();
  });
});
