import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    // Lower scrypt cost in tests only (the keyring records the cost actually used per slot).
    env: { DPO_SCRYPT_LOGN: '14', TZ: 'America/New_York' },
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
