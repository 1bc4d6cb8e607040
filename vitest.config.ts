import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // each test file's temporary folders live under one folder, removed after its tests
    setupFiles: ['test/helpers/temp-root.ts'],
  },
});
