/** The action form's breach picker (Art. 33(3)(d): measures planned after a breach become actions). */
import { describe, expect, it } from 'vitest';
import { searchTermOf, withSelected } from '../../../src-renderer/pages/control/actions/source-options';

const latest = Array.from({ length: 500 }, (_, i) => ({ value: `b${i + 2}`, label: `VIO-2026-${String(i + 2).padStart(4, '0')} — Courriel mal adressé` }));
const old = { value: 'b1', label: 'VIO-2023-0001 — Clé USB perdue' };

describe('the breach an action comes from', () => {
  it('is shown even when it is older than the 500 latest breaches the picker loads', () => {
    const options = withSelected(latest, old);
    expect(options).toHaveLength(501);
    expect(options[0]).toEqual(old);
  });

  it('is not listed twice when the latest breaches hold it', () => {
    const recent = latest[3] ?? old;
    expect(withSelected(latest, recent)).toHaveLength(500);
    expect(withSelected(latest, null)).toEqual(latest);
  });

  it('is searched by the words typed, not by the label of the breach just chosen', () => {
    expect(searchTermOf('  clé usb ', null)).toBe('clé usb');
    expect(searchTermOf(old.label, old.label)).toBeUndefined();
    expect(searchTermOf('   ', null)).toBeUndefined();
    expect(searchTermOf('x'.repeat(250), null)).toHaveLength(200);
  });
});
