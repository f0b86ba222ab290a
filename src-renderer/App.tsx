/**
 * Providers around the session gate. Mantine runs without its run-time <style> elements
 * (`withCssVariables={false}`, `withGlobalClasses={false}`): the CSP allows no inline style, and the
 * theme's variables come from a stylesheet generated at build time (theme/theme-css.ts).
 */
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { createQueryClient } from './api/query-client';
import { ErrorBoundary } from './components/ErrorBoundary';
import { I18nProvider } from './i18n/I18nProvider';
import { SessionGate } from './session/SessionGate';
import { theme } from './theme/theme';

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <MantineProvider theme={theme} withCssVariables={false} withGlobalClasses={false} forceColorScheme="light">
      <ErrorBoundary>
        <I18nProvider>
          <QueryClientProvider client={queryClient}>
            <Notifications position="top-right" limit={4} />
            <SessionGate />
          </QueryClientProvider>
        </I18nProvider>
      </ErrorBoundary>
    </MantineProvider>
  );
}
