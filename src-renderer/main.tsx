/**
 * Renderer entry. In Electron the preload has defined `window.dpo`; in a browser (`dpo serve`)
 * the HTTP client takes its place, with the same shape.
 */
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import 'virtual:mantine-theme.css';
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { installDpoIfMissing } from './api/dpo-host';
import { createHttpClient } from './api/http-client';
import { App } from './App';
import { configureZodFrench } from '../src-main/shared/zod-setup';

// Form checks in the browser use the same French messages as the service.
configureZodFrench();
installDpoIfMissing(() => createHttpClient());

const container = document.getElementById('root');
if (!container) throw new Error("Élément #root absent de index.html : la construction de l'interface est incomplète.");
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
