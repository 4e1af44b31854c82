import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Two test files at once. Vitest's default is one worker per core less one: on the two cores CI has, one file
    // at a time. Measured on this suite (2 cores): 499 s with two workers, 652 s with one. The browser tests are
    // another config (vitest.e2e.config.ts) and still run one file at a time.
    maxWorkers: 2,
  },
});
