// ESLint (flat config) with typescript-eslint. Architecture rules: core/ is pure, Electron stays in app/.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const noElectron = { name: 'electron', message: 'Electron ne s’importe que sous src-main/app/.' };

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'native/**', 'test-results/**', 'playwright-report/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly' } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [noElectron] }],
    },
  },
  {
    files: ['src-main/app/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // core/ holds the rules of law: pure functions, time as a parameter, no I/O of any kind.
    files: ['src-main/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            noElectron,
            { name: 'node:fs', message: 'core/ est pur : pas d’accès disque.' },
            { name: 'fs', message: 'core/ est pur : pas d’accès disque.' },
            { name: 'node:fs/promises', message: 'core/ est pur : pas d’accès disque.' },
            { name: 'fs/promises', message: 'core/ est pur : pas d’accès disque.' },
            { name: 'better-sqlite3-multiple-ciphers', message: 'core/ est pur : SQLite ne s’utilise que dans store/.' },
            { name: 'better-sqlite3', message: 'core/ est pur : SQLite ne s’utilise que dans store/.' },
          ],
          patterns: [
            { group: ['**/store/**', '**/service/**', '**/reports/**', '**/app/**', '**/web/**', '**/cli/**'], message: 'core/ n’importe que shared/.' },
          ],
        },
      ],
    },
  },
  {
    // SQLite is opened only by the store.
    files: ['src-main/service/**', 'src-main/reports/**', 'src-main/shared/**', 'src-renderer/**', 'src-main/cli/**', 'src-main/web/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            noElectron,
            { name: 'better-sqlite3-multiple-ciphers', message: 'SQLite ne s’utilise que dans src-main/store/.' },
          ],
        },
      ],
    },
  },
);
