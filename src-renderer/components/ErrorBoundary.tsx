/**
 * Last line of defence: a rendering error shows a French (or English) explanation and a reload
 * button instead of a blank window. It reads the language itself (no context: the context may be
 * what failed).
 */
import { Alert, Button, Code, Stack } from '@mantine/core';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { readStoredLang } from '../i18n/I18nProvider';
import { translate } from '../i18n/translate';

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Erreur de rendu', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    const lang = readStoredLang();
    return (
      <main className="boundary">
        <Alert color="red" title={translate(lang, 'boundary.title')} role="alert">
          <Stack gap="sm">
            <div>{translate(lang, 'boundary.body')}</div>
            <Code block>{error.message}</Code>
            <div>
              <Button onClick={() => window.location.reload()}>{translate(lang, 'boundary.reload')}</Button>
            </div>
          </Stack>
        </Alert>
      </main>
    );
  }
}
