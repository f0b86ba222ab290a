/**
 * The error boundary: a rendering error shows an explanation in the user's language and a reload
 * button, never a blank window. Rendered with react-dom/server (no DOM here): the boundary's two
 * React hooks, getDerivedStateFromError and render, are called as React would call them.
 */
import { MantineProvider } from '@mantine/core';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../../src-renderer/components/ErrorBoundary';
import { en } from '../../../src-renderer/i18n/en';
import { fr } from '../../../src-renderer/i18n/fr';

function renderBoundary(thrown: unknown | null, children: ReactNode = <p>Registre des violations</p>): string {
  const boundary = new ErrorBoundary({ children });
  if (thrown !== null) boundary.state = ErrorBoundary.getDerivedStateFromError(thrown);
  return renderToStaticMarkup(
    <MantineProvider withCssVariables={false} withGlobalClasses={false} forceColorScheme="light">
      {boundary.render()}
    </MantineProvider>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('the error boundary', () => {
  it('shows its children while nothing failed', () => {
    const html = renderBoundary(null);
    expect(html).toContain('Registre des violations');
    expect(html).not.toContain(fr['boundary.title']);
  });

  it('replaces a failed screen by a French explanation, the error detail and a reload button', () => {
    const html = renderBoundary(new Error('Cannot read properties of undefined (reading "deadline")'));
    expect(html).not.toContain('Registre des violations');
    expect(html).toContain('role="alert"');
    expect(html).toContain(fr['boundary.title']);
    expect(html).toContain(fr['boundary.body']);
    expect(html).toContain('reading &quot;deadline&quot;');
    expect(html).toMatch(new RegExp(`<button[^>]*>.*${fr['boundary.reload']}`));
  });

  it('turns a thrown value that is not an Error into a readable detail', () => {
    const state = ErrorBoundary.getDerivedStateFromError('coffre indisponible');
    expect(state.error).toBeInstanceOf(Error);
    expect(state.error?.message).toBe('coffre indisponible');
  });

  it('speaks English when the user chose English, without needing the i18n context', () => {
    vi.stubGlobal('localStorage', { getItem: () => 'en', setItem: () => undefined });
    const html = renderBoundary(new Error('boom'));
    expect(html).toContain(en['boundary.title']);
    expect(html).toContain(en['boundary.reload']);
    expect(html).not.toContain(fr['boundary.title']);
  });
});
