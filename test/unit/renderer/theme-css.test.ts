import { describe, expect, it } from 'vitest';
import { buildThemeCss } from '../../../src-renderer/theme/theme-css';

describe('static theme stylesheet (replaces Mantine’s run-time <style>, blocked by the CSP)', () => {
  const css = buildThemeCss();

  it('declares the theme’s own colours and primary colour', () => {
    expect(css).toContain('--mantine-color-marine-7: #2f549a');
    expect(css).toContain('--mantine-primary-color-filled: var(--mantine-color-marine-filled)');
    expect(css).toContain('--mantine-color-marine-filled: var(--mantine-color-marine-7)');
  });

  it('sets the light colour scheme and the readable dimmed text', () => {
    expect(css).toContain(':root[data-mantine-color-scheme="light"]');
    expect(css).toContain('--mantine-color-scheme: light');
    expect(css).toContain('--mantine-color-dimmed: var(--mantine-color-gray-7)');
    expect(css).toContain('--mantine-color-error: var(--mantine-color-red-9)');
  });
});
