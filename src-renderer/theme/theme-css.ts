/**
 * The theme's CSS variables as a static stylesheet, generated at build time (vite.renderer.config.ts).
 * Mantine normally injects them in a <style> element at run time, which the app's Content Security
 * Policy (`style-src 'self'`, no 'unsafe-inline') blocks; the provider runs with
 * `withCssVariables={false}` and this file takes its place.
 */
import {
  convertCssVariables,
  DEFAULT_THEME,
  defaultCssVariablesResolver,
  mergeMantineTheme,
  type ConvertCSSVariablesInput,
} from '@mantine/core';
import { cssVariablesResolver, theme } from './theme';

export function buildThemeVariables(): ConvertCSSVariablesInput {
  const full = mergeMantineTheme(DEFAULT_THEME, theme);
  const base = defaultCssVariablesResolver(full);
  const extra = cssVariablesResolver(full);
  return {
    variables: { ...base.variables, ...extra.variables },
    light: { ...base.light, ...extra.light, '--mantine-color-scheme': 'light' },
    dark: { ...base.dark, ...extra.dark, '--mantine-color-scheme': 'dark' },
  };
}

export function buildThemeCss(): string {
  return `/* Généré à la construction depuis src-renderer/theme/theme.ts — ne pas modifier. */\n${convertCssVariables(buildThemeVariables())}\n`;
}
